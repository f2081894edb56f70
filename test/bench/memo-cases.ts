/**
 * The memos `npm run bench` renders: Priya compared on three routes, about ten pages, with the
 * client's other names chosen per case so each needs a different set of fonts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CaseFile } from '../../shared/case-file';
import { buildMemo } from '../../shared/memo/build';
import { DEFAULT_DISCLAIMERS } from '../../shared/memo/disclaimers';
import type { MemoDocument } from '../../shared/memo/types';
import { resolveAssumptions } from '../../shared/programs/assumptions';
import { RULES_VERSION } from '../../shared/programs/index';
import { evaluate } from '../../shared/rules/evaluate';

/** The fonts the app ships, as the renderer is given them. */
export const FONTS_DIR = fileURLToPath(new URL('../../resources/fonts/', import.meta.url));

const priya = CaseFile.parse(JSON.parse(readFileSync(new URL('../fixtures/priya-sharma.case.json', import.meta.url), 'utf8')));

/** The client's other names in Devanagari, Chinese and Korean: a memo that needs every font. */
export const OTHER_SCRIPTS: readonly string[] = ['प्रिया शर्मा', '李伟', '한국'];

/** The bench memo with the client's other names set to `otherNames` (none: Latin text only). */
export function benchMemo(otherNames: readonly string[]): MemoDocument {
  const caseFile = CaseFile.parse({ ...priya, client: { ...priya.client, otherNames } });
  const programIds = ['us-h1b', 'cn-k', 'de-blue-card'];
  const assumptions = resolveAssumptions({}, '2026-11-29');
  return buildMemo({
    snapshot: {
      id: 'bench', caseId: 'bench', createdAt: '2026-11-29T12:00:00.000Z', actor: 'bench', rulesVersion: RULES_VERSION, asOf: '2026-11-29',
      currency: 'USD', programIds, assumptions, recommendation: { programId: 'cn-k', rationale: 'Fastest start.' }, whatIf: [],
      stale: false, staleChanges: [], olderVersion: null, ranks: null, caseFile, results: evaluate(caseFile, programIds, { asOf: '2026-11-29', assumptions, currency: 'USD' }),
    },
    firm: { name: 'Harbor & Pike LLP', address: '100 Main Street\nBoston, MA 02110', attorneyName: 'Ann Attorney', barAdmission: 'Massachusetts', logo: null, paper: 'a4', disclaimers: DEFAULT_DISCLAIMERS },
    engagement: 'engaged',
    date: '2026-11-29',
    reference: '2026-0001',
  });
}
