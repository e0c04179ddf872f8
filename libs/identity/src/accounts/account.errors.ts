import { ConflictError, DomainError, ErrorCode, ValidationFailed } from '@tradebridge/core';

/**
 * The caller's address is not verified yet: FORBIDDEN with `extensions.reason: "EMAIL_NOT_VERIFIED"`, so a
 * client can offer to resend the link.
 */
export class EmailNotVerified extends DomainError {
  constructor(action: string) {
    super(ErrorCode.FORBIDDEN, `Confirm your e-mail address before you ${action}: open the link we mailed you, or ask for a new one (resendVerification)`, {
      reason: 'EMAIL_NOT_VERIFIED',
    });
  }
}

export class EmailAlreadyVerified extends ConflictError {
  constructor() {
    super('Your e-mail address is already confirmed');
  }
}

/** A verification or e-mail change link for an address another account has verified meanwhile. */
export class EmailTakenByVerifiedAccount extends ConflictError {
  constructor() {
    super('This address already belongs to another account, so it cannot be confirmed for this one; sign in to that account or use another address');
  }
}

export class AccountDeactivated extends DomainError {
  constructor(reason: string | null) {
    super(ErrorCode.FORBIDDEN, `This account has been deactivated by the platform's administrators${reason ? `: ${reason}` : ''}`, { reason: 'ACCOUNT_DEACTIVATED' });
  }
}

/** Unknown, used and expired links all refuse the `token` field, each with a message the person can act on. */
export function invalidAccountToken(problem: 'unknown' | 'used' | 'expired', what: 'verification' | 'reset'): ValidationFailed {
  const again = what === 'reset' ? 'ask for a new password reset link' : 'ask for a new confirmation link';
  const message = {
    unknown: `is not a valid link; copy the whole link from the mail, or ${again}`,
    used: `has already been used; ${again}`,
    expired: `has expired; ${again}`,
  }[problem];
  return ValidationFailed.field('token', message);
}

export function wrongCurrentPassword(): ValidationFailed {
  return ValidationFailed.field('currentPassword', 'is not your current password');
}
