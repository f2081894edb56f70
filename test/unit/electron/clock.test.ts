import { describe, expect, it } from 'vitest';
import { localDate, today } from '../../../electron/clock';

describe('the clock helpers', () => {
  it('today is the UTC date of the clock’s time, like the stored timestamps', () => {
    expect(today(() => new Date('2026-12-31T23:59:59Z'))).toBe('2026-12-31');
    expect(today(() => new Date('2027-01-01T00:00:00Z'))).toBe('2027-01-01');
  });

  it('localDate is the date on the computer’s own calendar, padded', () => {
    // Built from local fields, so the expectation holds in every time zone.
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localDate(new Date(2026, 10, 29, 0, 0))).toBe('2026-11-29');
  });
});
