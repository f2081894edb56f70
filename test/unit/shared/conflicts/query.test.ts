// What a case file is conflict-checked by, shared by the app's conflict panel and the CLI's import.
import { describe, expect, it } from 'vitest';
import { CaseFile } from '../../../../shared/case-file';
import { conflictQueryFor } from '../../../../shared/conflicts/query';
import { contract } from '../../../../shared/contract';
import { loadFixture } from '../../../fixtures';

describe('conflictQueryFor', () => {
  it('takes the client’s names and date of birth and the employers of the offer and work history, once each', () => {
    const priya = CaseFile.parse(loadFixture('priya-sharma.case.json'));
    const query = conflictQueryFor(priya);
    expect(query.fullName).toBe('Priya Sharma');
    expect(query.dateOfBirth).toBe('1998-04-12');
    expect(query.otherNames).toEqual(priya.client.otherNames ?? []);
    expect(new Set(query.employers).size).toBe(query.employers.length);
    expect(query.employers).toContain('Acme Robotics');
  });

  it('stays within what conflicts:check accepts, however long the history', () => {
    const base = CaseFile.parse(loadFixture('li-wei-minimal.case.json'));
    const many = CaseFile.parse({
      ...loadFixture('li-wei-minimal.case.json'),
      client: { ...base.client, otherNames: Array.from({ length: 30 }, (_, i) => `Alias ${String(i)}`) },
      work: Array.from({ length: 30 }, (_, i) => ({ employer: `Employer ${String(i)}` })),
    });
    const query = conflictQueryFor(many);
    expect(query.otherNames).toHaveLength(20);
    expect(query.employers).toHaveLength(20);
    expect(contract['conflicts:check'].input.safeParse(query).success).toBe(true);
  });
});
