/**
 * The facts data set: every figure the rules use, as data with a stable id, its source and its
 * periods of force. The rule logic stays in TypeScript and reads values from here, so a rule pack
 * (or a firm's override) can replace a figure without a new release. See shared/facts/README.md.
 */
import { z } from 'zod';
import { isCalendarDate } from '../dates';
import { describeIssues, toFieldIssues } from '../validation';

export const FACT_KINDS = ['fee', 'threshold', 'cut-off', 'processing-time', 'quota', 'points', 'odds', 'rate'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

const date = z.string().refine(isCalendarDate, { error: 'expected a real date written YYYY-MM-DD' });

/** One value of a fact and the period it is in force: from `effectiveFrom` to `effectiveTo`, both inclusive. */
export const FactVersion = z
  .strictObject({
    effectiveFrom: date,
    /** The last day in force; absent while still in force. */
    effectiveTo: date.optional(),
    /** null: unknown, and `unknown` says why (unknown is never shown as zero). */
    value: z.number().nonnegative().nullable(),
    unknown: z.string().trim().min(1).optional(),
    sourceId: z.string().min(1),
    /** The date the source stated the value (or it was last verified). */
    asOf: date,
    confidence: z.enum(['confirmed', 'reported', 'unconfirmed']),
    /** Why this version: a derivation, a restatement, a caveat. Not shown to clients. */
    note: z.string().optional(),
    /**
     * Set on the firm's own figure (an override, issue 17): who entered it, when, and on what
     * authority. Such a version has `sourceId: 'firm'` and is marked "firm figure" wherever shown.
     */
    firm: z
      .strictObject({
        by: z.string().trim().min(1),
        at: z.string().min(1),
        url: z.url({ protocol: /^https?$/ }).optional(),
        note: z.string().trim().min(1).optional(),
      })
      .refine(f => f.url !== undefined || f.note !== undefined, { error: 'a firm figure needs a source URL or a note' })
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.value === null && v.unknown === undefined) ctx.addIssue({ code: 'custom', path: ['unknown'], message: 'an unknown value needs the reason it is unknown' });
    if (v.value !== null && v.unknown !== undefined) ctx.addIssue({ code: 'custom', path: ['unknown'], message: 'only an unknown value has a reason for being unknown' });
    if ((v.firm !== undefined) !== (v.sourceId === 'firm')) ctx.addIssue({ code: 'custom', path: ['sourceId'], message: "a firm figure, and only a firm figure, has sourceId 'firm'" });
    if (v.effectiveTo !== undefined && v.effectiveTo < v.effectiveFrom) ctx.addIssue({ code: 'custom', path: ['effectiveTo'], message: 'ends before it starts' });
  });
export type FactVersion = z.infer<typeof FactVersion>;

/** `us-h1b.registration-fee`: the programme (or country) it belongs to, a dot, then the figure's name. */
const FACT_ID = /^[a-z]{2}(-[a-z0-9]+)*\.[a-z0-9]+(-[a-z0-9]+)*$/;

export const FactRecord = z
  .strictObject({
    id: z.string().regex(FACT_ID, { error: 'expected an id like us-h1b.registration-fee' }),
    kind: z.enum(FACT_KINDS),
    /** What the figure is, for the attorney's list of facts. */
    label: z.string().trim().min(1),
    /** An ISO 4217 currency for money (`USD`); otherwise `months`, `points`, `probability`, `count`… */
    unit: z.string().min(1),
    /** Who pays; fees only. */
    payer: z.enum(['applicant', 'employer']).optional(),
    /** The fee did not exist before its first version (a new levy), so before it nothing is owed rather than unknown. */
    introduced: z.literal(true).optional(),
    /** Oldest first; the periods may leave gaps (nothing recorded) but never overlap. */
    versions: z.array(FactVersion).min(1),
  })
  .superRefine((f, ctx) => {
    if (f.kind === 'fee' && f.payer === undefined) ctx.addIssue({ code: 'custom', path: ['payer'], message: 'a fee needs its payer' });
    if (f.kind !== 'fee' && f.payer !== undefined) ctx.addIssue({ code: 'custom', path: ['payer'], message: 'only a fee has a payer' });
    if (f.kind === 'fee' && !/^[A-Z]{3}$/.test(f.unit)) ctx.addIssue({ code: 'custom', path: ['unit'], message: 'a fee is in a currency such as USD' });
    f.versions.forEach((v, i) => {
      const prev = f.versions[i - 1];
      if (prev && (prev.effectiveTo === undefined || prev.effectiveTo >= v.effectiveFrom)) {
        ctx.addIssue({ code: 'custom', path: ['versions', i, 'effectiveFrom'], message: 'overlaps the version before it (versions go oldest first and must not overlap)' });
      }
    });
  });
export type FactRecord = z.infer<typeof FactRecord>;

export const FactDataSet = z
  .strictObject({
    format: z.literal(1),
    /** The rules version the app shows and saved comparisons record, `YYYY-MM-DD.N`; bumped with every change. */
    label: z.string().regex(/^\d{4}-\d{2}-\d{2}\.\d+$/, { error: 'expected a label like 2026-12-03.2' }),
    /** SHA-256 of the canonical `facts` (see contentHashInput): the exact identity of the data. */
    contentHash: z.string().regex(/^[0-9a-f]{64}$/, { error: 'expected a SHA-256 in hexadecimal' }),
    facts: z.array(FactRecord),
  })
  .superRefine((d, ctx) => {
    const seen = new Set<string>();
    d.facts.forEach((f, i) => {
      if (seen.has(f.id)) ctx.addIssue({ code: 'custom', path: ['facts', i, 'id'], message: `duplicate fact id ${f.id}` });
      seen.add(f.id);
    });
  });
export type FactDataSet = z.infer<typeof FactDataSet>;

/** Validates a data set, throwing one error that names every bad field (`facts[3].versions[0].value: …`). */
export function parseFactDataSet(raw: unknown): FactDataSet {
  const parsed = FactDataSet.safeParse(raw);
  if (!parsed.success) throw new Error(`Invalid facts data set:\n${describeIssues(toFieldIssues(parsed.error))}`);
  return parsed.data;
}

/**
 * The text the content hash is taken over: the facts as JSON with keys sorted, so the hash depends
 * on the data and not on how a file was formatted. Hashing itself needs Node's crypto, which shared/
 * may not use; the tests and the pack tooling compute it.
 */
export function contentHashInput(facts: readonly FactRecord[]): string {
  return canonicalJson(facts);
}

/** Any JSON value with its objects' keys sorted: the same data always gives the same text (hashes, pack signatures). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The exact identity of a data set: its label and the start of its content hash. */
export function rulesIdentity(d: Pick<FactDataSet, 'label' | 'contentHash'>): string {
  return `${d.label}+${d.contentHash.slice(0, 12)}`;
}
