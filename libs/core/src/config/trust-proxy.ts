import { isIP } from 'node:net';

/** What Express's `trust proxy` setting accepts (https://expressjs.com/en/guide/behind-proxies.html). */
export type TrustProxy = boolean | number | string[];

const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * Reads TRUST_PROXY the way Express documents `trust proxy`: `true` / `false`; a number of hops
 * (`1`: trust the one proxy in front of the API); or a comma-separated list of `loopback`,
 * `linklocal`, `uniquelocal`, IP addresses and subnets (`10.0.0.0/8`, `10.0.0.0/255.0.0.0`).
 * Returns null for anything else, so the caller refuses it at start: a string passed through as it is
 * ("1" is the address 0.0.0.1 to Express) would make every client share one rate-limit bucket.
 * @example parseTrustProxy('loopback, 10.0.0.0/8') // ['loopback', '10.0.0.0/8']
 */
export function parseTrustProxy(raw: string | undefined): TrustProxy | null {
  const value = raw?.trim() ?? '';
  if (value === '' || /^false$/i.test(value)) return false;
  if (/^true$/i.test(value)) return true;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return hops <= 100 ? hops : null;
  }
  const entries = value.split(',').map((entry) => entry.trim());
  return entries.every(isTrustEntry) ? entries : null;
}

function isTrustEntry(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address, range, ...rest] = entry.split('/');
  if (rest.length > 0 || !address) return false;
  const family = isIP(address);
  if (family === 0) return false;
  if (range === undefined) return true;
  // proxy-addr (what Express compiles the list with) refuses /0: it would trust every address.
  if (/^\d+$/.test(range)) return Number(range) >= 1 && Number(range) <= (family === 4 ? 32 : 128);
  // A netmask ("255.255.0.0") is accepted for IPv4 only, as proxy-addr does.
  return family === 4 && isIP(range) === 4 && isContiguousMask(range);
}

function isContiguousMask(mask: string): boolean {
  const bits = mask.split('.').map((part) => Number(part).toString(2).padStart(8, '0')).join('');
  return /^1*0*$/.test(bits);
}
