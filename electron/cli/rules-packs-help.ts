/** The rule pack commands' entries in the command table (commands.ts), kept beside their own file. */
import type { CommandSpec } from './commands';

const json = (help: string) => ({ type: 'boolean', help }) as const;

export const RULES_PACK_COMMANDS: readonly CommandSpec[] = [
  {
    name: 'rules verify',
    args: 'FILE',
    count: { min: 1, max: 1 },
    about:
      'check a rule pack file: signed by the publisher’s key, unchanged since, well formed, its data set\n' +
      'matching its content hash; then say whether this firm could apply it (newer than the rules in\n' +
      'use, every figure the rules need). A refused pack exits 2, naming what is wrong',
    options: { json: json('machine-readable output') },
  },
  {
    name: 'rules diff',
    args: 'FILE',
    count: { min: 1, max: 1 },
    about:
      'what a verified rule pack would change, before anything changes: figure by figure, old → new, with\n' +
      'values, dates and sources; new figures and programmes; the saved comparisons and open cases it\n' +
      'may affect',
    options: { json: json('the whole difference as JSON, with fact ids') },
  },
  {
    name: 'rules apply',
    args: 'FILE',
    count: { min: 1, max: 1 },
    about:
      'verify a rule pack, print its difference, and apply it: its data set replaces the rules in use,\n' +
      'which are kept for rollback. Refused, changing nothing, if it is not newer than the rules in use\n' +
      'or lacks a figure the rules need',
    options: { json: json('what was applied, and the difference, as JSON') },
  },
  {
    name: 'rules rollback',
    args: '',
    count: { min: 0, max: 0 },
    about: 'restore the rules in use before the last pack was applied, exactly (one step back)',
    options: { json: json('what was rolled back and restored, as JSON') },
  },
];
