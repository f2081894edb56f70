/**
 * Every fact the engine can ask for has a field and a plain-English name. All 24 programmes are
 * evaluated over the fixtures and over sparse and partial case files made from them (each fact
 * removed in turn, an empty file, a married client with nothing about the spouse); every path the
 * engine reports missing (gates and points) must then (a) have its own label in
 * shared/rules/fact-labels.ts, reading as words, not as a field path, and (b) lead "Still missing"
 * to a control that the intake really renders for that case file, on the step the link opens.
 */
import { render } from '@testing-library/react';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldTarget } from '../../renderer/features/intake/targets';
import { AllSections } from '../../renderer/features/intake/sections';
import { stepOfTarget } from '../../renderer/features/intake/steps';
import { IntakeContext } from '../../renderer/features/intake/use-intake-form';
import { CaseFile } from '../../shared/case-file';
import { PROGRAM_IDS } from '../../shared/programs/index';
import { evaluate } from '../../shared/rules/evaluate';
import { factLabel, isLabelledFact } from '../../shared/rules/fact-labels';
import { fixturePath, loadFixture } from '../fixtures';

const AS_OF = '2026-11-29';
type Json = Record<string, unknown>;

/** The case files to assess: every fixture, then each with one fact removed, and a few sparse ones. */
function caseFiles(): CaseFile[] {
  const dir = fixturePath('programs');
  const bases: Json[] = [
    loadFixture('priya-sharma.case.json'),
    loadFixture('li-wei-minimal.case.json'),
    ...readdirSync(dir).flatMap(f => (JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as { cases: { caseFile: Json }[] }).cases.map(c => c.caseFile)),
  ];
  const empty = { format: 'immigration-advisor/case', version: 1, client: { fullName: 'Li Wei' } };
  const married = { fullName: 'Li Wei', maritalStatus: 'married' };
  const variants: Json[] = [
    empty,
    { ...empty, client: married },
    { ...empty, client: married, spouse: {} },
    // Facts recorded in part: a currency with no exchange rate, a JLPT without its level, a
    // registration without its years, degrees without their fields, a US offer with no details.
    { ...empty, jobOffer: { country: 'NZ', annualSalary: { amount: 1, currency: 'ARS' } }, funds: { amount: 1, currency: 'ARS' } },
    { ...empty, languages: [{ language: 'ja', test: 'JLPT' }], registrations: [{ country: 'NZ' }] },
    { ...empty, education: [{ level: 'master', completed: '2020-01' }, { level: 'doctorate', completed: '2023-01' }], jobOffer: { country: 'US' } },
  ];
  for (const base of bases) {
    variants.push(base);
    for (const path of leafPaths(base)) variants.push(without(base, path));
  }
  const seen = new Set<string>();
  const files: CaseFile[] = [];
  // Smallest first, so each missing fact is shown on the sparsest file that asks for it.
  variants.sort((a, b) => JSON.stringify(a).length - JSON.stringify(b).length);
  for (const v of variants) {
    const key = JSON.stringify(v);
    if (seen.has(key)) continue;
    seen.add(key);
    const parsed = CaseFile.safeParse(v);
    if (parsed.success) files.push(parsed.data);
  }
  return files;
}

/** Every key path in a case file, objects and list entries included (`education.0.stem`). */
function leafPaths(node: unknown, prefix: string[] = []): string[][] {
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node as Json).flatMap(([k, v]) => [[...prefix, k], ...leafPaths(v, [...prefix, k])]);
}

/** A deep copy of `node` with the key at `path` removed (the fact becomes unknown). */
function without(node: Json, path: string[]): Json {
  const copy = structuredClone(node);
  let cur: unknown = copy;
  for (const k of path.slice(0, -1)) cur = (cur as Json)[k];
  const last = path.at(-1) ?? '';
  if (Array.isArray(cur)) cur.splice(Number(last), 1);
  else Reflect.deleteProperty(cur as Json, last);
  return copy;
}

/** Each missing path the engine reports, with the first case file that produced it. */
function missingPaths(): Map<string, CaseFile> {
  const found = new Map<string, CaseFile>();
  for (const file of caseFiles()) {
    for (const a of evaluate(file, PROGRAM_IDS, { asOf: AS_OF })) {
      const paths = [...a.gates.flatMap(g => g.missing ?? []), ...(a.points?.missing ?? [])];
      for (const p of paths) if (!found.has(p)) found.set(p, file);
    }
  }
  return found;
}

/** The whole intake, showing `file` as its draft. */
function Intake({ file }: { file: CaseFile }) {
  return (
    <IntakeContext.Provider value={{ draft: file as unknown as Json, set: () => undefined, errors: new Map() }}>
      <AllSections />
    </IntakeContext.Provider>
  );
}

const missing = missingPaths();
/** The paths grouped by the case file that produced them, so the intake renders once per file. */
const byFile = new Map<CaseFile, string[]>();
for (const [path, file] of missing) byFile.set(file, [...(byFile.get(file) ?? []), path]);

describe('every fact the engine asks for', () => {
  it('was found across the programmes (the search itself works)', () => {
    // A sanity floor: the sparse files must make the engine ask for many different facts.
    expect(missing.size).toBeGreaterThan(30);
    expect([...missing.keys()]).toEqual(expect.arrayContaining(['client.permanentResidences', 'client.citizenships', 'jobOffer.country']));
  });

  for (const [file, paths] of byFile) {
    it(`${paths.join(', ')}: each has a plain-English label and an intake field`, () => {
      render(<Intake file={file} />);
      for (const path of paths) {
        const label = factLabel(path, file);
        expect
          .soft(
            isLabelledFact(path, file),
            `The engine reports "${path}" missing, but shared/rules/fact-labels.ts has no label for it (it would read "${label}"). Add one in plain English.`,
          )
          .toBe(true);
        expect.soft(label, `The label of "${path}" shows field-path syntax: "${label}"`).not.toMatch(/[[\]·]/);
        for (const s of path.split(/[.[\]]/).filter(x => /[a-z][A-Z]/.test(x))) {
          expect.soft(label, `The label of "${path}" shows the field name "${s}"`).not.toContain(s);
        }
        const target = fieldTarget(path, file);
        expect
          .soft(
            document.getElementById(target),
            `"Still missing" links "${label}" (${path}) to #${target}, which the intake does not render for this case file. Add the field to renderer/features/intake (sections.tsx, entries.tsx) or map the path in renderer/features/intake/targets.ts.`,
          )
          .not.toBeNull();
        const step = document.getElementById(target)?.closest('section.intake-section')?.id;
        expect.soft(step, `"Still missing" opens the ${stepOfTarget(target)} step for ${path}, but #${target} is on ${String(step)}. Map it in renderer/features/intake/steps.ts.`).toBe(`section-${stepOfTarget(target)}`);
      }
    });
  }
});
