/**
 * `rules verify|diff|apply|rollback`: signed rule packs from the command line (issue 17, item 6).
 * Every refusal is bad input (exit 2) with a message in words, and changes nothing.
 */
import { readFileSync } from 'node:fs';
import { countryName } from '../../shared/countries';
import { BUNDLED_FACTS } from '../../shared/facts/bundled';
import { PackRefused } from '../../shared/facts/pack';
import { factScope, summarizeDiff, type DataSetDiff, type VersionChange } from '../../shared/facts/pack-diff';
import { canonicalJson, type FactRecord, type FactVersion } from '../../shared/facts/schema';
import { programById, sourceById } from '../../shared/programs/index';
import type { Advisor } from '../advisor';
import { verifyPack, type TrustedKey, type VerifiedPack } from '../rules/pack-crypto';
import { overridesToReview, type OverrideReview } from '../../shared/facts/overrides';
import { activeOverrides } from '../rules/override-repo';
import { factName, valueText } from '../rules/override-words';
import { applyReviewedPack, dataSetInUse, reviewPack } from '../rules/pack-review';
import { checkApplicable, installedPack, rollbackPack, type PreviousRules } from '../rules/pack-store';
import type { Out } from './cases';
import { CliError, EXIT } from './errors';
import { requireFile } from './input-file';
import { terminalJson, terminalLines, terminalText } from './table';

export type RulesCommand = 'rules verify' | 'rules diff' | 'rules apply' | 'rules rollback';

/** What a rules command has to work with; `trusted` is PUBLISHER_KEYS except in tests. */
export type RulesContext = { file: string | undefined; json: boolean; open: () => Promise<Advisor>; trusted: readonly TrustedKey[]; out: Out };

const refused = (err: unknown): never => {
  if (err instanceof PackRefused) throw new CliError(terminalLines(err.message), EXIT.badInput);
  throw err;
};

/** Reads and verifies the pack file named on the command line; refusals exit 2 before the database is opened. */
function readPack(file: string | undefined, trusted: readonly TrustedKey[]): VerifiedPack {
  if (file === undefined) throw new CliError('Name the rule pack file: rules verify FILE.', EXIT.badInput);
  requireFile(file, 'rule pack');
  try {
    return verifyPack(readFileSync(file, 'utf8'), trusted);
  } catch (err) {
    return refused(err);
  }
}

const programmeName = (scope: string) => programById(scope)?.name ?? `${countryName(scope.toUpperCase())} (all programmes)`;
const factTitle = (f: Pick<FactRecord, 'id' | 'label'>) => `${programmeName(factScope(f.id))}: ${f.label}`;

function amount(v: FactVersion, unit: string): string {
  if (v.value === null) return `unknown (${v.unknown ?? 'no reason given'})`;
  return /^[A-Z]{3}$/.test(unit) ? `${unit} ${v.value.toLocaleString('en-US')}` : `${String(v.value)} ${unit}`;
}

/** One version in words: value, period of force, source with its date and confidence. */
function describeVersion(v: FactVersion, unit: string): string {
  const period = v.effectiveTo ? `in force ${v.effectiveFrom} to ${v.effectiveTo}` : `in force from ${v.effectiveFrom}`;
  const source = sourceById(v.sourceId)?.title ?? `source “${v.sourceId}”`;
  return `${amount(v, unit)}, ${period}; ${source}, as of ${v.asOf}, ${v.confidence}`;
}

/** A version whose only change is its end date: the usual way a new figure replaces an old one. */
const onlyEndChanged = (a: FactVersion, b: FactVersion) => canonicalJson({ ...a, effectiveTo: undefined }) === canonicalJson({ ...b, effectiveTo: undefined });

function versionLines(c: VersionChange, unit: string): string[] {
  if (c.before && c.after && onlyEndChanged(c.before, c.after)) {
    const end = (v: FactVersion) => (v.effectiveTo ? `ends ${v.effectiveTo}` : 'still in force');
    return [`    ${amount(c.after, unit)} from ${c.after.effectiveFrom}: now ${end(c.after)} (was ${end(c.before)})`];
  }
  if (c.before && c.after) return [`    was: ${describeVersion(c.before, unit)}`, `    now: ${describeVersion(c.after, unit)}`];
  if (c.after) return [`    new: ${describeVersion(c.after, unit)}`];
  return c.before ? [`    removed: ${describeVersion(c.before, unit)}`] : [];
}

/** The refusal `check` throws, in words, or null when it passes. */
function applicability(check: () => void): string | null {
  try {
    check();
    return null;
  } catch (err) {
    if (err instanceof PackRefused) return err.message;
    throw err;
  }
}

const inUseWords = (diff: DataSetDiff, shipped: boolean) => `${shipped ? 'the rules shipped with the app' : 'the rule pack applied'} (version ${diff.from.label})`;

/** The whole diff in words: what a firm reads before applying. */
function describeDiff(diff: DataSetDiff, shipped: boolean, unitOf: (id: string) => string, reviews: readonly OverrideReview[], facts: readonly FactRecord[]): string[] {
  const lines = [`Rule pack ${diff.to.label} compared with ${inUseWords(diff, shipped)}: ${summarizeDiff(diff)}.`];
  const section = (title: string, body: string[]) => (body.length > 0 ? ['', title, ...body] : []);
  lines.push(
    ...section(
      'Changed figures:',
      diff.changed.flatMap(c => [
        `  ${factTitle(c)}`,
        ...c.attributes.map(a => `    ${a.field}: ${a.before ?? 'none'} → ${a.after ?? 'none'}`),
        ...c.versions.flatMap(v => versionLines(v, unitOf(c.id))),
      ]),
    ),
    ...section('New figures:', diff.added.flatMap(f => [`  ${factTitle(f)}`, ...f.versions.map(v => `    ${describeVersion(v, f.unit)}`)])),
    ...section('New programmes or countries:', diff.newScopes.map(s => `  ${programmeName(s)}`)),
    ...section('Missing figures (a pack must keep every figure, so this one cannot be applied):', diff.missing.map(f => `  ${factTitle(f)}`)),
    ...section(
      'Saved comparisons it may affect:',
      diff.comparisons.map(s => `  ${s.caseReference}, ${s.clientName}: saved ${s.createdAt.slice(0, 10)}, programmes ${s.touched.map(programmeName).join(', ')}${s.caseOpen ? '' : ' (case closed or in the Trash)'}`),
    ),
    ...section('Open cases with those comparisons:', diff.openCases.map(c => `  ${c.caseReference}, ${c.clientName}`)),
    ...section(
      'Firm figures to review (the firm’s own figure stays in force; the pack changes the published one):',
      reviews.map(r => {
        const fact = facts.find(f => f.id === r.factId);
        const unit = fact?.unit ?? '';
        const published = (v: FactVersion | null) => (v ? valueText(v.value, unit) : 'not recorded');
        return `  ${fact ? factName(fact) : r.factId}: firm figure ${valueText(r.firm.value, unit)}; published ${published(r.was)} → ${published(r.now)}`;
      }),
    ),
  );
  return lines;
}

const previousWords = (p: PreviousRules) => (p.source === 'shipped' ? `the rules shipped with the app (version ${p.label})` : `rule pack ${p.dataSet.label}`);

/** Runs one of the rules pack commands. */
export async function rulesPackCommand(name: RulesCommand, c: RulesContext): Promise<number> {
  if (name === 'rules rollback') {
    const { session } = await openSession(c);
    try {
      const { from, to } = rollbackPack(session.db, session.context());
      if (c.json) c.out(terminalJson({ rolledBack: from.dataSet.label, restored: to.source === 'shipped' ? { source: 'shipped', label: to.label } : { source: 'pack', label: to.dataSet.label, contentHash: to.dataSet.contentHash } }));
      else c.out(terminalText(`Rolled back rule pack ${from.dataSet.label}: ${previousWords(to)} restored. Saved comparisons keep the rules they were made with.`));
    } catch (err) {
      refused(err);
    }
    return EXIT.ok;
  }
  const verified = readPack(c.file, c.trusted);
  const { pack } = verified;
  const { session } = await openSession(c);
  const { db } = session;
  const inUse = dataSetInUse(db, BUNDLED_FACTS);
  const units = new Map(pack.dataSet.facts.map(f => [f.id, f.unit]));
  const unitOf = (id: string) => units.get(id) ?? '';
  // A pack never replaces the firm's own figure; where it changes the published one beneath, the firm is told.
  const reviews = overridesToReview(inUse.dataSet, pack.dataSet, activeOverrides(db));
  switch (name) {
    case 'rules verify': {
      // Authentic and well formed is what verify answers (exit 0); whether this firm could apply it now is reported too.
      const refusal = applicability(() => checkApplicable(db, pack, BUNDLED_FACTS));
      const from = { label: inUse.dataSet.label, contentHash: inUse.dataSet.contentHash };
      if (c.json) {
        c.out(terminalJson({ packVersion: pack.packVersion, publishedAt: pack.publishedAt, keyId: pack.keyId, contentHash: pack.dataSet.contentHash, facts: pack.dataSet.facts.length, inUse: from, applicable: refusal === null, refusal }));
        return EXIT.ok;
      }
      const installed = installedPack(db);
      const inUseText = installed
        ? `the rule pack applied (version ${from.label}), applied by ${installed.appliedBy} on ${installed.appliedAt.slice(0, 10)}`
        : `the rules shipped with the app (version ${from.label})`;
      c.out(
        terminalLines(
          [
            `Rule pack ${pack.packVersion}, published ${pack.publishedAt}: signed by ${verified.signedBy.name} and unchanged since; ${String(pack.dataSet.facts.length)} figures, matching its content hash.`,
            `Release notes:\n${pack.releaseNotes}`,
            `The rules in use now: ${inUseText}.`,
            refusal === null ? 'It can be applied: rules diff shows what it would change, rules apply applies it.' : `It cannot be applied here. ${refusal}`,
          ].join('\n'),
        ),
      );
      return EXIT.ok;
    }
    case 'rules diff': {
      const diff = reviewPack(db, pack, BUNDLED_FACTS);
      c.out(c.json ? terminalJson({ ...diff, firmFiguresToReview: reviews }) : terminalLines(describeDiff(diff, inUse.shipped, unitOf, reviews, pack.dataSet.facts).join('\n')));
      return EXIT.ok;
    }
    case 'rules apply': {
      try {
        const { applied, diff } = applyReviewedPack(db, pack, BUNDLED_FACTS, session.context());
        if (c.json) {
          c.out(terminalJson({ applied: { label: applied.dataSet.label, contentHash: applied.dataSet.contentHash, appliedBy: applied.appliedBy, appliedAt: applied.appliedAt }, diff, firmFiguresToReview: reviews }));
          return EXIT.ok;
        }
        c.out(terminalLines([...describeDiff(diff, inUse.shipped, unitOf, reviews, pack.dataSet.facts), '', `Applied rule pack ${applied.dataSet.label}. rules rollback restores the rules before it.`].join('\n')));
      } catch (err) {
        refused(err);
      }
      return EXIT.ok;
    }
  }
}

async function openSession(c: RulesContext) {
  const advisor = await c.open();
  return { session: advisor.vault.session() };
}
