import { caseFileAsOf, type CaseFile } from '../../shared/case-file';
import { isCalendarDate } from '../../shared/dates';
import { ASSUMPTIONS, resolveAssumptions } from '../../shared/programs/assumptions';
import { BUNDLED_FACTS } from '../../shared/facts/bundled';
import type { FactDataSet } from '../../shared/facts/schema';
import { buildCatalogue, isProgramId, PROGRAM_IDS } from '../../shared/programs/index';
import type { AssumptionKey } from '../../shared/programs/types';
import { defaultProgramIds } from '../../shared/rules/defaults';
import { evaluate } from '../../shared/rules/evaluate';
import { headline } from '../../shared/rules/headline';
import { oddsNeeds } from '../../shared/rules/fact-labels';
import { conditionalText, firmFigureLines, formatMoney, oddsDetail, oddsHeadline } from '../../shared/rules/labels';
import { SUPPORTED_CURRENCIES } from '../../shared/rules/money';
import type { Assessment } from '../../shared/rules/types';
import { describeIssues, toFieldIssues } from '../../shared/validation';
import { readInputText } from './input-file';
import { didYouMean } from './suggest';
import { formatTable, terminalJson, terminalLines, terminalText } from './table';

/** A usage or input problem: the CLI exits 2 with this message. */
export class BadInput extends Error {}

/** What to compare, as typed; `checkCompareOptions` turns it into `CompareOptions`. */
export type CompareArgs = {
  programs: string | undefined;
  asOf: string | undefined;
  assume: string[] | undefined;
  currency: string | undefined;
  today: string;
};

/** The checked options of a comparison: what `snapshots:save` and the engine take. */
export type CompareOptions = {
  /** Null: the client's default programmes, decided once the case file is known. */
  programs: string[] | null;
  asOf: string;
  assumptions: Partial<Record<AssumptionKey, string>>;
  currency: string;
};

/**
 * A case file from `--case FILE`, checked like an import (the message names the file and the
 * field), with no date of birth after `today` (the user's date).
 */
export function readCaseFileArg(path: string, today: string): CaseFile {
  let json: unknown;
  try {
    json = JSON.parse(readInputText(path, '--case'));
  } catch (err) {
    if (!(err instanceof SyntaxError)) throw err;
    throw new BadInput(terminalText(`${path} is not valid JSON (${err.message})`));
  }
  const parsed = caseFileAsOf(today).safeParse(json);
  if (!parsed.success) throw new BadInput(terminalLines(`${path} is not a valid case file:\n${describeIssues(toFieldIssues(parsed.error))}`));
  return parsed.data;
}

/** Checks --programs, --as-of, --assume and --currency, each refused by name with what it takes. */
export function checkCompareOptions(args: CompareArgs): CompareOptions {
  const asOf = args.asOf ?? args.today;
  if (!isCalendarDate(asOf)) throw new BadInput(terminalText(`--as-of: expected a date written YYYY-MM-DD, got "${asOf}".`));
  const programs = args.programs ? args.programs.split(',').map(s => s.trim()).filter(Boolean) : null;
  const unknownIds = (programs ?? []).filter(p => !isProgramId(p));
  if (unknownIds.length) {
    const hint = unknownIds.length === 1 ? didYouMean(unknownIds[0] ?? '', PROGRAM_IDS) : '';
    throw new BadInput(terminalText(`--programs: unknown programme id(s) ${unknownIds.join(', ')}${hint || '.'} The ids: ${PROGRAM_IDS.join(', ')}.`));
  }
  const assumptions: Partial<Record<AssumptionKey, string>> = {};
  for (const pair of args.assume ?? []) {
    const [key, value] = pair.split('=');
    const known = ASSUMPTIONS.find(a => a.key === key);
    if (!known || value === undefined) throw new BadInput(terminalText(`--assume ${pair}: expected key=value with key one of ${ASSUMPTIONS.map(a => a.key).join(', ')}.`));
    if (!known.options.some(o => o.value === value)) {
      throw new BadInput(terminalText(`--assume ${pair}: ${known.key} takes ${known.options.map(o => o.value).join(' or ')}.`));
    }
    assumptions[known.key] = value;
  }
  const currency = args.currency ?? 'USD';
  // Exact codes only: a lower-case "inr" is refused rather than guessed, like any other unknown code.
  if (!SUPPORTED_CURRENCIES.includes(currency)) {
    throw new BadInput(terminalText(`--currency: "${currency}" is not supported; use one of ${SUPPORTED_CURRENCIES.join(', ')} (upper case).`));
  }
  return { programs, asOf, assumptions, currency };
}

/** The programmes to compare: those asked for, else the client's target countries plus us-h1b and cn-k. */
export function programsFor(caseFile: CaseFile, options: CompareOptions): string[] {
  return options.programs ?? defaultProgramIds(caseFile);
}

/**
 * Assesses `caseFile` with the figures of `facts` (the firm's data set once a pack or overrides
 * apply; the shipped one by default) and returns the text to print: a readable table, or JSON.
 */
export function compare(caseFile: CaseFile, options: CompareOptions, json: boolean, facts: FactDataSet = BUNDLED_FACTS): string {
  const { asOf, assumptions, currency } = options;
  const catalogue = buildCatalogue(facts);
  const assessments = evaluate(caseFile, programsFor(caseFile, options), { asOf, assumptions, currency }, catalogue);
  const used = resolveAssumptions(assumptions, asOf);
  // Reasons quote the case file (employers, names): shown through the terminal escapes like any case text.
  if (json) return terminalJson({ rulesVersion: catalogue.version, asOf, currency, assumptions: used, assessments });
  return terminalLines(readable(assessments, { rulesVersion: catalogue.version, asOf, used, currency }));
}

const range = (r: readonly [number, number] | null) => (r ? `${String(r[0])}–${String(r[1])} mo` : 'unknown');

function readable(list: Assessment[], info: { rulesVersion: string; asOf: string; used: Record<string, string>; currency: string }): string {
  // Below recent cut-offs no invitation is expected, so the months counted from one do not apply.
  const months = (a: Assessment, r: readonly [number, number] | null) => (a.standing ? 'no ITA expected' : range(r));
  const rows = list.map(a => [
    a.programId,
    a.standing ? `${headline(a).text}, below cut-offs` : headline(a).text,
    a.points ? `${String(a.points.total)}${a.points.passMark !== null ? `/${String(a.points.passMark)}` : ''}` : '',
    payerCell(a, 'applicant'),
    payerCell(a, 'employer'),
    months(a, a.timeline.toWorkMonths),
    a.timeline.toPermanentResidenceMonths || a.standing ? months(a, a.timeline.toPermanentResidenceMonths) : 'no PR route/unknown',
    oddsHeadline(a.odds),
  ]);
  const head = ['Programme', 'Status', 'Points', 'Applicant pays', 'Employer pays', 'To work', 'To PR', 'Odds'];
  const open = list.flatMap(a => a.gates.filter(g => g.status !== 'met').map(g => `  ${a.programId} · ${g.label}: ${g.status} — ${g.reason}`));
  const notes = list.flatMap(a => [...(a.standing ? [a.standing.summary] : []), ...(a.costs.notes ?? [])].map(n => `  ${a.programId} · ${n}`));
  // A figure's basis is long and shown in --json; a missing figure says why here.
  const noOdds = list.flatMap(a => (a.odds.kind === 'probability' || a.odds.kind === 'none' ? [] : [`  ${a.programId}: ${oddsHeadline(a.odds)} — ${oddsLine(a.odds)}`]));
  const conditional = list.flatMap(a => a.costs.conditional.map(c => `  ${a.programId} · ${c.label} (${c.payer}): ${conditionalText(c)}`));
  const firm = list.flatMap(a => firmFigureLines(a.costs).map(line => `  ${a.programId} · ${line}`));
  return [
    `Rules ${info.rulesVersion}, as of ${info.asOf}, totals in ${info.currency} ("+?" = some fees unknown; "+cond." = a fee owed only if a policy holds, listed below).`,
    '"Eligible": every criterion the case file can decide is met. "Likely eligible — N questions for you": the same, with N legal standards left to you.',
    `Assumptions: ${Object.entries(info.used).map(([k, v]) => `${k}=${v}`).join(', ')}`,
    '',
    formatTable(head, rows),
    ...(open.length ? ['', 'Gates not met or not known:', ...open] : []),
    ...(noOdds.length ? ['', 'Odds not computed:', ...noOdds] : []),
    ...(conditional.length ? ['', 'Owed only if a policy holds (not in the totals):', ...conditional] : []),
    ...(firm.length ? ['', "Firm figures (the firm's own, in place of the catalogue's):", ...firm] : []),
    ...(notes.length ? ['', 'Notes:', ...notes] : []),
  ].join('\n');
}

/** `3,595 USD`, `+?` for a fee of unknown amount, `+cond.` for a fee owed only if a policy holds (listed below the table). */
function payerCell(a: Assessment, payer: 'applicant' | 'employer'): string {
  const open = a.costs.unknown.some(u => u.payer === payer) ? ' +?' : '';
  const conditional = a.costs.conditional.some(c => c.payer === payer) ? ' +cond.' : '';
  return `${formatMoney(a.costs.totals[payer])}${open}${conditional}`;
}

function oddsLine(o: Assessment['odds']): string {
  return [oddsDetail(o), oddsNeeds(o)].filter(Boolean).join(' ');
}
