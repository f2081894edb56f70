/**
 * `memo CASE --out FILE.pdf|FILE.docx [--snapshot ID] [--paper a4|letter] [--engagement E]`: the
 * advisory memo for a case as a PDF or a Word document (by the file's extension), from a saved
 * comparison, through the same dispatcher as the app.
 */
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CaseRecord, Snapshot } from '../../shared/contract';
import { buildMemo, type Firm } from '../../shared/memo/build';
import { DEFAULT_DISCLAIMERS } from '../../shared/memo/disclaimers';
import type { Engagement } from '../../shared/memo/types';
import { PROGRAMS } from '../../shared/programs/index';
import type { Advisor } from '../advisor';
import { call } from '../dispatcher';
import { writePrivateFileAtomically } from '../private-files';
import type { MemoFormat } from '../memo-service';
import { sharedMemoRenderer } from '../reports/memo-renderer';
import type { Out } from './cases';
import { resolveCase } from './case-ref';
import { CliError, EXIT, fail } from './errors';
import { outputPath } from './input-file';
import { terminalText } from './table';

/** The memo command's arguments as typed; writeMemo checks them. */
export type MemoArgs = {
  /** The matter number or the case id, as typed. */
  caseRef: string | undefined;
  out: string | undefined;
  snapshot: string | undefined;
  paper: string | undefined;
  engagement: string | undefined;
  /** The memo's date and, for a fresh comparison, its assessment date: `YYYY-MM-DD`. */
  today: string;
  /** resources/fonts, unless a caller says otherwise. */
  fontsDir?: string;
};

/** The bundled fonts, next to the sources (the CLI runs from the source tree through tsx). */
export const SOURCE_FONTS_DIR = fileURLToPath(new URL('../../resources/fonts/', import.meta.url));

/** The letterhead until the firm's own settings exist. */
export const DEFAULT_FIRM: Firm = {
  name: 'Immigration Advisor',
  address: '',
  attorneyName: '',
  barAdmission: '',
  logo: null,
  paper: 'letter',
  disclaimers: DEFAULT_DISCLAIMERS,
};

const PAPERS = ['a4', 'letter'] as const;
/** The format each --out extension asks for. */
const FORMATS: Record<string, MemoFormat> = { '.pdf': 'pdf', '.docx': 'docx' };
const ENGAGEMENTS = ['pre-engagement', 'engaged'] as const;

/** The programmes of a fresh comparison: the client's target countries plus us-h1b and cn-k. */
export function memoProgramIds(caseFile: CaseRecord['caseFile']): string[] {
  const targets = caseFile.goals?.targetCountries ?? [];
  return PROGRAMS.filter(p => targets.includes(p.country) || p.id === 'us-h1b' || p.id === 'cn-k').map(p => p.id);
}

async function snapshotFor(advisor: Advisor, record: CaseRecord, id: string | undefined, today: string): Promise<{ snapshot: Snapshot; fresh: boolean }> {
  let snapshotId = id;
  let fresh = false;
  if (snapshotId === undefined) {
    const list = await call(advisor.dispatch, 'snapshots:list', { caseId: record.id });
    if (!list.ok) fail(list.error);
    snapshotId = list.value[0]?.id;
  }
  if (snapshotId === undefined) {
    // No saved comparison yet: save one of the default programmes, so the memo rests on a stored, audited snapshot.
    const saved = await call(advisor.dispatch, 'snapshots:save', {
      caseId: record.id,
      caseFile: record.caseFile,
      programIds: memoProgramIds(record.caseFile),
      asOf: today,
      recommendation: { programId: null, rationale: '' },
    });
    if (!saved.ok) fail(saved.error);
    snapshotId = saved.value.id;
    fresh = true;
  }
  const got = await call(advisor.dispatch, 'snapshots:get', { id: snapshotId });
  if (!got.ok) fail(got.error);
  if (got.value.caseId !== record.id) throw new CliError(`--snapshot: comparison ${snapshotId} belongs to another case.`, EXIT.badInput);
  return { snapshot: got.value, fresh };
}

/** The firm's settings from `firm:get`; the default letterhead only where this build has no such method. */
async function firmSettings(advisor: Advisor): Promise<Firm> {
  const result = await advisor.dispatch('firm:get', {});
  if (result.ok) return result.value as Firm;
  if (result.error.code === 'unknown-method') return DEFAULT_FIRM;
  return fail(result.error);
}

/** Renders the memo and writes it to `--out`; prints where, from which comparison, and its size. */
export async function writeMemo(open: () => Promise<Advisor>, args: MemoArgs, out: Out): Promise<number> {
  if (!args.caseRef) throw new CliError('memo needs a CASE. Run with --help for usage.', EXIT.badInput);
  if (!args.out) throw new CliError('memo needs --out FILE.pdf (or FILE.docx for Word).', EXIT.badInput);
  const extension = extname(args.out).toLowerCase();
  const format = FORMATS[extension];
  if (!format) {
    const got = extension ? `a ${extension} file` : 'a name with no extension';
    throw new CliError(terminalText(`--out: expected a file ending in .pdf (PDF) or .docx (Word), got ${got}.`), EXIT.badInput);
  }
  if (args.paper !== undefined && !(PAPERS as readonly string[]).includes(args.paper)) {
    throw new CliError(`--paper: expected a4 or letter, got "${args.paper}".`, EXIT.badInput);
  }
  if (args.engagement !== undefined && !(ENGAGEMENTS as readonly string[]).includes(args.engagement)) {
    throw new CliError(`--engagement: expected pre-engagement or engaged, got "${args.engagement}".`, EXIT.badInput);
  }
  const target = outputPath(args.out, '--out');

  // Opened only once the arguments are known to be right: nothing is asked for in vain.
  const advisor = await open();
  const { id } = await resolveCase(advisor, args.caseRef);
  const record = await call(advisor.dispatch, 'cases:get', { id });
  if (!record.ok) fail(record.error);
  const { snapshot, fresh } = await snapshotFor(advisor, record.value, args.snapshot, args.today);
  const firm = await firmSettings(advisor);
  const memo = buildMemo({
    snapshot,
    firm: { ...firm, paper: (args.paper as Firm['paper'] | undefined) ?? firm.paper },
    engagement: (args.engagement as Engagement | undefined) ?? 'pre-engagement',
    date: args.today,
    reference: record.value.reference,
  });
  // The docx library is loaded only for a Word memo.
  const bytes = format === 'docx' ? await (await import('../reports/memo-docx')).renderMemoDocx(memo) : await sharedMemoRenderer().render(memo, args.fontsDir ?? SOURCE_FONTS_DIR);
  // Private (0600), and renamed into place so a reader never sees half a file.
  writePrivateFileAtomically(target, bytes);
  const source = fresh ? `a new comparison saved now (${snapshot.id})` : `the comparison saved ${snapshot.createdAt.slice(0, 10)} (${snapshot.id})`;
  out(`Wrote the memo${format === 'docx' ? ' as a Word document' : ''} for ${terminalText(record.value.clientName)}, case ${record.value.reference}, to ${target} (${String(Math.ceil(bytes.length / 1024))} KB), from ${source}.`);
  if (snapshot.stale) out('Warning: the catalogue has changed since this comparison was saved; the memo says so on its first page.');
  return EXIT.ok;
}
