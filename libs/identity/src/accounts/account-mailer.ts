import { Injectable } from '@nestjs/common';
import type { Locale } from '@tradebridge/core';
import { accountMails, MailLinks, MailOutbox, type RenderedMail } from '@tradebridge/notifications';

interface Person {
  id: string;
  email: string;
  displayName: string;
  locale: Locale;
}

/**
 * The identity slice's mails, written to the mail outbox in the caller's transaction (so a failed
 * change mails nothing), each in the recipient's language with absolute links.
 */
@Injectable()
export class AccountMailer {
  constructor(
    private readonly outbox: MailOutbox,
    private readonly links: MailLinks,
  ) {}

  verifyEmail(user: Person, token: string): Promise<void> {
    return this.send('identity.email.verify', user.email, user.id, accountMails.verifyEmail(user.locale, { name: user.displayName, url: this.links.verifyEmail(token) }));
  }

  /** To the owner of an address someone just registered again (instead of a verification link). */
  alreadyRegistered(email: string, locale: Locale): Promise<void> {
    return this.send('identity.email.already_registered', email, null, accountMails.alreadyRegistered(locale, { signInUrl: this.links.signIn(), resetUrl: this.links.forgotPassword() }));
  }

  passwordReset(user: Person, token: string): Promise<void> {
    return this.send('identity.password.reset', user.email, user.id, accountMails.passwordReset(user.locale, { name: user.displayName, url: this.links.resetPassword(token) }));
  }

  passwordChanged(user: Person): Promise<void> {
    return this.send('identity.password.changed', user.email, user.id, accountMails.passwordChanged(user.locale, { name: user.displayName, resetUrl: this.links.forgotPassword() }));
  }

  emailChangeVerify(user: Person, newEmail: string, token: string): Promise<void> {
    const mail = accountMails.emailChangeVerify(user.locale, { name: user.displayName, newEmail, url: this.links.verifyEmail(token) });
    return this.send('identity.email.change_verify', newEmail, user.id, mail);
  }

  emailChangeNotice(user: Person, newEmail: string): Promise<void> {
    const mail = accountMails.emailChangeNotice(user.locale, { name: user.displayName, newEmail, resetUrl: this.links.forgotPassword() });
    return this.send('identity.email.change_notice', user.email, user.id, mail);
  }

  emailInUse(email: string, locale: Locale): Promise<void> {
    return this.send('identity.email.in_use', email, null, accountMails.emailInUse(locale, { signInUrl: this.links.signIn() }));
  }

  invite(email: string, locale: Locale, organizationName: string, inviterName: string, code: string): Promise<void> {
    return this.send('identity.invite.created', email, null, accountMails.invite(locale, { organizationName, inviterName, url: this.links.invite(code) }));
  }

  private send(kind: string, to: string, userId: string | null, mail: RenderedMail): Promise<void> {
    return this.outbox.enqueue({ kind, to, userId, ...mail });
  }
}
