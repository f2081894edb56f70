/**
 * Costed scenarios for the fee tests: a programme fixture's client run through the engine, and
 * matchers for the fee lines expected. Expected amounts are written in each test from the official
 * fee schedule it cites, never read from the catalogue.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { CaseFile } from '../../../../shared/case-file';
import { evaluate } from '../../../../shared/rules/evaluate';
import type { Payer } from '../../../../shared/programs/types';
import { fixturePath } from '../../../fixtures';

type FixtureCase = { name: string; assumptions?: Record<string, string>; caseFile: unknown };
type Fixture = { programId: string; asOf: string; cases: FixtureCase[] };

/**
 * The costs of one fixture client (test/fixtures/programs/<programId>.json, case `name`), with the
 * case's own policy assumptions or `assumptions` in their place.
 */
export function costsOf(programId: string, name: string, currency: string, assumptions?: Record<string, string>) {
  const fixture = JSON.parse(readFileSync(fixturePath(`programs/${programId}.json`), 'utf8')) as Fixture;
  const c = fixture.cases.find(x => x.name === name);
  if (!c) throw new Error(`${programId}: no fixture case named "${name}"`);
  const [a] = evaluate(CaseFile.parse(c.caseFile), [programId], { asOf: fixture.asOf, assumptions: assumptions ?? c.assumptions ?? {}, currency });
  if (!a) throw new Error(`${programId}: no assessment`);
  const costs = a.costs;
  return {
    items: costs.items.map(i => ({ label: i.label, amount: i.amount.amount, currency: i.amount.currency, payer: i.payer, optional: i.optional })),
    unknown: costs.unknown.map(u => ({ label: u.label, payer: u.payer })),
    conditional: costs.conditional.map(c => ({ label: c.label, amount: c.amount.amount, currency: c.amount.currency, payer: c.payer })),
    totals: { applicant: costs.totals.applicant.amount, employer: costs.totals.employer.amount },
  };
}

/** A fee line: its label contains `label`; amount, currency, payer and optional exactly. */
export function fee(label: string, amount: number, currency: string, payer: Payer, optional = false) {
  return { label: expect.stringContaining(label) as unknown as string, amount, currency, payer, optional };
}

/** A fee whose amount nobody could confirm: listed with its payer, never shown as zero. */
export function unknownFee(label: string, payer: Payer) {
  return { label: expect.stringContaining(label) as unknown as string, payer };
}

/** A fee owed only if a policy assumption holds: beside the totals, not in them. */
export function conditionalFee(label: string, amount: number, currency: string, payer: Payer) {
  return { label: expect.stringContaining(label) as unknown as string, amount, currency, payer };
}
