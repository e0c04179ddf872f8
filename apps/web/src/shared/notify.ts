import { notifications } from '@mantine/notifications';
import i18next from 'i18next';

/**
 * A short message in the corner (after an action succeeded or failed); its close button is labelled in the
 * page language.
 * @example notify('teal', t('dialog.sent', { organization }))
 */
export function notify(color: 'teal' | 'red' | 'yellow' | 'gray', message: string, title?: string): void {
  notifications.show({ color, message, title, closeButtonProps: { 'aria-label': i18next.t('common:close') } });
}
