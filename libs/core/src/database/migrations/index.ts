import { InitialSchema1764300000000 } from './1764300000000-initial-schema.js';

/** Every migration in order. Bundled builds cannot glob, so new migrations are added here. */
export const MIGRATIONS = [InitialSchema1764300000000];
