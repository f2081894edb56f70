/**
 * Strings that try to act rather than be shown: terminal control sequences, bidirectional
 * overrides, invisible joiners, markup. Each is valid Unicode, so the app must store it exactly and
 * show it harmlessly. Shared by the storage, CLI and e2e tests.
 */

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i)).join('');

/** Right-to-left override: everything after it, to the end of its paragraph or isolate, reads backwards. */
export const RLO = '\u202e';
/** Pop directional isolate: closes an isolate, including one the UI wrapped around a name. */
export const PDI = '\u2069';

export const HOSTILE = {
  c0: `C0 ${range(0x00, 0x1f)} end`,
  c1: `C1 \u007f${range(0x80, 0x9f)} end`,
  ansi: 'ANSI \u001b[2J\u001b[H\u001b[31mred\u001b[0m \u001b]0;pwned\u0007 \u009b2J end',
  bidi: `Bidi ${RLO}evil\u202c \u202a\u202b\u202d\u2066\u2067\u2068x${PDI}${PDI}${RLO}after \u200e\u200f\u061c end`,
  invisible: 'Zero\u200bwidth\u200c join\u200der \u2060\ufeff\u00ad end',
  markup: '<img src=x onerror="document.title=\'pwned\'"><script>document.title=\'pwned\'</script> end',
  sql: "Robert'); DROP TABLE cases; -- \" ` \\ % _ end",
  separators: 'Line\u2028sep\u2029para\r\n end',
} as const;

/**
 * A note of 1 MiB (UTF-16 units): ordinary consultation prose, with terminal escapes, other scripts
 * and a right-to-left override every 16 KiB. (A megabyte made of nothing but short runs of mixed
 * scripts and controls takes Chromium tens of seconds to lay out in a textarea; that is a limit of
 * the browser's text layout, not something a real note does.)
 */
export function megabyteNote(): string {
  const prose = 'Consultation notes: the client led firmware work at Acme Robotics from 2019 to 2024, and asks about family options. ';
  const block = `${prose.repeat(Math.ceil((16 * 1024) / prose.length))}${HOSTILE.ansi} प्रिया 李伟 ${RLO}abc${PDI}\n`;
  return block.repeat(Math.ceil((1024 * 1024) / block.length)).slice(0, 1024 * 1024);
}
