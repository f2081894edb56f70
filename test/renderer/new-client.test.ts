import { describe, expect, it } from 'vitest';
import { draftToCaseFile, EMPTY_DRAFT, fieldForPath, validateDraft } from '../../renderer/features/intake/new-client';

describe('new client draft', () => {
  it('leaves blank fields out (unknown), never as empty strings', () => {
    expect(draftToCaseFile({ ...EMPTY_DRAFT, fullName: '  Li Wei ', otherNames: '\n李伟\n\n', notes: ' ' })).toEqual({
      format: 'immigration-advisor/case',
      version: 1,
      client: { fullName: 'Li Wei', otherNames: ['李伟'] },
    });
  });

  it('maps case-file paths, from the schema or the main process, to form fields', () => {
    expect(fieldForPath('client.fullName')).toBe('fullName');
    expect(fieldForPath('caseFile.client.email')).toBe('email');
    expect(fieldForPath('client.otherNames[2]')).toBe('otherNames');
    expect(fieldForPath('client.citizenships[0]')).toBe('citizenship');
    expect(fieldForPath('client.citizenships[1]')).toBe('secondCitizenship');
    expect(fieldForPath('notes')).toBe('notes');
    expect(fieldForPath('education[0].level')).toBeUndefined();
  });

  it('validates with the case-file schema itself', () => {
    expect(validateDraft({ ...EMPTY_DRAFT, fullName: 'A', dateOfBirth: '12/04/1998' })).toEqual({
      dateOfBirth: 'Enter a real date, such as 3 December 2026 or 2026-12-03.',
    });
    expect(validateDraft({ ...EMPTY_DRAFT, fullName: 'A', citizenship: 'IN' })).toEqual({});
  });

  it('says what is wrong with a well-formed value instead of asking for one: too long, out of range, after today', () => {
    const today = '2026-11-29';
    expect(validateDraft({ ...EMPTY_DRAFT, fullName: 'a'.repeat(301), dateOfBirth: '2026-11-30' }, today)).toEqual({
      fullName: 'At most 300 characters.',
      dateOfBirth: 'Must not be after today (29 November 2026).',
    });
    expect(validateDraft({ ...EMPTY_DRAFT, fullName: 'A', dateOfBirth: '1899-12-31' }, today)).toEqual({
      dateOfBirth: 'Enter a year from 1900 to 2100.',
    });
    expect(validateDraft({ ...EMPTY_DRAFT, fullName: 'A', dateOfBirth: today }, today)).toEqual({});
  });
});
