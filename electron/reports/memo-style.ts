/**
 * The memo's look shared by its PDF (pdf-*.ts, memo-sections.ts) and its Word document (docx-*.ts):
 * palette, text sizes, the routes table's column weights, the criteria's marks, and how source
 * numbers are cited. No pdfkit here, so the Word memo is built without loading it.
 */
import type { GateMark, MemoDocument, OPTION_COLUMNS } from '../../shared/memo/types';

/** The memo's palette: ink, muted text, rules, the firm accent. */
export const COLOURS = {
  ink: '#1c2430',
  muted: '#5a6472',
  faint: '#8a93a0',
  rule: '#c8ced6',
  accent: '#1f3a5f',
  link: '#1f5fbf',
  band: '#eef1f5',
  highlight: '#fbf3d9',
} as const;

/** Body text sizes, in points. */
export const SIZE = { body: 9.5, small: 8.5, tiny: 7.5, heading: 13, subheading: 10.5 } as const;

// The status column holds the shared headline ("Likely eligible — 2 questions for you"): wide
// enough for it in two lines, so no row grows taller than a two-line programme name.
export const COLUMN_WEIGHTS: Record<(typeof OPTION_COLUMNS)[number]['key'], number> = {
  programme: 2.0,
  country: 0.95,
  status: 1.6,
  points: 0.8,
  clientCost: 1.15,
  employerCost: 1.15,
  toWork: 1.0,
  toPermanentResidence: 1.05,
  // Wide enough for "Unknown" and "No lottery" on one line each.
  odds: 1.0,
};

/** A criterion's verdict as the analysis prints it, in its colour. */
export const MARKS: Record<GateMark, { text: string; colour: string }> = {
  met: { text: 'Met', colour: '#1e6b3a' },
  'not-met': { text: 'Not met', colour: '#a12a2a' },
  unknown: { text: 'Unknown', colour: '#8a5a00' },
  judge: { text: 'To judge', colour: '#1f5fbf' },
};

/** `[1–14, 52, 67]`: source numbers, runs of three or more as ranges. */
export function refs(ns: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < ns.length; ) {
    let j = i;
    while (j + 1 < ns.length && ns[j + 1] === (ns[j] ?? 0) + 1) j++;
    const [a, b] = [ns[i] ?? 0, ns[j] ?? 0];
    if (j - i >= 2) parts.push(`${String(a)}–${String(b)}`);
    else parts.push(...ns.slice(i, j + 1).map(String));
    i = j + 1;
  }
  return `[${parts.join(', ')}]`;
}

/** The client as the memo's header names them: `Priya Sharma (प्रिया शर्मा)`. */
export const clientLine = (memo: MemoDocument): string => (memo.client.otherNames.length ? `${memo.client.name} (${memo.client.otherNames.join(', ')})` : memo.client.name);

/** The TO/FROM/DATE/MATTER/RE block, labels as the PDF prints them; the same in the PDF and in Word. */
export function headerFields(memo: MemoDocument): [label: string, value: string][] {
  const from = [memo.letterhead.attorneyName, memo.letterhead.firmName].filter(Boolean).join(', ');
  return [
    ['To', clientLine(memo)],
    ['From', from],
    ['Date', memo.date],
    ['Matter', memo.matter],
    ['Re', memo.regarding],
  ];
}

/** The line under the header that says what the memo is, by engagement status. */
export function engagementNotice(memo: MemoDocument): string {
  return memo.engagement === 'engaged'
    ? 'Confidential: attorney-client communication, for the matter named above.'
    : 'General information, not legal advice. No attorney-client relationship exists until an engagement letter is signed; see the Important notice.';
}
