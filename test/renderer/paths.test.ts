import { describe, expect, it } from 'vitest';
import { fieldId, getPath, parsePath, setPath } from '../../renderer/features/intake/paths';

describe('draft paths', () => {
  it('parses the same paths the schema, the engine and the audit trail use', () => {
    expect(parsePath('education[1].level')).toEqual(['education', 1, 'level']);
    expect(parsePath('spouse.languages[0].speaking')).toEqual(['spouse', 'languages', 0, 'speaking']);
  });

  it('reads and writes immutably, creating objects and arrays on the way', () => {
    const d = { client: { fullName: 'A' } };
    const e = setPath(d, 'education[0].level', 'master');
    expect(e).toEqual({ client: { fullName: 'A' }, education: [{ level: 'master' }] });
    expect(d).toEqual({ client: { fullName: 'A' } });
    expect(getPath(e, 'education[0].level')).toBe('master');
    expect(getPath(e, 'work[3].employer')).toBeUndefined();
  });

  it('removes a key when set to undefined (unknown), but keeps an explicit null', () => {
    const d = { client: { fullName: 'A', email: 'a@b.c' }, jobOffer: {} };
    expect(setPath(d, 'client.email', undefined)).toEqual({ client: { fullName: 'A' }, jobOffer: {} });
    expect(setPath(d, 'jobOffer', null)).toEqual({ client: { fullName: 'A', email: 'a@b.c' }, jobOffer: null });
  });

  it('makes DOM ids from paths', () => {
    expect(fieldId('education[1].level')).toBe('f-education-1-level');
  });
});
