// What the CLI may print: control, bidi-control and separator characters from a case file become
// visible \uXXXX escapes in tables and messages, and JSON output stays JSON of exactly the same value.
import { describe, expect, it } from 'vitest';
import { displayWidth, formatTable, terminalJson, terminalLines, terminalText } from '../../../electron/cli/table';
import { replaceUnsafe } from '../../../shared/unsafe-text';

/** Every character a terminal or a bidi-aware display would act on, rather than show. */
const C0 = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)).join('');
const C1 = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(0x80 + i)).join('');
const BIDI = '\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069';
// Low surrogate first: the other order would be one valid pair.
const EVERY_UNSAFE = `${C0}\u007f${C1}${BIDI}\u2028\u2029\udfff\ud800`;
/** Anything a terminal interprets starts with one of these (ESC, CSI, DCS, OSC…), or is a C0 control. */
// eslint-disable-next-line no-control-regex -- control characters are what this test looks for
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/u;

describe('terminalText', () => {
  it('escapes every control, bidi-control and separator character and every lone surrogate', () => {
    const escaped = terminalText(EVERY_UNSAFE);
    expect(escaped).not.toMatch(RAW_CONTROL);
    expect(escaped).toMatch(/^(\\u[0-9a-f]{4})+$/);
    expect(escaped.length).toBe(6 * EVERY_UNSAFE.length);
    expect(terminalText('\u001b[2J')).toBe('\\u001b[2J');
    expect(terminalText('\u202eevil')).toBe('\\u202eevil');
  });

  it('leaves names in every script, joiners and emoji as they are', () => {
    const names = 'प्रिया शर्मा · 李伟 · 김민준 · محمد · José · 👨‍👩‍👧 · क्‍ष';
    expect(terminalText(names)).toBe(names);
  });
});

describe('terminalLines', () => {
  it('keeps line breaks and escapes the rest', () => {
    expect(terminalLines('a\u001b[31m\nb\r\n')).toBe('a\\u001b[31m\nb\\u000d\n');
  });
});

describe('terminalJson', () => {
  it('is JSON of the same value, with nothing raw a terminal would act on', () => {
    const value = { clientName: EVERY_UNSAFE, notes: 'x'.repeat(10), nested: [{ ['k\u202e']: '\u009b2J' }] };
    const text = terminalJson(value);
    expect(text).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(text)).toEqual(value);
    expect(text.split('\n').length).toBe(JSON.stringify(value, null, 2).split('\n').length);
  });
});

describe('formatTable', () => {
  it('escapes cells, so a tab or newline in a name cannot break the row, and columns still line up', () => {
    const table = formatTable(
      ['Reference', 'Client', 'Status'],
      [
        ['2026-0001', 'Eve\u001b[2J\tX\nY', 'intake'],
        ['2026-0002', '李伟', 'advised'],
      ],
    );
    const lines = table.split('\n');
    expect(lines).toHaveLength(4);
    expect(table).not.toMatch(RAW_CONTROL);
    expect(lines[2]).toBe('2026-0001  Eve\\u001b[2J\\u0009X\\u000aY  intake');
    // The status column starts at the same terminal column on every row (李伟 takes four).
    expect(lines[3]).toBe(`2026-0002  李伟${' '.repeat('Eve\\u001b[2J\\u0009X\\u000aY'.length - 4)}  advised`);
  });

  it('counts terminal columns: wide Han and Hangul take two, a virama and ZWJ none', () => {
    expect(displayWidth('Li Wei')).toBe(6);
    expect(displayWidth('李伟')).toBe(4);
    expect(displayWidth('김민준')).toBe(6);
    // प ् र ि य ा: the virama (U+094D) is non-spacing; the vowel signs ि and ा take a column each.
    expect(displayWidth('प्रिया')).toBe(5);
    expect(displayWidth('a\u200db')).toBe(2);
  });
});

describe('replaceUnsafe', () => {
  it('puts U+FFFD where each unsafe character was, one for one', () => {
    expect(replaceUnsafe('a\u0000b\u202ec\ud800d')).toBe('a\ufffdb\ufffdc\ufffdd');
  });
});
