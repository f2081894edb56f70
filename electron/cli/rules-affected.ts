/**
 * `rules affected [--open] [--json]`: the cases whose saved comparisons the firm's figures (the
 * applied pack and the firm's own) now answer differently, through the same `rules:affected` as the
 * app's "Affected by rule changes" view, with the ids `memo --snapshot` takes.
 */
import type { AffectedCase } from '../../shared/contract';
import type { Advisor } from '../advisor';
import { call } from '../dispatcher';
import type { Out } from './cases';
import { EXIT, failSafely } from './errors';
import { terminalJson, terminalText } from './table';

const savedAt = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;

function caseLines(k: AffectedCase): string[] {
  return [
    `${k.reference}  ${terminalText(k.clientName)} (${k.status})`,
    ...k.comparisons.flatMap(c => [
      `  comparison ${c.snapshotId}, saved ${savedAt(c.createdAt)} UTC, as of ${c.asOf}: ${terminalText(c.routes.join(', '))}`,
      ...(c.rulesChange ? [`    ${terminalText(c.rulesChange)}`] : []),
      ...c.changes.map(r => `    ${terminalText(r.route)}: ${terminalText(r.lines.join('; '))}`),
    ]),
  ];
}

export async function listAffected(advisor: Advisor, options: { openOnly: boolean; json: boolean }, out: Out): Promise<number> {
  const result = await call(advisor.dispatch, 'rules:affected', { openOnly: options.openOnly });
  if (!result.ok) failSafely(result.error);
  const { cases } = result.value;
  if (options.json) {
    out(terminalJson(result.value));
    return EXIT.ok;
  }
  const which = options.openOnly ? 'open case' : 'case';
  if (cases.length === 0) {
    out(`No saved comparison of any ${which} would come out differently with the firm’s figures today.`);
    return EXIT.ok;
  }
  out(`${String(cases.length)} ${which}${cases.length === 1 ? '' : 's'} with saved comparisons the firm’s figures now answer differently:`);
  out(['', ...cases.flatMap(k => [...caseLines(k), ''])].join('\n'));
  out('compare CASE --programs … --save makes a fresh comparison (the old one is kept); the app does it in one click under Affected by rule changes.');
  return EXIT.ok;
}
