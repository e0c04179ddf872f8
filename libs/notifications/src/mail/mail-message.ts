/** A rendered message: what the outbox stores and the relay sends. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** One message to one address. `kind` names the event (`identity.email.verify`); `userId` the recipient's account, if any. */
export interface MailMessage extends RenderedMail {
  kind: string;
  to: string;
  userId?: string | null;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
}
