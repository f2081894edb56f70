// Every programme in the catalogue has a costed scenario in this folder, so a new programme without
// line-by-line fee tests fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { PROGRAM_IDS } from '../../../../shared/programs/index';

it('every programme has a costed scenario asserting its fee lines', () => {
  const dir = import.meta.dirname;
  const text = readdirSync(dir).filter(f => f.endsWith('.test.ts')).map(f => readFileSync(join(dir, f), 'utf8')).join('\n');
  const costed = new Set([...text.matchAll(/costsOf\('([a-z0-9-]+)'/g)].map(m => m[1]));
  expect(PROGRAM_IDS.filter(id => !costed.has(id))).toEqual([]);
});
