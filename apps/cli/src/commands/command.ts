import type { INestApplicationContext } from '@nestjs/common';

/** Parsed `--name value` / `--flag` arguments. */
export type CliArgs = Record<string, string | true>;

export interface CliCommand {
  name: string;
  summary: string;
  usage?: string;
  run(app: INestApplicationContext, args: CliArgs): Promise<number | void>;
}

export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = {};
  for (let i = 0; i < argv.length; i++) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!match) throw new Error(`Unexpected argument "${argv[i]}"`);
    const [, name, inline] = match;
    if (inline !== undefined) args[name] = inline;
    else if (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) args[name] = argv[++i];
    else args[name] = true;
  }
  return args;
}

export function stringArg(args: CliArgs, name: string, fallback?: string): string {
  const value = args[name];
  if (typeof value === 'string') return value;
  if (fallback !== undefined) return fallback;
  throw new Error(`--${name} is required`);
}

export function intArg(args: CliArgs, name: string, fallback: number): number {
  const value = args[name];
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number`);
  return n;
}
