// Every Canadian fee line, payer and currency for a costed client of each programme.
// Figures transcribed 2026-12-03 from:
// - IRCC fee list: https://ircc.canada.ca/english/information/fees/fees.asp — economic-class processing fee
//   CAD 990 per adult and right of permanent residence fee CAD 600 (both from 2026-04-30, IRCC notice of
//   2026-03-27); biometrics CAD 85 per person (CAD 170 family maximum); work permit CAD 155.
// - ESDC Global Talent Stream: LMIA processing fee CAD 1,000 per position, paid by the employer:
//   https://www.canada.ca/en/employment-social-development/services/foreign-workers/global-talent/requirements.html
import { describe, expect, it } from 'vitest';
import { costsOf, fee } from './costed';

describe('Canadian fees, line by line', () => {
  it('Express Entry, single CEC graduate: processing CAD 990, right of PR CAD 600, biometrics CAD 85', () => {
    const c = costsOf('ca-express-entry', 'eligible: CEC, graduate working in Toronto', 'CAD');
    expect(c.items).toEqual([
      fee('Permanent residence processing fee', 990, 'CAD', 'applicant'),
      fee('Right of permanent residence fee', 600, 'CAD', 'applicant'),
      fee('Biometrics', 85, 'CAD', 'applicant'),
    ]);
    expect(c.unknown).toEqual([]);
    expect(c.conditional).toEqual([]);
    expect(c.totals).toEqual({ applicant: 990 + 600 + 85, employer: 0 });
  });

  it('Global Talent Stream: LMIA CAD 1,000 to the employer, work permit CAD 155 and biometrics CAD 85 to the worker', () => {
    const c = costsOf('ca-global-talent-stream', 'eligible: Canadian offer for an ML engineer on H-1B', 'CAD');
    expect(c.items).toEqual([
      fee('LMIA processing fee', 1000, 'CAD', 'employer'),
      fee('Work permit fee', 155, 'CAD', 'applicant'),
      fee('Biometrics', 85, 'CAD', 'applicant'),
    ]);
    expect(c.unknown).toEqual([]);
    expect(c.totals).toEqual({ applicant: 240, employer: 1000 });
  });
});
