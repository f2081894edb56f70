// What cannot be a backup is told by its first bytes and size, before any passphrase is tried.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { notABackupReason } from '../../../electron/backup/backup-shape';
import { openAdvisor } from '../../../electron/advisor';
import { TEST_PASSPHRASE, tempDir, testClock } from '../../fixtures';
import { logoPng } from './test-png';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const file = (name: string, bytes: Buffer | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

describe('notABackupReason', () => {
  it('names what a file is when it cannot be a backup', () => {
    expect(notABackupReason(file('empty', ''))).toBe('it is empty');
    expect(notABackupReason(file('notes.txt', 'Priya called about the offer.\n'.repeat(512)))).toBe('it is a text file');
    expect(notABackupReason(file('memo.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n%\u00e2\u00e3', 'latin1'), Buffer.alloc(4096 - 13, 0x80)])))).toBe('it is a PDF document');
    expect(notABackupReason(file('logo.png', Buffer.from(logoPng(), 'base64')))).toBe('it is a PNG image');
    expect(notABackupReason(file('plain.sqlite', Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(4096 - 16)])))).toMatch(/^it is an unencrypted SQLite database/);
    expect(notABackupReason(file('odd', Buffer.alloc(1000, 0xa7)))).toBe('its size is not a whole number of database pages');
  });

  it('lets a real backup, and noise of whole pages, through (noise is then a passphrase question)', async () => {
    const advisor = openAdvisor({ dataDir: dir, appVersion: 't', clock: testClock, passphrase: TEST_PASSPHRASE });
    try {
      const made = await advisor.vault.backupToFile(join(dir, 'copy.sqlite'));
      expect(notABackupReason(made.name)).toBeNull();
    } finally {
      advisor.close();
    }
    expect(notABackupReason(file('noise', Buffer.alloc(8192, 0xa7)))).toBeNull();
  });
});
