/**
 * Whether a file can be an Immigration Advisor backup at all, from its size and first bytes, before
 * any passphrase is tried. An encrypted backup is whole database pages of what looks like noise, so
 * a text file, a PDF or an image is told apart at once, instead of being taken for a backup made
 * under another passphrase (which would send the user looking for a passphrase that does not exist).
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** SQLite's smallest page; every database file, encrypted or not, is a whole number of pages. */
const MIN_PAGE = 512;
/** Bytes read from the start: enough for the signatures and the text test. */
const HEAD = 64;

/** Well-known file signatures, by what they are called for the user. */
const SIGNATURES: readonly { what: string; bytes: readonly number[] }[] = [
  { what: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { what: 'a ZIP archive (or an Office document)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { what: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { what: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { what: 'a gzip archive', bytes: [0x1f, 0x8b] },
  { what: 'an unencrypted SQLite database (backups are always encrypted)', bytes: Array.from(Buffer.from('SQLite format 3\0', 'latin1')) },
];

/** Printable ASCII and the usual whitespace: what a text file begins with, and noise all but never does. */
const isTextByte = (b: number) => b === 0x09 || b === 0x0a || b === 0x0d || (b >= 0x20 && b < 0x7f);

/**
 * Why `file` cannot be a backup (`it is a PDF document`), or null when it may be one. Reads 64
 * bytes. The odds of an encrypted page starting with 64 printable bytes are below 1 in 10^26.
 */
export function notABackupReason(file: string): string | null {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size === 0) return 'it is empty';
    const head = Buffer.alloc(Math.min(HEAD, size));
    readSync(fd, head, 0, head.length, 0);
    const known = SIGNATURES.find(s => s.bytes.every((b, i) => head[i] === b));
    if (known) return `it is ${known.what}`;
    if (head.every(isTextByte)) return 'it is a text file';
    if (size % MIN_PAGE !== 0) return 'its size is not a whole number of database pages';
    return null;
  } finally {
    closeSync(fd);
  }
}
