import { inflateRawSync } from 'node:zlib';

// An XLSX is a ZIP archive. Before a spreadsheet library sees it, its central directory is read and every
// entry inflated once here under hard limits, so a zip bomb (a small file that inflates to gigabytes) is
// refused on the sizes it declares and, if those lie, on the bytes it really inflates to: inflating stops
// at the budget (zlib's maxOutputLength), never after.

export interface ZipLimits {
  maxEntries: number;
  /** All entries together, inflated. */
  maxTotalBytes: number;
  /** Inflated / compressed, for entries larger than `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
}

// Reading an XLSX costs about twice its inflated size in heap (exceljs's workbook model; 48 MB inflated: 86 MB
// measured), and the API runs with a 256 MB heap: 50 MB keeps the worst file well inside it.
export const XLSX_LIMITS: ZipLimits = { maxEntries: 500, maxTotalBytes: 50 * 1024 * 1024, maxRatio: 200, ratioFloorBytes: 1024 * 1024 };

export type ZipProblem = 'NOT_ZIP' | 'CORRUPT' | 'ENCRYPTED' | 'TOO_MANY_ENTRIES' | 'TOO_LARGE';

export class ZipRefused extends Error {
  constructor(
    readonly problem: ZipProblem,
    detail: string,
  ) {
    super(`${problem}: ${detail}`);
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  flags: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function isZip(bytes: Buffer): boolean {
  return bytes.length >= 4 && bytes.readUInt32LE(0) === LOCAL;
}

/** The entries of the central directory (refused when absent, truncated, ZIP64 or encrypted). */
export function readCentralDirectory(bytes: Buffer, limits: ZipLimits = XLSX_LIMITS): ZipEntry[] {
  if (!isZip(bytes)) throw new ZipRefused('NOT_ZIP', 'no ZIP signature');
  const end = findEndOfCentralDirectory(bytes);
  const count = bytes.readUInt16LE(end + 10);
  const size = bytes.readUInt32LE(end + 12);
  const offset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new ZipRefused('CORRUPT', 'ZIP64 archives are not spreadsheets we read');
  if (count > limits.maxEntries) throw new ZipRefused('TOO_MANY_ENTRIES', `${count} entries`);
  if (offset + size > bytes.length) throw new ZipRefused('CORRUPT', 'central directory outside the file');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) throw new ZipRefused('CORRUPT', 'broken central directory');
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    entries.push({
      flags: bytes.readUInt16LE(at + 8),
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
      name: bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8'),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfCentralDirectory(bytes: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= earliest; at--) {
    if (bytes.readUInt32LE(at) === EOCD) return at;
  }
  throw new ZipRefused('CORRUPT', 'no end of central directory');
}

/**
 * Checks the declared sizes against the limits, then inflates every entry within what is left of the
 * budget (and never past its declared size): refuses a bomb before it costs more than the limit.
 * Returns the total inflated bytes.
 */
export function checkZip(bytes: Buffer, limits: ZipLimits = XLSX_LIMITS): number {
  const entries = readCentralDirectory(bytes, limits);
  let declared = 0;
  for (const entry of entries) {
    if (entry.flags & 0x1) throw new ZipRefused('ENCRYPTED', entry.name);
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) throw new ZipRefused('CORRUPT', 'ZIP64 entry');
    declared += entry.size;
    if (declared > limits.maxTotalBytes) throw new ZipRefused('TOO_LARGE', `declares more than ${limits.maxTotalBytes} bytes inflated`);
    if (entry.size > limits.ratioFloorBytes && entry.size > limits.maxRatio * Math.max(1, entry.compressedSize)) {
      throw new ZipRefused('TOO_LARGE', `${entry.name} inflates ${Math.round(entry.size / Math.max(1, entry.compressedSize))} times`);
    }
  }
  let inflated = 0;
  for (const entry of entries) {
    const data = entryData(bytes, entry);
    const budget = Math.min(entry.size, limits.maxTotalBytes - inflated);
    let out: Buffer;
    if (entry.method === 0) out = data;
    else if (entry.method === 8) {
      try {
        // One byte over the budget tells a lie about the size from an exact fit.
        out = inflateRawSync(data, { maxOutputLength: budget + 1 });
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new ZipRefused('TOO_LARGE', `${entry.name} inflates past its declared size or the limit`);
        throw new ZipRefused('CORRUPT', `${entry.name} does not inflate`);
      }
    } else throw new ZipRefused('CORRUPT', `${entry.name} uses compression method ${entry.method}`);
    if (out.length > budget) throw new ZipRefused('TOO_LARGE', `${entry.name} inflates past its declared size or the limit`);
    inflated += out.length;
  }
  return inflated;
}

function entryData(bytes: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL) throw new ZipRefused('CORRUPT', `no local header for ${entry.name}`);
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  if (start + entry.compressedSize > bytes.length) throw new ZipRefused('CORRUPT', `${entry.name} is cut off`);
  return bytes.subarray(start, start + entry.compressedSize);
}
