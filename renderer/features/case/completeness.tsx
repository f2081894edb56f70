import { useMemo } from 'react';
import type { CaseFile } from '../../../shared/case-file';
import type { Catalogue } from '../../../shared/programs/index';
import { defaultProgramIds } from '../../../shared/rules/defaults';
import { evaluate } from '../../../shared/rules/evaluate';
import { factLabel } from '../../../shared/rules/fact-labels';
import { goToField } from '../intake/steps';
import { fieldTarget } from '../intake/targets';
import { useCatalogue } from '../../lib/use-catalogue';

type Missing = { path: string; label: string; target: string; programs: string[] };

/**
 * The facts still missing for the client's target programmes, taken from the engine's needs-info
 * gates and from odds that wait on a fact (the offer's wage level), each with the control it is
 * entered in, named as the memo names it. Judgement questions are not listed: no fact answers them.
 */
export function missingFacts(caseFile: CaseFile, asOf: string | undefined, catalogue: Catalogue): Missing[] {
  const byPath = new Map<string, Missing>();
  const ids = defaultProgramIds(caseFile);
  for (const a of evaluate(caseFile, ids, { asOf: asOf ?? new Date().toISOString().slice(0, 10) }, catalogue)) {
    const gatePaths = a.gates.filter(g => g.status === 'unknown' && !g.judgement).flatMap(g => g.missing ?? []);
    // The odds can wait on a fact too (the offer's wage level): asked for like any other.
    const oddsPaths = a.odds.kind === 'unknown' ? a.odds.missing : [];
    for (const path of [...gatePaths, ...oddsPaths]) {
      const entry = byPath.get(path) ?? { path, label: factLabel(path, caseFile), target: fieldTarget(path, caseFile), programs: [] };
      const name = catalogue.programById(a.programId)?.name ?? a.programId;
      if (!entry.programs.includes(name)) entry.programs.push(name);
      byPath.set(path, entry);
    }
  }
  return [...byPath.values()];
}

/** What is still missing, each a link that opens the intake step of its field and focuses it. */
export function CompletenessPanel({ caseFile, asOf }: { caseFile: CaseFile; /** Defaults to today. */ asOf?: string }) {
  const catalogue = useCatalogue();
  const missing = useMemo(() => missingFacts(caseFile, asOf, catalogue), [caseFile, asOf, catalogue]);

  return (
    <section className="panel" aria-labelledby="completeness-title">
      <h2 id="completeness-title">Still missing</h2>
      {missing.length === 0 ? (
        <p>Nothing the target programmes need is missing.</p>
      ) : (
        <ul className="missing">
          {missing.map(m => (
            <li key={m.path}>
              <a
                href={`#${m.target}`}
                onClick={e => {
                  e.preventDefault();
                  goToField(m.target);
                }}
              >
                {m.label}
              </a>
              <span className="for"> for {m.programs.slice(0, 3).join(', ')}{m.programs.length > 3 ? ` and ${String(m.programs.length - 3)} more` : ''}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
