/**
 * `rules list`, `rules override`, `rules revert` and `rules overrides`: the facts the firm's rules
 * use, and the firm's own figures over them (issue 17, items 2 and 6). Arguments are checked before
 * the database is opened, so a typo never costs a passphrase prompt.
 */
import { isCalendarDate } from '../../shared/dates';
import { withOverrides, type FactOverride } from '../../shared/facts/overrides';
import { factAt } from '../../shared/facts/resolve';
import type { FactDataSet, FactRecord } from '../../shared/facts/schema';
import { isProgramId, PROGRAM_IDS, programById, sourceById } from '../../shared/programs/index';
import { AdvisorError } from '../../shared/result';
import type { Session } from '../session';
import type { Out } from './cases';
import { CliError, EXIT, failAsOptions } from './errors';
import type { Opener } from './firm';
import { didYouMean } from './suggest';
import { formatTable, terminalJson, terminalLines, terminalText } from './table';
import { checkFactId, checkOverride, type OverrideRequest } from '../rules/override-input';
import { activeOverrides, addOverride, allOverrides, overrideHistory, revertFact, type StoredOverride } from '../rules/override-repo';
import { factName, valueText } from '../rules/override-words';

/** Where a figure comes from: the shipped catalogue, an applied rule pack, or the firm itself. */
export type FactOrigin = 'catalogue' | 'pack' | 'firm';

/** The data set the firm's figures are laid over, and where it came from. */
export type RulesBase = { dataSet: FactDataSet; origin: Exclude<FactOrigin, 'firm'> };

/**
 * The shipped data set. At merge, the firm's base replaces it (decision 2 of issue 17): the applied
 * pack's data set with origin 'pack' when `installedDataSet(session.db)` has one, else this.
 */

/** The checks' field names as the arguments typed, for messages. */
const ARGUMENT_OF: Record<string, string> = { factId: 'FACT_ID', value: 'VALUE', url: '--source', note: '--note', effectiveFrom: '--effective', reason: '--reason' };

const bad = (message: string) => new CliError(terminalText(message), EXIT.badInput);

/** Runs `fn`, showing a refusal with the arguments' names instead of the fields'. */
function asTyped<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof AdvisorError) failAsOptions(err.toInfo(), ARGUMENT_OF);
    throw err;
  }
}

/** One fact as `rules list` shows it. */
export type FactRow = {
  id: string;
  label: string;
  /** `in-force` on the date; else `not-yet` (the next version is shown) or `ended` (the last one). */
  state: 'in-force' | 'not-yet' | 'ended';
  value: number | null;
  unknown?: string;
  unit: string;
  /** Not yet in force, and the figure did not exist before (a new levy): nothing is owed yet. */
  introduced?: true;
  effectiveFrom: string;
  effectiveTo: string | null;
  source: { id: string; title?: string; url?: string; note?: string };
  confidence: string;
  origin: FactOrigin;
};

/** The facts of `dataSet` one programme's rules use: its own, and the country's it prices fees with. */
function factsOf(dataSet: FactDataSet, program: string | undefined): FactRecord[] {
  if (program === undefined) return dataSet.facts;
  const used = new Set((programById(program)?.fees ?? []).flatMap(f => (f.factId ? [f.factId] : [])));
  return dataSet.facts.filter(f => f.id.startsWith(`${program}.`) || used.has(f.id));
}

/** Each fact of the effective data set (`base` with `overrides`) on `asOf`, with where its figure comes from. */
export function factRows(base: RulesBase, overrides: readonly FactOverride[], options: { program?: string | undefined; asOf: string }): FactRow[] {
  const effective = withOverrides(base.dataSet, overrides);
  return factsOf(effective, options.program).map(fact => {
    const at = factAt(effective, fact.id, options.asOf);
    const v = at.state === 'in-force' ? at.version : at.state === 'not-yet' ? at.next : at.last;
    const catalogued = v.firm ? undefined : sourceById(v.sourceId);
    const source = v.firm
      ? { id: 'firm', ...(v.firm.url !== undefined && { url: v.firm.url }), ...(v.firm.note !== undefined && { note: v.firm.note }) }
      : { id: v.sourceId, ...(catalogued && { title: catalogued.title, url: catalogued.url }) };
    return {
      id: fact.id,
      label: fact.label,
      state: at.state,
      value: at.state === 'in-force' ? v.value : null,
      ...(at.state === 'in-force' && v.unknown !== undefined && { unknown: v.unknown }),
      unit: fact.unit,
      ...(at.state === 'not-yet' && fact.introduced && v === fact.versions[0] && { introduced: true as const }),
      effectiveFrom: v.effectiveFrom,
      effectiveTo: v.effectiveTo ?? null,
      source,
      confidence: v.confidence,
      origin: v.firm ? 'firm' : base.origin,
    };
  });
}

const SOURCE_COLUMN = 50;
const LABEL_COLUMN = 36;

function valueCell(r: FactRow): string {
  // Before a new levy nothing is owed; in a gap, or before a figure's first record, it is unknown.
  if (r.state === 'not-yet') return r.introduced ? `none before ${r.effectiveFrom}` : `not recorded (next from ${r.effectiveFrom})`;
  if (r.state === 'ended') return `not recorded (ended ${r.effectiveTo ?? ''})`;
  return r.value === null ? 'unknown' : valueText(r.value, r.unit).replace(` ${r.unit}`, '');
}

function sourceCell(r: FactRow): string {
  if (r.origin === 'firm') return `firm figure: ${[r.source.url, r.source.note].filter(Boolean).join('; ')}`;
  return r.source.title ?? r.source.id;
}

/** `rules list [--program ID] [--as-of YYYY-MM-DD] [--json]`. */
export async function listRules(
  open: Opener,
  args: { program: string | undefined; asOf: string | undefined; json: boolean; today: string },
  baseOf: (s: Session) => RulesBase,
  out: Out,
): Promise<number> {
  if (args.program !== undefined && !isProgramId(args.program)) {
    throw bad(`--program: there is no programme "${args.program}"${didYouMean(args.program, PROGRAM_IDS) || '.'} The programmes: ${PROGRAM_IDS.join(', ')}.`);
  }
  if (args.asOf !== undefined && !isCalendarDate(args.asOf)) throw bad(`--as-of: expected a real date written YYYY-MM-DD, got "${args.asOf}".`);
  const asOf = args.asOf ?? args.today;
  const session = (await open()).vault.session();
  const rows = factRows(baseOf(session), activeOverrides(session.db), { program: args.program, asOf });
  if (args.json) {
    out(terminalJson({ asOf, facts: rows }));
    return EXIT.ok;
  }
  const table = rows.map(r => [
    r.id,
    r.label,
    valueCell(r),
    r.unit,
    `${r.effectiveFrom} – ${r.effectiveTo ?? ''}`.trim(),
    sourceCell(r),
    r.confidence,
    r.origin,
  ]);
  out(`Facts in force on ${asOf}${args.program ? ` for ${terminalText(programById(args.program)?.name ?? args.program)}` : ''}:`);
  out(formatTable(['Id', 'Fact', 'Value', 'Unit', 'In force', 'Source', 'Confidence', 'Origin'], table, [undefined, LABEL_COLUMN, undefined, undefined, undefined, SOURCE_COLUMN]));
  return EXIT.ok;
}

/** `rules override FACT_ID VALUE|unknown --source URL|--note TEXT [--effective YYYY-MM-DD] [--reason TEXT]`. */
export async function overrideRule(open: Opener, request: OverrideRequest, clock: () => Date, baseOf: (s: Session) => RulesBase, out: Out): Promise<number> {
  const input = asTyped(() => checkOverride(request));
  const session = (await open()).vault.session();
  const base = baseOf(session).dataSet;
  const { words } = asTyped(() => addOverride(session.db, base, input, { by: session.settings.get('userName'), now: clock() }));
  out(terminalText(`Saved. ${words}`));
  out('Comparisons made from now on use the firm figure; rules revert FACT_ID takes it back.');
  return EXIT.ok;
}

/** `rules revert FACT_ID`. */
export async function revertRule(open: Opener, factId: string, clock: () => Date, baseOf: (s: Session) => RulesBase, out: Out): Promise<number> {
  const session = (await open()).vault.session();
  const base = baseOf(session).dataSet;
  const reverted = asTyped(() => revertFact(session.db, base, factId, { by: session.settings.get('userName'), now: clock() }));
  out(terminalLines(reverted.map(r => `Reverted. ${r.words}`).join('\n')));
  return EXIT.ok;
}

type OverrideJson = StoredOverride & { fact: string };

/** `rules overrides [FACT_ID] [--json]`: the firm figures in force, or one fact's whole history. */
export async function listOverrides(open: Opener, factId: string | undefined, json: boolean, baseOf: (s: Session) => RulesBase, out: Out): Promise<number> {
  const session = (await open()).vault.session();
  const base = baseOf(session).dataSet;
  if (factId !== undefined) asTyped(() => checkFactId(factId, base));
  const list = factId === undefined ? allOverrides(session.db).filter(o => o.revertedAt === null) : overrideHistory(session.db, factId);
  const named = (o: StoredOverride): OverrideJson => {
    const fact = base.facts.find(f => f.id === o.factId);
    return { ...o, fact: fact ? factName(fact) : o.factId };
  };
  if (json) {
    out(terminalJson(list.map(named)));
    return EXIT.ok;
  }
  if (list.length === 0) {
    out(factId === undefined ? 'The firm has no figures of its own in force: every fact is the catalogue’s (or the applied pack’s).' : 'The firm has never entered a figure for this fact.');
    return EXIT.ok;
  }
  const unitOf = (id: string) => base.facts.find(f => f.id === id)?.unit ?? '';
  const rows = list.map(o => {
    const n = named(o);
    return [
      o.factId,
      n.fact,
      o.value === null ? `unknown (${o.unknown ?? ''})` : valueText(o.value, unitOf(o.factId)),
      o.effectiveFrom,
      [o.url, o.note].filter(Boolean).join('; '),
      `${o.by}, ${o.at.slice(0, 10)}`,
      ...(factId === undefined ? [] : [o.revertedAt === null ? 'in force' : `reverted by ${o.revertedBy ?? ''}, ${o.revertedAt.slice(0, 10)}`]),
    ];
  });
  const head = ['Id', 'Fact', 'Firm figure', 'From', 'Source or note', 'Entered by', ...(factId === undefined ? [] : ['Status'])];
  out(factId === undefined ? 'Firm figures in force:' : 'Every firm figure entered for this fact, oldest first:');
  out(formatTable(head, rows, [undefined, LABEL_COLUMN + 10, undefined, undefined, SOURCE_COLUMN]));
  return EXIT.ok;
}
