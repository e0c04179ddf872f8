import type { Locale } from '@tradebridge/core';
import type { RenderedMail } from '../mail-message.js';
import { renderMail, type MailContent } from './layout.js';

type Template<T> = Record<Locale, (data: T) => MailContent>;

function render<T>(template: Template<T>, locale: Locale, data: T): RenderedMail {
  return renderMail((template[locale] ?? template.RU)(data), locale);
}

const hello = { RU: (name: string) => `Здравствуйте, ${name}!`, EN: (name: string) => `Hello ${name},` };

const verifyEmail: Template<{ name: string; url: string }> = {
  RU: ({ name, url }) => ({
    subject: 'Подтвердите адрес электронной почты на TradeBridge',
    greeting: hello.RU(name),
    paragraphs: ['Вы зарегистрировались на TradeBridge. Подтвердите, что этот адрес ваш: пока он не подтверждён, можно смотреть предложения и потребности, но нельзя создать организацию и запрашивать контакты.'],
    action: { label: 'Подтвердить адрес', url },
    afterAction: ['Ссылка действует 24 часа и только один раз. Если вы не регистрировались, просто не отвечайте на это письмо.'],
  }),
  EN: ({ name, url }) => ({
    subject: 'Confirm your e-mail address on TradeBridge',
    greeting: hello.EN(name),
    paragraphs: ['You signed up on TradeBridge. Please confirm this address is yours: until you do, you can browse offerings and needs, but not create an organization or request contacts.'],
    action: { label: 'Confirm my address', url },
    afterAction: ['The link works once, for 24 hours. If you did not sign up, ignore this message.'],
  }),
};

const alreadyRegistered: Template<{ signInUrl: string; resetUrl: string }> = {
  RU: ({ signInUrl, resetUrl }) => ({
    subject: 'Попытка зарегистрироваться с вашим адресом на TradeBridge',
    paragraphs: [
      'Кто-то (возможно, вы) только что пытался зарегистрироваться на TradeBridge с этим адресом. Учётная запись с этим адресом уже есть, поэтому новая не получит к ней доступа.',
      `Если это были вы, войдите: ${signInUrl}`,
    ],
    action: { label: 'Забыли пароль? Сбросить', url: resetUrl },
    afterAction: ['Если это были не вы, ничего делать не нужно: ваша учётная запись в безопасности.'],
  }),
  EN: ({ signInUrl, resetUrl }) => ({
    subject: 'Someone tried to sign up on TradeBridge with your address',
    paragraphs: [
      'Someone (perhaps you) just tried to sign up on TradeBridge with this address. An account with this address already exists, so the new sign-up gets no access to it.',
      `If it was you, sign in: ${signInUrl}`,
    ],
    action: { label: 'Forgot your password? Reset it', url: resetUrl },
    afterAction: ['If it was not you, there is nothing to do: your account is safe.'],
  }),
};

const passwordReset: Template<{ name: string; url: string }> = {
  RU: ({ name, url }) => ({
    subject: 'Сброс пароля на TradeBridge',
    greeting: hello.RU(name),
    paragraphs: ['Мы получили запрос на сброс пароля вашей учётной записи. Задайте новый пароль по ссылке; после этого все входы на других устройствах будут завершены.'],
    action: { label: 'Задать новый пароль', url },
    afterAction: ['Ссылка действует 1 час и только один раз. Если вы не запрашивали сброс, просто не отвечайте на это письмо: пароль останется прежним.'],
  }),
  EN: ({ name, url }) => ({
    subject: 'Reset your TradeBridge password',
    greeting: hello.EN(name),
    paragraphs: ['We received a request to reset the password of your account. Choose a new password with the link; every other signed-in device will then be signed out.'],
    action: { label: 'Choose a new password', url },
    afterAction: ['The link works once, for 1 hour. If you did not ask for it, ignore this message: your password stays as it is.'],
  }),
};

const passwordChanged: Template<{ name: string; resetUrl: string }> = {
  RU: ({ name, resetUrl }) => ({
    subject: 'Пароль на TradeBridge изменён',
    greeting: hello.RU(name),
    paragraphs: ['Пароль вашей учётной записи только что изменён, и все остальные входы завершены.'],
    action: { label: 'Это были не вы? Сбросьте пароль', url: resetUrl },
  }),
  EN: ({ name, resetUrl }) => ({
    subject: 'Your TradeBridge password was changed',
    greeting: hello.EN(name),
    paragraphs: ['The password of your account was just changed, and every other session was signed out.'],
    action: { label: 'Not you? Reset your password', url: resetUrl },
  }),
};

const emailChangeVerify: Template<{ name: string; newEmail: string; url: string }> = {
  RU: ({ name, newEmail, url }) => ({
    subject: 'Подтвердите новый адрес электронной почты на TradeBridge',
    greeting: hello.RU(name),
    paragraphs: [`Вы попросили сменить адрес учётной записи TradeBridge на ${newEmail}. Адрес сменится, когда вы подтвердите его по ссылке.`],
    action: { label: 'Подтвердить новый адрес', url },
    afterAction: ['Ссылка действует 24 часа и только один раз. Если вы ничего не меняли, просто не отвечайте на это письмо.'],
  }),
  EN: ({ name, newEmail, url }) => ({
    subject: 'Confirm your new e-mail address on TradeBridge',
    greeting: hello.EN(name),
    paragraphs: [`You asked to change the address of your TradeBridge account to ${newEmail}. It changes once you confirm it with the link.`],
    action: { label: 'Confirm the new address', url },
    afterAction: ['The link works once, for 24 hours. If you changed nothing, ignore this message.'],
  }),
};

const emailChangeNotice: Template<{ name: string; newEmail: string; resetUrl: string }> = {
  RU: ({ name, newEmail, resetUrl }) => ({
    subject: 'Запрошена смена адреса электронной почты на TradeBridge',
    greeting: hello.RU(name),
    paragraphs: [`Для вашей учётной записи запрошена смена адреса на ${newEmail}. Пока новый адрес не подтверждён, письма приходят сюда.`],
    action: { label: 'Это были не вы? Сбросьте пароль', url: resetUrl },
  }),
  EN: ({ name, newEmail, resetUrl }) => ({
    subject: 'A change of your e-mail address on TradeBridge was requested',
    greeting: hello.EN(name),
    paragraphs: [`Someone asked to change the address of your account to ${newEmail}. Until the new address is confirmed, mail keeps coming here.`],
    action: { label: 'Not you? Reset your password', url: resetUrl },
  }),
};

const emailInUse: Template<{ signInUrl: string }> = {
  RU: ({ signInUrl }) => ({
    subject: 'Этот адрес уже используется на TradeBridge',
    paragraphs: [
      'Кто-то попросил перенести на этот адрес другую учётную запись TradeBridge. Но с этим адресом уже связана учётная запись, поэтому ничего не изменено.',
      `Если это ваш адрес, вы можете войти: ${signInUrl}`,
    ],
  }),
  EN: ({ signInUrl }) => ({
    subject: 'This address is already in use on TradeBridge',
    paragraphs: [
      'Someone asked to move another TradeBridge account to this address. An account already uses this address, so nothing was changed.',
      `If this address is yours, you can sign in: ${signInUrl}`,
    ],
  }),
};

const invite: Template<{ organizationName: string; inviterName: string; url: string }> = {
  RU: ({ organizationName, inviterName, url }) => ({
    subject: `Приглашение в «${organizationName}» на TradeBridge`,
    paragraphs: [`${inviterName} приглашает вас в организацию «${organizationName}» на TradeBridge — площадке сотрудничества Беларуси и Владимирской области.`],
    action: { label: 'Принять приглашение', url },
    afterAction: ['Приглашение действует 7 дней. Войдите или зарегистрируйтесь с этим адресом, чтобы принять его.'],
  }),
  EN: ({ organizationName, inviterName, url }) => ({
    subject: `Invitation to join "${organizationName}" on TradeBridge`,
    paragraphs: [`${inviterName} invites you to join "${organizationName}" on TradeBridge, the Belarus–Vladimir Oblast cooperation platform.`],
    action: { label: 'Accept the invitation', url },
    afterAction: ['The invitation works for 7 days. Sign in or sign up with this address to accept it.'],
  }),
};

/**
 * The account mails, in Russian and English: each renders to subject, plain text and HTML.
 * @example accountMails.verifyEmail('EN', { name: 'Anna', url: links.verifyEmail(token) })
 */
export const accountMails = {
  verifyEmail: (locale: Locale, data: { name: string; url: string }) => render(verifyEmail, locale, data),
  alreadyRegistered: (locale: Locale, data: { signInUrl: string; resetUrl: string }) => render(alreadyRegistered, locale, data),
  passwordReset: (locale: Locale, data: { name: string; url: string }) => render(passwordReset, locale, data),
  passwordChanged: (locale: Locale, data: { name: string; resetUrl: string }) => render(passwordChanged, locale, data),
  emailChangeVerify: (locale: Locale, data: { name: string; newEmail: string; url: string }) => render(emailChangeVerify, locale, data),
  emailChangeNotice: (locale: Locale, data: { name: string; newEmail: string; resetUrl: string }) => render(emailChangeNotice, locale, data),
  emailInUse: (locale: Locale, data: { signInUrl: string }) => render(emailInUse, locale, data),
  invite: (locale: Locale, data: { organizationName: string; inviterName: string; url: string }) => render(invite, locale, data),
};
