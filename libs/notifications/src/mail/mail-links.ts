import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@tradebridge/core';

/**
 * Every link a mail carries, absolute (PUBLIC_URL). The paths are the web app's routes (and one API
 * route for one-click unsubscribe); the web app must serve each of them.
 */
export const MAIL_PATHS = {
  verifyEmail: '/verify-email',
  resetPassword: '/reset-password',
  forgotPassword: '/forgot-password',
  signIn: '/login',
  invite: '/invites/',
  unsubscribe: '/unsubscribe',
  notificationSettings: '/settings/notifications',
  securitySettings: '/settings/security',
  /** API (POST, RFC 8058 one-click; GET redirects to the web page). */
  oneClickUnsubscribe: '/mail/unsubscribe',
} as const;

@Injectable()
export class MailLinks {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** An absolute URL for a path of the web app. @example links.to('/contact-requests/42') */
  to(path: string, query: Record<string, string> = {}): string {
    const url = new URL(this.config.publicUrl + path);
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
    return url.toString();
  }

  verifyEmail(token: string): string {
    return this.to(MAIL_PATHS.verifyEmail, { token });
  }

  resetPassword(token: string): string {
    return this.to(MAIL_PATHS.resetPassword, { token });
  }

  forgotPassword(): string {
    return this.to(MAIL_PATHS.forgotPassword);
  }

  signIn(): string {
    return this.to(MAIL_PATHS.signIn);
  }

  invite(code: string): string {
    return this.to(MAIL_PATHS.invite + encodeURIComponent(code));
  }

  unsubscribe(token: string): string {
    return this.to(MAIL_PATHS.unsubscribe, { token });
  }

  oneClickUnsubscribe(token: string): string {
    return this.to(MAIL_PATHS.oneClickUnsubscribe, { token });
  }

  notificationSettings(): string {
    return this.to(MAIL_PATHS.notificationSettings);
  }

  securitySettings(): string {
    return this.to(MAIL_PATHS.securitySettings);
  }
}
