import { randomUUID } from 'node:crypto';

/**
 * A UUID version 7 (RFC 9562): the time in milliseconds, then 74 random bits. Ids made later sort
 * after earlier ones, so the many indexes keyed by a case's or client's id (cases, clients, audit,
 * search text, conflict keys and subjects) grow at one end as cases are added, rather than at a
 * random page each: an import of thousands of cases dirties, encrypts and writes a few pages per
 * index instead of most of them. The time is the change's own (`ctx.now`), never shown to anyone.
 */
export function timeOrderedId(now: Date): string {
  // 48 bits of milliseconds: 12 hex digits from 1970 to the year 10889.
  const ms = Math.min(Math.max(0, Math.floor(now.getTime())), 2 ** 48 - 1);
  const time = ms.toString(16).padStart(12, '0');
  // A v4 UUID's random bits, its version digit (at 14) replaced; its variant bits are already RFC 9562's.
  const random = randomUUID();
  return `${time.slice(0, 8)}-${time.slice(8)}-7${random.slice(15)}`;
}
