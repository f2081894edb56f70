// Every US fee line, payer and currency for a costed client of each programme, optional lines included.
// Figures transcribed 2026-12-03 from:
// - USCIS fee schedule G-1055 (fee rule of 2024-04-01): https://www.uscis.gov/g-1055
//   H-1B registration $215; I-129 H-1B $780 (26+ FTE) / $460 (25 or fewer, or nonprofit); I-129 L $1,385 / $695;
//   I-129 O $1,055 / $530; I-140 $715; Asylum Program Fee $600 / $300 (small) / $0 (nonprofit);
//   I-485 $1,440; I-765 filed with a pending I-485 $260.
// - H-1B and L fees for Form I-129 (ACWIA $1,500 / $750; Fraud $500; Public Law 114-113 $4,000 H-1B, $4,500 L):
//   https://www.uscis.gov/forms/all-forms/h-and-l-filing-fees-for-form-i-129-petition-for-a-nonimmigrant-worker
// - Premium processing (I-907) $2,965 from 2026-03-01: https://www.uscis.gov/forms/all-forms/how-do-i-request-premium-processing
// - Proclamation payment $100,000 for new H-1B petitions for workers abroad: https://www.uscis.gov/newsroom/alerts/h-1b-specialty-occupations
import { describe, expect, it } from 'vitest';
import { conditionalFee, costsOf, fee, unknownFee } from './costed';

describe('US fees, line by line', () => {
  it('H-1B, large employer, change of status: registration, I-129, ACWIA, fraud, asylum; premium optional', () => {
    const c = costsOf('us-h1b', 'F-1 STEM OPT graduate, large employer, change of status inside the US (no $100k)', 'USD');
    expect(c.items).toEqual([
      fee('Cap registration', 215, 'USD', 'employer'),
      fee('I-129', 780, 'USD', 'employer'),
      fee('ACWIA', 1500, 'USD', 'employer'),
      fee('Fraud Prevention', 500, 'USD', 'employer'),
      fee('Asylum Program Fee', 600, 'USD', 'employer'),
      fee('Premium processing (I-907)', 2965, 'USD', 'employer', true),
    ]);
    expect(c.unknown).toEqual([]);
    expect(c.conditional).toEqual([]);
    expect(c.totals).toEqual({ applicant: 0, employer: 215 + 780 + 1500 + 500 + 600 });
  });

  it('H-1B for a worker abroad: the $100,000 payment beside the totals when unsettled, inside them when assumed', () => {
    const unsettled = costsOf('us-h1b', "Same engineer by default on 2026-11-29, past the proclamation's 12-month term: $100k conditional, not in the total", 'USD');
    expect(unsettled.conditional).toEqual([conditionalFee('Proclamation payment', 100_000, 'USD', 'employer')]);
    expect(unsettled.totals.employer).toBe(3595);
    const assumed = costsOf('us-h1b', 'Engineer in China, new petition for a worker abroad, payment assumed to apply: $100k charged', 'USD');
    expect(assumed.items).toContainEqual(fee('Proclamation payment', 100_000, 'USD', 'employer'));
    expect(assumed.totals.employer).toBe(103_595);
  });

  it('H-1B, H-1B-dependent employer: every line of the large-employer case plus the Public Law 114-113 fee of $4,000', () => {
    const c = costsOf('us-h1b', 'H-1B dependent IT consultancy, beneficiary inside the US', 'USD');
    expect(c.items).toEqual([
      fee('Cap registration', 215, 'USD', 'employer'),
      fee('I-129', 780, 'USD', 'employer'),
      fee('ACWIA', 1500, 'USD', 'employer'),
      fee('Fraud Prevention', 500, 'USD', 'employer'),
      fee('Public Law 114-113', 4000, 'USD', 'employer'),
      fee('Asylum Program Fee', 600, 'USD', 'employer'),
      fee('Premium processing (I-907)', 2965, 'USD', 'employer', true),
    ]);
    expect(c.totals.employer).toBe(3595 + 4000);
  });

  it('H-1B, cap-exempt university: I-129 $460 and fraud $500; no registration, ACWIA exempt, asylum fee $0 for nonprofits', () => {
    const c = costsOf('us-h1b', 'Postdoc at a cap-exempt university, in the US', 'USD');
    expect(c.items).toEqual([
      fee('I-129', 460, 'USD', 'employer'),
      fee('Fraud Prevention', 500, 'USD', 'employer'),
      fee('Premium processing (I-907)', 2965, 'USD', 'employer', true),
    ]);
    expect(c.unknown).toEqual([]);
    expect(c.totals.employer).toBe(460 + 500);
  });

  it('O-1A, large employer: I-129 O $1,055, asylum $600; premium optional', () => {
    const c = costsOf('us-o1a', 'ML research scientist with five criteria, large employer', 'USD');
    expect(c.items).toEqual([
      fee('I-129', 1055, 'USD', 'employer'),
      fee('Asylum Program Fee', 600, 'USD', 'employer'),
      fee('Premium processing (I-907)', 2965, 'USD', 'employer', true),
    ]);
    expect(c.unknown).toEqual([]);
    expect(c.totals).toEqual({ applicant: 0, employer: 1655 });
  });

  it('O-1A, small petitioner: I-129 O $530, asylum $300', () => {
    const c = costsOf('us-o1a', 'Computational biologist abroad, small startup petitioner', 'USD');
    expect(c.items).toEqual([
      fee('I-129', 530, 'USD', 'employer'),
      fee('Asylum Program Fee', 300, 'USD', 'employer'),
      fee('Premium processing (I-907)', 2965, 'USD', 'employer', true),
    ]);
    expect(c.totals).toEqual({ applicant: 0, employer: 830 });
  });

  it('L-1, dependent employer: I-129 L $1,385, fraud $500, Public Law 114-113 $4,500, asylum $600; premium optional', () => {
    const c = costsOf('us-l1', 'Engineering manager, 7 years with the Indian parent, dependent employer', 'USD');
    expect(c.items).toEqual([
      fee('I-129', 1385, 'USD', 'employer'),
      fee('Fraud Prevention', 500, 'USD', 'employer'),
      fee('Public Law 114-113', 4500, 'USD', 'employer'),
      fee('Asylum Program Fee', 600, 'USD', 'employer'),
      fee('Premium processing (I-907)', 2965, 'USD', 'employer', true),
    ]);
    expect(c.unknown).toEqual([]);
    expect(c.totals).toEqual({ applicant: 0, employer: 6985 });
  });

  it('L-1, small employer: I-129 L $695, fraud $500, asylum $300', () => {
    const c = costsOf('us-l1', 'Director moving to a small US subsidiary', 'USD');
    expect(c.items).toEqual([
      fee('I-129', 695, 'USD', 'employer'),
      fee('Fraud Prevention', 500, 'USD', 'employer'),
      fee('Asylum Program Fee', 300, 'USD', 'employer'),
      fee('Premium processing (I-907)', 2965, 'USD', 'employer', true),
    ]);
    expect(c.totals).toEqual({ applicant: 0, employer: 1495 });
  });

  it('EB-2 NIW in the US: I-140 $715, asylum $600, I-485 $1,440; premium and the I-765 ($260) optional', () => {
    const c = costsOf('us-eb2-niw', 'Materials-science PhD in the US', 'USD');
    expect(c.items).toEqual([
      fee('I-140', 715, 'USD', 'applicant'),
      fee('Asylum Program Fee', 600, 'USD', 'applicant'),
      fee('Premium processing (I-907)', 2965, 'USD', 'applicant', true),
      fee('I-485', 1440, 'USD', 'applicant'),
      fee('I-765', 260, 'USD', 'applicant', true),
    ]);
    expect(c.unknown).toEqual([]);
    expect(c.totals).toEqual({ applicant: 715 + 600 + 1440, employer: 0 });
  });

  it('EB-2 NIW abroad: consular immigrant-visa fees listed as unknown, no I-485', () => {
    const c = costsOf('us-eb2-niw', "Bachelor's plus 11 years' progressive experience, in India", 'USD');
    expect(c.items).toEqual([
      fee('I-140', 715, 'USD', 'applicant'),
      fee('Asylum Program Fee', 600, 'USD', 'applicant'),
      fee('Premium processing (I-907)', 2965, 'USD', 'applicant', true),
    ]);
    expect(c.unknown).toEqual([unknownFee('Immigrant-visa fees abroad', 'applicant')]);
    expect(c.totals).toEqual({ applicant: 1315, employer: 0 });
  });

  it('EB-1A with an accompanying spouse: I-485 and the optional I-765 for each of the two', () => {
    const c = costsOf('us-eb1a', 'Same profile with an accompanying spouse', 'USD');
    expect(c.items).toEqual([
      fee('I-140', 715, 'USD', 'applicant'),
      fee('Asylum Program Fee', 600, 'USD', 'applicant'),
      fee('Premium processing (I-907)', 2965, 'USD', 'applicant', true),
      fee('I-485', 2 * 1440, 'USD', 'applicant'),
      fee('I-765', 2 * 260, 'USD', 'applicant', true),
    ]);
    expect(c.unknown).toEqual([]);
    expect(c.totals).toEqual({ applicant: 715 + 600 + 2 * 1440, employer: 0 });
  });

  it('EB-1A alone in the US: the I-765 is $260 and optional', () => {
    const c = costsOf('us-eb1a', 'ML research scientist in the US, self-petition', 'USD');
    expect(c.items).toEqual([
      fee('I-140', 715, 'USD', 'applicant'),
      fee('Asylum Program Fee', 600, 'USD', 'applicant'),
      fee('Premium processing (I-907)', 2965, 'USD', 'applicant', true),
      fee('I-485', 1440, 'USD', 'applicant'),
      fee('I-765', 260, 'USD', 'applicant', true),
    ]);
  });
});
