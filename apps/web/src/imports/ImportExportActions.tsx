import { Button, Group, Menu } from '@mantine/core';
import { useApolloClient } from '@apollo/client/react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportUrlDocument, type ImportFormat, type ImportKind } from '../gql/graphql';
import { problemOf } from '../shared/errors';
import { notify } from '../shared/notify';
import { useProblemText } from '../shared/useProblemText';
import { DownloadIcon, UploadIcon } from './import-icons';

// The dialog (and its table) loads when first opened: the list pages stay light.
const ImportDialog = lazy(async () => ({ default: (await import('./ImportDialog')).ImportDialog }));

/**
 * "Import from a file" and "Export" (XLSX or CSV) for the organization's offerings or needs, for the header of
 * "My needs" / "My offerings". The export is a signed link the browser downloads (valid 10 minutes).
 */
export function ImportExportActions({ kind }: { kind: ImportKind }) {
  const { t, i18n } = useTranslation('imports');
  const { bannerText } = useProblemText();
  const client = useApolloClient();
  const [opened, setOpened] = useState(false);
  // Mounted from the first opening on, so closing it plays the modal's transition.
  const [wanted, setWanted] = useState(false);
  const [exporting, setExporting] = useState(false);

  const exportAs = async (format: ImportFormat) => {
    setExporting(true);
    try {
      const { data } = await client.query({ query: ExportUrlDocument, variables: { kind, format, language: i18n.language === 'en' ? 'EN' : 'RU' }, fetchPolicy: 'network-only' });
      if (data?.catalogExportUrl) download(data.catalogExportUrl);
    } catch (error) {
      notify('red', bannerText(problemOf(error)));
    } finally {
      setExporting(false);
    }
  };

  return (
    <Group gap="xs" wrap="wrap">
      <Button
        variant="default"
        leftSection={<UploadIcon size={16} />}
        onClick={() => {
          setWanted(true);
          setOpened(true);
        }}
      >
        {t('actions.import')}
      </Button>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" leftSection={<DownloadIcon size={16} />} loading={exporting} aria-label={t('actions.exportMenu')}>
            {t('actions.export')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => void exportAs('XLSX')}>{t('actions.exportXlsx')}</Menu.Item>
          <Menu.Item onClick={() => void exportAs('CSV')}>{t('actions.exportCsv')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {wanted && (
        <Suspense fallback={null}>
          <ImportDialog kind={kind} opened={opened} onClose={() => setOpened(false)} />
        </Suspense>
      )}
    </Group>
  );
}

/** Lets the browser download a same-origin link (an attachment: the page stays). */
function download(url: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = '';
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}
