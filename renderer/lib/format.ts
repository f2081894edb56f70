import type { CaseStatus } from '../../shared/contract';

/** How each workflow status reads in the UI. */
export const STATUS_LABELS: Record<CaseStatus, string> = {
  intake: 'Intake',
  consultation: 'Consultation',
  advised: 'Advised',
  closed: 'Closed',
};

const dateTime = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** A stored ISO timestamp in the user's local time, e.g. "29 Nov 2026, 09:14". */
export function formatTimestamp(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateTime.format(d);
}

const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
const day = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

/** When a version was saved: "07:15" today, "Nov 28, 2026 at 07:15" on another day (local time). */
export function formatSavedAt(iso: string, now: Date = new Date()): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toDateString() === now.toDateString() ? clock.format(d) : `${day.format(d)} at ${clock.format(d)}`;
}

/** How each marital status reads in the UI (the table is shared with the audit trail's wording). */
export { MARITAL_LABELS } from '../../shared/case-file-labels';
