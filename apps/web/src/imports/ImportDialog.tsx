import { Alert, Button, FileButton, Group, Modal, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportKind } from '../gql/graphql';
import { ErrorBanner } from '../shared/ErrorBanner';
import { problemOf, type Problem } from '../shared/errors';
import { notify } from '../shared/notify';
import { FileDrop } from './FileDrop';
import { DownloadIcon, UploadIcon } from './import-icons';
import { ImportPreview, type Preview } from './ImportPreview';
import { useApplyImport, useTemplateUrl } from './imports.hooks';
import { uploadImport } from './upload';
import { ACCEPTED_FILES, MAX_UPLOAD_MEGABYTES, UploadRefused } from './upload-problem';

export interface ImportDialogProps {
  /** What the file holds: the dialog is the same on "My needs" (NEED) and "My offerings" (OFFERING). */
  kind: ImportKind;
  opened: boolean;
  onClose(): void;
}

/**
 * Bulk import of the organization's offerings or needs: the template, a file dropped or picked, the
 * preview (counts, every row with its errors at their cells), then apply. Nothing is written before
 * "Apply"; the lists on the page refresh after it.
 */
export function ImportDialog({ kind, opened, onClose }: ImportDialogProps) {
  const { t } = useTranslation('imports');
  // Known at the first render: switching to full screen after it would remount the content and move the focus.
  const phone = useMediaQuery('(max-width: 48em)', undefined, { getInitialValueInEffect: false });
  return (
    <Modal opened={opened} onClose={onClose} title={t(`dialog.title.${kind}`)} size={1180} fullScreen={phone} centered={!phone} closeButtonProps={{ 'aria-label': t('dialog.close') }}>
      {/* Mounted while open only: every opening starts from the file. */}
      <ImportSteps kind={kind} onDone={onClose} />
    </Modal>
  );
}

type Upload = { state: 'idle' } | { state: 'uploading'; file: string } | { state: 'refused'; file: string; problem: Problem };

function ImportSteps({ kind, onDone }: { kind: ImportKind; onDone(): void }) {
  const { t, i18n } = useTranslation('imports');
  const [upload, setUpload] = useState<Upload>({ state: 'idle' });
  const [importId, setImportId] = useState<string | null>(null);
  const [applyProblem, setApplyProblem] = useState<Problem | null>(null);
  const [apply, { loading: applying }] = useApplyImport();
  const template = useTemplateUrl(kind, i18n.language === 'en' ? 'EN' : 'RU');
  const resetRef = useRef<() => void>(null);
  const busy = upload.state === 'uploading' || applying;

  const take = async (file: File) => {
    setApplyProblem(null);
    if (file.size > MAX_UPLOAD_MEGABYTES * 1024 * 1024) {
      return setUpload({ state: 'refused', file: file.name, problem: { code: 'BAD_USER_INPUT', reason: 'FILE_TOO_LARGE', fields: [], message: '' } });
    }
    setUpload({ state: 'uploading', file: file.name });
    try {
      const id = await uploadImport(file, kind);
      setImportId(id);
      setUpload({ state: 'idle' });
    } catch (error) {
      setUpload({ state: 'refused', file: file.name, problem: error instanceof UploadRefused ? error.problem : problemOf(error) });
    }
  };

  const applyPreview = async (preview: Preview) => {
    setApplyProblem(null);
    try {
      const result = await apply({ variables: { id: preview.id } });
      const applied = result.data?.applyCatalogImport;
      const counts = [t('applied.created', { count: applied?.created ?? 0 }), t('applied.updated', { count: applied?.updated ?? 0 })].join(', ');
      notify('teal', `${counts}. ${t('applied.search')}`, t('applied.title'));
      onDone();
    } catch (error) {
      setApplyProblem(problemOf(error));
    }
  };

  const anotherFile = (
    <FileButton
      resetRef={resetRef}
      onChange={(file) => {
        resetRef.current?.();
        if (file) void take(file);
      }}
      accept={ACCEPTED_FILES}
      disabled={busy}
    >
      {(props) => (
        <Button {...props} variant="default" loading={upload.state === 'uploading'} leftSection={<UploadIcon size={16} />}>
          {t('dialog.chooseAnother')}
        </Button>
      )}
    </FileButton>
  );

  return (
    <Stack gap="md">
      {upload.state === 'refused' && <Refusal file={upload.file} problem={upload.problem} />}
      {upload.state === 'uploading' && (
        <Text size="sm" role="status">
          {t('dialog.uploading', { file: upload.file })}
        </Text>
      )}
      {importId === null ? (
        <>
          <Text size="sm">{t(`dialog.lead.${kind}`)}</Text>
          <Group gap="sm" align="flex-start" wrap="wrap">
            <Button
              component="a"
              href={template.data?.catalogTemplateUrl ?? undefined}
              download
              variant="light"
              leftSection={<DownloadIcon size={16} />}
              loading={!template.data && template.loading}
              disabled={!template.data}
            >
              {t('dialog.template')}
            </Button>
            <Text size="xs" c="dimmed" style={{ flex: '1 1 260px' }}>
              {t('dialog.templateHint')}
            </Text>
          </Group>
          <FileDrop onFile={(file) => void take(file)} busy={busy} />
        </>
      ) : (
        <ImportPreview
          id={importId}
          actions={(preview) => (
            <Stack gap="xs">
              {preview.rejected > 0 && (
                <Text size="sm" c="dimmed">
                  {t('preview.rejectedHint')}
                </Text>
              )}
              {preview.toCreate + preview.toUpdate === 0 && (
                <Text size="sm" fw={500}>
                  {t('preview.nothingToApply')}
                </Text>
              )}
              {applyProblem && <ErrorBanner error={applyProblem} overrides={{ CONFLICT: 'imports:preview.alreadyApplied' }} />}
              <Group justify="space-between" gap="xs">
                {anotherFile}
                <Group gap="xs">
                  <Button variant="default" onClick={onDone}>
                    {t('dialog.cancel')}
                  </Button>
                  <Button onClick={() => void applyPreview(preview)} loading={applying} disabled={upload.state === 'uploading' || preview.status !== 'PREVIEW' || preview.toCreate + preview.toUpdate === 0}>
                    {t('preview.apply')}
                  </Button>
                </Group>
              </Group>
            </Stack>
          )}
        />
      )}
    </Stack>
  );
}

/** A file refused as a whole: the API's reason in the reader's language (it names the column, the limit…). */
function Refusal({ file, problem }: { file: string; problem: Problem }) {
  const { t } = useTranslation('imports');
  if (problem.code !== 'BAD_USER_INPUT') return <ErrorBanner error={problem} />;
  const text = problem.reason === 'FILE_TOO_LARGE' || !problem.message ? t('dialog.tooLarge', { file, megabytes: MAX_UPLOAD_MEGABYTES }) : problem.message;
  return (
    <Alert color="red" variant="light" role="alert" title={t('dialog.refused', { file })}>
      <Text size="sm">{text}</Text>
    </Alert>
  );
}
