import { InitialSchema1764300000000 } from './1764300000000-initial-schema.js';
import { UnloggedRateLimitCounters1764400000000 } from './1764400000000-unlogged-rate-limit-counters.js';
import { AccountsAndMail1765200000000 } from './1765200000000-accounts-and-mail.js';
import { ReferenceCodes1765400000000 } from './1765400000000-reference-codes.js';
import { CatalogImports1765500000000 } from './1765500000000-catalog-imports.js';

/** Every migration in order. Bundled builds cannot glob, so new migrations are added here. */
export const MIGRATIONS = [
  InitialSchema1764300000000,
  UnloggedRateLimitCounters1764400000000,
  AccountsAndMail1765200000000,
  ReferenceCodes1765400000000,
  CatalogImports1765500000000,
];
