/**
 * The case a command names, as a person types it: the matter number (`2026-0001`) or the case id.
 */
import type { CaseSummary } from '../../shared/contract';
import type { Advisor } from '../advisor';
import { call } from '../dispatcher';
import { CliError, EXIT, fail } from './errors';
import { terminalText } from './table';

/** The case `typed` names, through `cases:find`; an unknown one exits 2, naming what was typed. */
export async function resolveCase(advisor: Advisor, typed: string): Promise<CaseSummary> {
  const found = await call(advisor.dispatch, 'cases:find', { ref: typed });
  if (found.ok) return found.value;
  if (found.error.code === 'not-found' || found.error.code === 'bad-input') {
    throw new CliError(terminalText(`There is no case "${typed}". Give its matter number (like 2026-0001) or its case id; list shows both.`), EXIT.badInput);
  }
  return fail(found.error);
}
