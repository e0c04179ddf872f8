import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../shared/ErrorBanner';
import { problemOf, type Problem } from '../shared/errors';
import { useProblemText } from '../shared/useProblemText';
import { useRequestContact } from './contacts.hooks';
import { notify } from '../shared/notify';

export const MESSAGE_MAX = 2000;

interface RequestContactDialogProps {
  opened: boolean;
  onClose(): void;
  /** What the request is about. */
  listing: { kind: 'offering' | 'need'; id: string; title: string; organizationName: string };
}

/** The message to the listing's organization (1–2,000 characters, counted as you type) and the request itself. */
export function RequestContactDialog({ opened, onClose, listing }: RequestContactDialogProps) {
  const { t } = useTranslation('contacts');
  const { fieldText } = useProblemText();
  const [message, setMessage] = useState(() => t('dialog.template', { title: listing.title }));
  const [problem, setProblem] = useState<Problem | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [requestContact, { loading }] = useRequestContact();
  const length = [...message.trim()].length;
  const tooLong = [...message].length > MESSAGE_MAX;

  const send = async () => {
    setProblem(null);
    setFieldError(null);
    if (length === 0) return setFieldError(t('dialog.empty'));
    if (tooLong) return setFieldError(t('dialog.tooLong', { max: MESSAGE_MAX }));
    try {
      const input = listing.kind === 'offering' ? { offeringId: listing.id, message } : { needId: listing.id, message };
      await requestContact({ variables: { input } });
      notify('teal', t('dialog.sent', { organization: listing.organizationName }));
      onClose();
    } catch (error) {
      const found = problemOf(error);
      const messageField = found.fields.find((f) => f.path.endsWith('message'));
      if (messageField) setFieldError(fieldText('message'));
      else setProblem(found);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('dialog.title')} size="lg" centered>
      <Stack gap="sm">
        <Text size="sm">{t('dialog.to', { organization: listing.organizationName, title: listing.title })}</Text>
        <Textarea
          label={t('dialog.message')}
          description={t('dialog.messageHint')}
          value={message}
          onChange={(event) => setMessage(event.currentTarget.value)}
          autosize
          minRows={5}
          maxRows={12}
          error={fieldError}
          required
          data-autofocus
        />
        <Text size="xs" c={tooLong ? 'red' : 'dimmed'} ta="right" aria-live="polite">
          {t('dialog.counter', { used: [...message].length, max: MESSAGE_MAX })}
        </Text>
        {problem && <ErrorBanner error={problem} overrides={{ CONFLICT: 'contacts:errors.alreadyPending', FORBIDDEN: 'contacts:errors.noOrganization', RATE_LIMITED: 'contacts:errors.dailyLimit' }} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('dialog.cancel')}
          </Button>
          <Button onClick={send} loading={loading}>
            {t('dialog.send')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
