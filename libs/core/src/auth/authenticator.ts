import type { RequestUser } from './request-context.js';

/**
 * Turns a bearer access token into the caller. Provided by the identity slice;
 * throws UnauthenticatedError for a token that is invalid, expired or of the wrong kind.
 */
export abstract class Authenticator {
  abstract authenticate(accessToken: string): Promise<RequestUser>;
}
