import { UnauthenticatedError } from '@tradebridge/core';

/** One message for an unknown e-mail and a wrong password, so sign-in does not reveal who has an account. */
export class InvalidCredentials extends UnauthenticatedError {
  constructor() {
    super('The e-mail or password is wrong');
  }
}

/** Unknown, expired, revoked or already used: the client must sign in again. */
export class InvalidRefreshToken extends UnauthenticatedError {
  constructor() {
    super('The refresh token is invalid, expired or already used; sign in again');
  }
}

export class InvalidAccessToken extends UnauthenticatedError {
  constructor() {
    super('The access token is invalid or expired; refresh it or sign in again');
  }
}
