/**
 * The single figures beside the points grids (pass marks, thresholds, the entry gate, the median
 * wage), transcribed by hand from the sources each one cites. The grids themselves are checked cell
 * by cell against official/ by the *-official tests; these figures are read by the programme gates,
 * so no points test would notice a wrong one. (Found by the mutation run, issue 19.)
 */
import { describe, expect, it } from 'vitest';
import { CLB_TABLES, CRS_ARRANGED_EMPLOYMENT, CRS_HIGH_WAGE_OCCUPATION } from '../../../../shared/programs/ca-points-tables';
import { DE_OC_ENGLISH_MIN, DE_OC_ENTRY_GATE, DE_OC_PASS_MARK } from '../../../../shared/programs/de-points-tables';
import { JP_HSP_MIN_SALARY, JP_HSP_THRESHOLDS } from '../../../../shared/programs/jp-points-tables';
import {
  NZ_ANNUAL_HOURS,
  NZ_MEDIAN_WAGE,
  NZ_SMC_CHANGE_DATE,
  NZ_SMC_EXPERIENCE,
  NZ_SMC_PASS_MARK,
  NZ_SMC_QUALIFICATION,
  NZ_SMC_SKILL_MAX,
} from '../../../../shared/programs/nz-points-tables';

describe('figures beside the points grids, as published', () => {
  it('Japan HSP: 70 points qualify; 80 points open permanent residence after one year; category (ii) needs JPY 3 million', () => {
    expect(JP_HSP_THRESHOLDS.hsp).toEqual({ value: 70, sourceId: 'jp-hsp-isa-table' });
    expect(JP_HSP_THRESHOLDS.fastPermanentResidence).toEqual({ value: 80, sourceId: 'jp-hsp-pr-thresholds' });
    expect(JP_HSP_MIN_SALARY).toEqual({ value: { amount: 3_000_000, currency: 'JPY' }, sourceId: 'jp-hsp-min-salary' });
  });

  it('New Zealand SMC: 6 points pass, at most 6 from one skill; experience 1 a year, at most 3, within 5 years', () => {
    expect(NZ_SMC_PASS_MARK).toEqual({ value: 6, sourceId: 'nz-smc-sr325' });
    expect(NZ_SMC_SKILL_MAX).toEqual({ value: 6, sourceId: 'nz-smc-sr325' });
    expect(NZ_SMC_EXPERIENCE.pointsPerYear.points).toBe(1);
    expect(NZ_SMC_EXPERIENCE.maxPoints.points).toBe(3);
    expect(NZ_SMC_EXPERIENCE.withinYears).toEqual({ value: 5, sourceId: 'nz-smc-experience-window' });
    expect(NZ_SMC_CHANGE_DATE.value).toBe('2026-08-24');
  });

  it('New Zealand SMC qualifications: doctorate 6, master 5, bachelor 3; a professional degree and two degrees count at the bachelor step', () => {
    const points = Object.fromEntries(Object.entries(NZ_SMC_QUALIFICATION).map(([level, row]) => [level, row.points]));
    expect(points).toEqual({ doctorate: 6, master: 5, professional: 3, 'two-or-more': 3, bachelor: 3 });
    for (const row of Object.values(NZ_SMC_QUALIFICATION)) expect(row.sourceId).toBe('nz-smc-sr325');
  });

  it('New Zealand median wage NZD 33.56 an hour, compared with a salary over 40 hours × 52 weeks', () => {
    expect(NZ_MEDIAN_WAGE.value).toEqual({ amount: 33.56, currency: 'NZD', per: 'hour' });
    expect(NZ_ANNUAL_HOURS.value).toBe(2080);
  });

  it('Germany Opportunity Card: 6 points pass; entry needs German A1 or English B2 and a degree or two-year training; English C1 earns its point', () => {
    expect(DE_OC_PASS_MARK).toEqual({ value: 6, sourceId: 'de-oc-annex-table' });
    expect(DE_OC_ENTRY_GATE).toEqual({ qualification: 'diploma-2yr', german: 'A1', english: 'B2', sourceId: 'de-oc-entry-requirements' });
    expect(DE_OC_ENGLISH_MIN.value).toBe('C1');
  });

  it('Canada: arranged employment earns 0 CRS points since 2025-03-25; the high-wage factor is unknown, with its reason', () => {
    expect(CRS_ARRANGED_EMPLOYMENT.value).toBe(0);
    expect(CRS_ARRANGED_EMPLOYMENT.sourceId).toBe('ca-pts-ee-mi');
    expect(CRS_HIGH_WAGE_OCCUPATION.value).toBeNull();
    expect('unknown' in CRS_HIGH_WAGE_OCCUPATION && CRS_HIGH_WAGE_OCCUPATION.unknown).toMatch(/no source states the points/);
  });

  it('Canada: the English tests convert on English charts, TEF and TCF on French ones', () => {
    const languages = Object.fromEntries(Object.entries(CLB_TABLES).map(([test, tables]) => [test, [...new Set(tables.map(t => t.language))]]));
    expect(languages).toEqual({ 'IELTS-GT': ['en'], 'CELPIP-G': ['en'], 'PTE-Core': ['en'], TEF: ['fr'], TCF: ['fr'] });
  });
});
