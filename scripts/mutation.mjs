// `npm run mutation [-- --mutate <glob>[,<glob>]]`: Stryker once per group in stryker.config.mjs whose
// files the globs name (all groups when none are given); other Stryker options pass through.
import { spawnSync } from 'node:child_process';

/** Each group of stryker.config.mjs, by the folder its files are in. */
const GROUPS = {
  calculators: ['shared/rules/points/', 'shared/rules/language/'],
  rules: ['shared/rules/'],
  tables: ['shared/programs/'],
  electron: ['electron/'],
};
/** The group a glob belongs to: the first whose folder it is under (calculators before rules). */
const groupOf = glob => Object.keys(GROUPS).find(group => GROUPS[group].some(folder => glob.startsWith(folder)));
const args = process.argv.slice(2);
const at = args.indexOf('--mutate');
const globs = at >= 0 ? (args[at + 1] ?? '').split(',').filter(Boolean) : null;
const others = at >= 0 ? args.filter((_, i) => i !== at && i !== at + 1) : args;
const inGroup = group => (globs ?? []).filter(glob => groupOf(glob) === group);

const groups = Object.keys(GROUPS).filter(group => globs === null || inGroup(group).length > 0);
if (groups.length === 0) {
  console.error(`--mutate must name files under ${Object.values(GROUPS).flat().join(', ')}.`);
  process.exit(2);
}
for (const group of groups) {
  const mutate = globs === null ? [] : ['--mutate', inGroup(group).join(',')];
  console.log(`Mutation testing: ${group} group`);
  const run = spawnSync('npx', ['stryker', 'run', 'stryker.config.mjs', ...mutate, ...others], {
    stdio: 'inherit',
    env: { ...process.env, MUTATION_GROUP: group },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
