import type { MARITAL_STATUSES } from '../../shared/case-file';
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

/** How each marital status reads in the UI. */
export const MARITAL_LABELS: Record<(typeof MARITAL_STATUSES)[number], string> = {
  single: 'Single',
  married: 'Married',
  'common-law': 'Common-law partner',
  divorced: 'Divorced',
  widowed: 'Widowed',
  separated: 'Separated',
};
