import { ConflictError } from '@tradebridge/core';

/**
 * ADMIN_EMAIL / create-admin named an account that exists but whose password is not the one given:
 * whoever registered that address first must not become an admin. (No e-mail in the message: it is logged.)
 */
export class AdminPromotionRefused extends ConflictError {
  constructor() {
    super(
      'The admin e-mail (ADMIN_EMAIL or --email) belongs to an existing account whose password is not the one given ' +
        '(ADMIN_PASSWORD or --password), so it was not made an admin. Give that account\'s own password, or another e-mail.',
    );
  }
}
