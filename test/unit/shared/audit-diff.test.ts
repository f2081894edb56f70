import { describe, expect, it } from 'vitest';
import { diffFields, sameValue } from '../../../shared/audit-diff';

describe('diffFields', () => {
  it('names changed leaves by path and omits unchanged fields', () => {
    const before = { client: { fullName: 'Li Wei', email: 'li@example.com', phone: '+86 1' }, notes: 'a' };
    const after = { client: { fullName: 'Li Wei', email: 'wei@example.com', phone: '+86 1' }, notes: 'a' };
    expect(diffFields(before, after)).toEqual([{ field: 'client.email', before: 'li@example.com', after: 'wei@example.com' }]);
  });

  it('compares arrays of records by index: education[1].level', () => {
    const before = { education: [{ level: 'bachelor', field: 'CS' }, { level: 'bachelor', field: 'CS' }] };
    const after = { education: [{ level: 'bachelor', field: 'CS' }, { level: 'master', field: 'CS' }] };
    expect(diffFields(before, after)).toEqual([{ field: 'education[1].level', before: 'bachelor', after: 'master' }]);
  });

  it('shows an added or removed entry leaf by leaf, unknown on the missing side', () => {
    const one = { work: [{ employer: 'Acme' }] };
    const two = { work: [{ employer: 'Acme' }, { employer: 'Initech', hoursPerWeek: 40 }] };
    expect(diffFields(one, two)).toEqual([
      { field: 'work[1].employer', before: null, after: 'Initech' },
      { field: 'work[1].hoursPerWeek', before: null, after: 40 },
    ]);
    expect(diffFields(two, { work: [] })).toEqual([
      { field: 'work[0].employer', before: 'Acme', after: null },
      { field: 'work[1].employer', before: 'Initech', after: null },
      { field: 'work[1].hoursPerWeek', before: 40, after: null },
    ]);
  });

  it('treats a list of plain values as one value', () => {
    expect(diffFields({ client: { otherNames: ['李伟'] } }, { client: { otherNames: ['李伟', '李偉'] } })).toEqual([
      { field: 'client.otherNames', before: ['李伟'], after: ['李伟', '李偉'] },
    ]);
  });

  it('counts absent and null as the same unknown, but a record that appears empty as a change', () => {
    expect(diffFields({ client: { email: null } }, { client: {} })).toEqual([]);
    expect(diffFields({ spouse: null }, { spouse: {} })).toEqual([{ field: 'spouse', before: null, after: {} }]);
    expect(diffFields({ children: null }, { children: [{}] })).toEqual([{ field: 'children[0]', before: null, after: {} }]);
    expect(diffFields({ children: [] }, { children: null })).toEqual([{ field: 'children', before: [], after: null }]);
  });

  it('ignores key order, and lists every known leaf of a new record as after-only', () => {
    expect(diffFields({ a: 1, b: { c: 2 } }, { b: { c: 2 }, a: 1 })).toEqual([]);
    expect(diffFields(null, { client: { fullName: 'Priya Sharma', dateOfBirth: null }, funds: { amount: 1, currency: 'USD' } })).toEqual([
      { field: 'client.fullName', before: null, after: 'Priya Sharma' },
      { field: 'funds.amount', before: null, after: 1 },
      { field: 'funds.currency', before: null, after: 'USD' },
    ]);
  });

  it('reports a change of kind (a value becoming a record) whole', () => {
    expect(diffFields({ x: 'text' }, { x: { y: 1 } })).toEqual([{ field: 'x', before: 'text', after: { y: 1 } }]);
  });
});

describe('sameValue', () => {
  it('is deep, order-sensitive for arrays, and blind to null versus absent', () => {
    expect(sameValue({ a: [1, 2], b: null }, { a: [1, 2] })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue(0, null)).toBe(false);
    expect(sameValue('', null)).toBe(false);
  });
});
