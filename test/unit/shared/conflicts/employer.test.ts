import { describe, expect, it } from 'vitest';
import { matchEmployer } from '../../../../shared/conflicts';

describe('matchEmployer', () => {
  it('ignores legal suffixes, case and punctuation', () => {
    expect(matchEmployer('Acme Robotics Inc.', 'ACME Robotics')).toEqual({
      score: 1,
      confidence: 'high',
      reasons: ['Same company name', 'Legal form ignored (Inc / no suffix)'],
    });
    expect(matchEmployer('Tata Consultancy Services Private Limited', 'Tata Consultancy Services Pvt. Ltd.')?.reasons).toEqual([
      'Same company name',
      'Legal form ignored (Private Limited / Pvt Ltd)',
    ]);
    expect(matchEmployer('Siemens AG', 'Siemens GmbH')?.score).toBe(1);
    expect(matchEmployer('Globex LLC', 'Globex Corporation')?.reasons).toContain('Legal form ignored (LLC / Corporation)');
    expect(matchEmployer('S.A. Foods', 'SA Foods Ltd')?.score).toBe(1);
    expect(matchEmployer('The Coca-Cola Company', 'Coca Cola')?.score).toBe(1);
  });

  it('treats & and "and" alike', () => {
    expect(matchEmployer('Johnson & Johnson', 'Johnson and Johnson')).toEqual({ score: 1, confidence: 'high', reasons: ['Same company name'] });
  });

  it('ignores word order and tolerates typos', () => {
    expect(matchEmployer('Robotics Acme Ltd', 'Acme Robotics')?.reasons).toContain('Same words in a different order');
    // JW(microsft, microsoft) = 0.978 → 0.878
    expect(matchEmployer('Microsft Corp', 'Microsoft')).toMatchObject({
      score: 0.878,
      confidence: 'medium',
      reasons: ['Similar spelling (Microsft / Microsoft, 0.98)', 'Legal form ignored (Corp / no suffix)'],
    });
  });

  it('matches an acronym against initials', () => {
    expect(matchEmployer('TCS', 'Tata Consultancy Services Ltd')).toEqual({
      score: 0.85,
      confidence: 'medium',
      reasons: ['Acronym: TCS / Tata Consultancy Services'],
    });
    expect(matchEmployer('Indian Institute of Technology', 'IIT')?.score).toBe(0.85);
  });

  it('reports one name inside the other with low confidence', () => {
    // 1 / (1 + 0.25) = 0.8
    expect(matchEmployer('Acme', 'Acme Robotics')).toMatchObject({ score: 0.8, confidence: 'low', reasons: ['Extra word on one side (Robotics)'] });
  });

  it('returns null for different companies, even sharing a generic word', () => {
    expect(matchEmployer('Google LLC', 'Microsoft Corporation')).toBeNull();
    expect(matchEmployer('Acme Robotics', 'Apex Robotics')).toBeNull();
    expect(matchEmployer('', 'Acme')).toBeNull();
  });
});
