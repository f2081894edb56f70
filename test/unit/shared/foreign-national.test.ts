/**
 * Who cannot use a route: its country's own citizens (and citizens with free movement there), and
 * permanent residents who already have what it gives. Each programme declares the gate with its
 * legal source; this file checks the rule's reasons and that every programme declares it.
 */
import { describe, expect, it } from 'vitest';
import { CaseFile, type CaseFileInput } from '../../../shared/case-file';
import { resolveAssumptions } from '../../../shared/programs/assumptions';
import { FOREIGN_NATIONAL_GATE_ID } from '../../../shared/programs/exclusions';
import { PROGRAMS, sourceById } from '../../../shared/programs/index';
import type { Condition } from '../../../shared/programs/types';
import { evaluateCondition } from '../../../shared/rules/conditions';
import { evaluate } from '../../../shared/rules/evaluate';

const AS_OF = '2026-11-29';
const file = (client: Partial<CaseFileInput['client']>) =>
  CaseFile.parse({ format: 'immigration-advisor/case', version: 1, client: { fullName: 'Li Wei', ...client } });

// The K visa's gate: Exit and Entry Administration Law arts. 15, 48 and 89.
const K: Condition = { kind: 'foreign-national', citizens: ['CN'], permanentResidents: ['CN'], for: 'foreign nationals' };
const check = (c: Condition, f: CaseFile, shortName = 'the K visa', country = 'CN') =>
  evaluateCondition(c, {
    file: f,
    asOf: AS_OF,
    program: { country, shortName },
    assumptions: resolveAssumptions({}, AS_OF),
    points: () => null,
    calculator: () => ({ total: 0, breakdown: [], missing: [], sourceIds: [] }),
  });

describe('foreign-national gate', () => {
  it("names the client and the programme: a Chinese citizen cannot use China's K visa", () => {
    expect(check(K, file({ citizenships: ['CN'] }))).toEqual({
      status: 'not-met',
      reason: 'Li Wei is a citizen of China; the K visa is for foreign nationals.',
    });
  });

  it('applies to any of a dual citizen’s citizenships', () => {
    expect(check(K, file({ citizenships: ['IN', 'CN'], permanentResidences: [] })).status).toBe('not-met');
  });

  it('keeps unknown citizenship unknown, asking for it, never reading it as foreign', () => {
    expect(check(K, file({ permanentResidences: [] }))).toEqual({
      status: 'unknown',
      reason: "Li Wei's citizenship is not recorded; the K visa is for foreign nationals.",
      missing: ['client.citizenships'],
    });
  });

  it('excludes a permanent resident (INA § 101(a)(20): a green-card holder needs no H-1B)', () => {
    const h1b: Condition = { kind: 'foreign-national', citizens: ['US'], permanentResidents: ['US'], for: 'foreign nationals' };
    expect(check(h1b, file({ fullName: 'Priya Sharma', citizenships: ['IN'], permanentResidences: ['CA', 'US'] }), 'the H-1B', 'US')).toEqual({
      status: 'not-met',
      reason: 'Priya Sharma holds permanent residence in the United States; permanent residents of the United States do not need the H-1B.',
    });
  });

  it('asks for permanent residence when it is not recorded, and is met once it is recorded as none', () => {
    const open = check(K, file({ citizenships: ['IN'] }));
    expect(open).toMatchObject({ status: 'unknown', missing: ['client.permanentResidences'] });
    expect(open.reason).toBe('Not recorded whether Li Wei holds permanent residence in China; permanent residents of China do not need the K visa.');
    expect(check(K, file({ citizenships: ['IN', 'GB'], permanentResidences: [] }))).toEqual({
      status: 'met',
      reason: 'Li Wei is a citizen of India and the United Kingdom with no permanent residence in China; the K visa is for foreign nationals.',
    });
  });

  it('falls back to "The client" when no name can be shown', () => {
    const f = file({ citizenships: ['CN'] });
    const unnamed = { ...f, client: { ...f.client, fullName: ' ' } };
    expect(check(K, unnamed).reason).toBe('The client is a citizen of China; the K visa is for foreign nationals.');
  });

  it('makes a Korean citizen ineligible for the D-10 (Korean Immigration Act art. 2)', () => {
    const [d10] = evaluate(file({ fullName: 'Kim Min-jun', citizenships: ['KR'], residenceCountry: 'KR' }), ['kr-d10'], { asOf: AS_OF });
    expect(d10?.status).toBe('ineligible');
    expect(d10?.gates.find(g => g.id === FOREIGN_NATIONAL_GATE_ID)?.reason).toBe('Kim Min-jun is a citizen of South Korea; the D-10 visa is for foreign nationals.');
  });

  it('excludes EU citizens from the EU Blue Card (AufenthG § 1(2) no. 1, FreizügG/EU)', () => {
    const [blue] = evaluate(file({ citizenships: ['FR'] }), ['de-blue-card'], { asOf: AS_OF });
    expect(blue?.gates[0]).toMatchObject({ id: FOREIGN_NATIONAL_GATE_ID, status: 'not-met' });
    expect(blue?.gates[0]?.reason).toBe('Li Wei is a citizen of France; the EU Blue Card is for nationals of countries outside the EU and the EEA.');
  });
});

describe('every programme declares who it is not for', () => {
  for (const p of PROGRAMS) {
    it(`${p.id}: a sourced foreign-national gate that excludes ${p.country}'s own citizens`, () => {
      const gates = p.gates.filter(g => 'kind' in g.condition && g.condition.kind === 'foreign-national');
      expect(gates, 'exactly one exclusion gate').toHaveLength(1);
      const [gate] = gates;
      if (!gate || !('kind' in gate.condition) || gate.condition.kind !== 'foreign-national') throw new Error('unreachable');
      expect(gate.id).toBe(FOREIGN_NATIONAL_GATE_ID);
      expect(gate.condition.citizens).toContain(p.country);
      expect(gate.condition.for.trim()).not.toBe('');
      expect(sourceById(gate.sourceId), gate.sourceId).toBeDefined();
      expect(p.shortName.trim()).not.toBe('');
      // The programme's own citizens are ineligible, whatever else the case file says.
      const [a] = evaluate(file({ citizenships: [p.country], permanentResidences: [] }), [p.id], { asOf: AS_OF });
      expect(a?.status).toBe('ineligible');
      expect(a?.gates.find(g => g.id === FOREIGN_NATIONAL_GATE_ID)?.reason).toContain(`is a citizen of`);
    });
  }
});
