/**
 * The time in the names of backups and safety copies, `2026-11-29 093005`: UTC, so clocks changing
 * (summer time, travel) never reorder them, and sortable as text.
 */
export function utcStamp(at: Date): string {
  const iso = at.toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}`;
}

/** A regular-expression source matching a stamp, captured whole in the named group `stamp`. */
export const UTC_STAMP_SOURCE = String.raw`(?<stamp>\d{4}-\d{2}-\d{2} \d{6})`;

/** The ISO time a stamp stands for: `2026-11-29 093005` → `2026-11-29T09:30:05.000Z`. */
export function stampTime(stamp: string): string {
  return `${stamp.slice(0, 10)}T${stamp.slice(11, 13)}:${stamp.slice(13, 15)}:${stamp.slice(15, 17)}.000Z`;
}
