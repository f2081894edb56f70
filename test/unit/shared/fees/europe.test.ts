// Every German and UK fee line, payer and currency for a costed client of each programme, optional lines included.
// Figures transcribed 2026-12-03 from:
// - Germany: national (D) visa EUR 75, half for minors (§ 46 AufenthV, https://www.gesetze-im-internet.de/aufenthv/__46.html);
//   EU Blue Card / residence permit issue EUR 100 (§ 45 AufenthV, https://www.gesetze-im-internet.de/aufenthv/__45.html);
//   accelerated skilled-worker procedure (§ 81a AufenthG) EUR 411 (§ 47(1) no. 15 AufenthV,
//   https://www.gesetze-im-internet.de/aufenthv/__47.html).
// - UK Home Office fees table from 2025-04-09 (https://www.gov.uk/government/publications/visa-regulations-revised-table):
//   Skilled Worker up to 3 years £769 outside / £885 inside the UK; Health and Care Worker up to 3 years £304;
//   High Potential Individual £880; Global Talent £561 endorsement + £205 visa.
//   Immigration Health Surcharge £1,035 a year (https://www.gov.uk/healthcare-immigration-application/how-much-pay);
//   Certificate of Sponsorship £525 and Immigration Skills Charge £1,320 a year (large) / £480 (small) from
//   2025-12-16 (https://www.gov.uk/uk-visa-sponsorship-employers/immigration-skills-charge).
import { describe, expect, it } from 'vitest';
import { costsOf, fee, unknownFee } from './costed';

describe('German fees, line by line', () => {
  it('Blue Card: visa EUR 75 and card EUR 100 to the applicant; fast track EUR 411 optional, to the employer', () => {
    const c = costsOf('de-blue-card', 'eligible: embedded engineer, EUR 68,000 in Munich', 'EUR');
    expect(c.items).toEqual([
      fee('National (D) visa', 75, 'EUR', 'applicant'),
      fee('Blue Card / residence permit issue', 100, 'EUR', 'applicant'),
      fee('Accelerated skilled-worker procedure', 411, 'EUR', 'employer', true),
    ]);
    expect(c.unknown).toEqual([]);
    expect(c.totals).toEqual({ applicant: 175, employer: 0 });
  });

  it('Blue Card with a child: the child\'s national visa costs half (EUR 37.50)', () => {
    const c = costsOf('de-blue-card', 'eligible: with a child, whose national visa costs half (75 + 37.50 + 2 × 100)', 'EUR');
    expect(c.items).toEqual([
      fee('National (D) visa, per adult', 75, 'EUR', 'applicant'),
      fee('National (D) visa, per minor child', 37.5, 'EUR', 'applicant'),
      fee('Blue Card / residence permit issue', 2 * 100, 'EUR', 'applicant'),
      fee('Accelerated skilled-worker procedure', 411, 'EUR', 'employer', true),
    ]);
    expect(c.totals).toEqual({ applicant: 312.5, employer: 0 });
  });

  it('Opportunity Card: national (D) visa EUR 75', () => {
    const c = costsOf('de-opportunity-card', 'eligible: engineer aged 28, German B1, English C1, 8 points', 'EUR');
    expect(c.items).toEqual([fee('National (D) visa', 75, 'EUR', 'applicant')]);
    expect(c.unknown).toEqual([]);
    expect(c.totals).toEqual({ applicant: 75, employer: 0 });
  });
});

describe('UK fees, line by line', () => {
  it('Skilled Worker from outside the UK, large sponsor: £769, IHS 3 × £1,035; CoS £525 and ISC 3 × £1,320 to the sponsor', () => {
    const c = costsOf('gb-skilled-worker', 'eligible: backend engineer from India, GBP 62,000, large sponsor', 'GBP');
    expect(c.items).toEqual([
      fee('Visa fee from outside the UK', 769, 'GBP', 'applicant'),
      fee('Immigration Health Surcharge', 3 * 1035, 'GBP', 'applicant'),
      fee('Certificate of Sponsorship', 525, 'GBP', 'employer'),
      fee('Immigration Skills Charge', 3 * 1320, 'GBP', 'employer'),
    ]);
    expect(c.unknown).toEqual([]);
    expect(c.totals).toEqual({ applicant: 769 + 3105, employer: 525 + 3960 });
  });

  it('Skilled Worker switching inside the UK, small sponsor: £885, ISC 3 × £480', () => {
    const c = costsOf('gb-skilled-worker', 'eligible: switching inside the UK, small sponsor', 'GBP');
    expect(c.items).toEqual([
      fee('Visa fee from inside the UK', 885, 'GBP', 'applicant'),
      fee('Immigration Health Surcharge', 3 * 1035, 'GBP', 'applicant'),
      fee('Certificate of Sponsorship', 525, 'GBP', 'employer'),
      fee('Immigration Skills Charge', 3 * 480, 'GBP', 'employer'),
    ]);
  });

  it('Health and Care Worker: £304 and no health surcharge', () => {
    const c = costsOf('gb-skilled-worker', 'eligible pending judgement: nurse (SOC 2231) at GBP 32,000, NMC-registered: Health and Care visa, pay-scale rate to check, no health surcharge', 'GBP');
    expect(c.items).toEqual([
      fee('Health and Care Worker visa fee', 304, 'GBP', 'applicant'),
      fee('Certificate of Sponsorship', 525, 'GBP', 'employer'),
      fee('Immigration Skills Charge', 3 * 1320, 'GBP', 'employer'),
    ]);
  });

  it('High Potential Individual: £880 and IHS 2 × £1,035; the Ecctis check listed as unknown', () => {
    const c = costsOf('gb-hpi', 'eligible: Tsinghua graduate of 2023, IELTS 7.0', 'GBP');
    expect(c.items).toEqual([
      fee('Visa application fee', 880, 'GBP', 'applicant'),
      fee('Immigration Health Surcharge', 2 * 1035, 'GBP', 'applicant'),
    ]);
    expect(c.unknown).toEqual([unknownFee('Ecctis', 'applicant')]);
    expect(c.totals).toEqual({ applicant: 880 + 2070, employer: 0 });
  });

  it('Global Talent: endorsement £561, visa £205, IHS 3 × £1,035', () => {
    const c = costsOf('gb-global-talent', 'eligible: computer-vision researcher (endorsement left to the attorney)', 'GBP');
    expect(c.items).toEqual([
      fee('Endorsement fee', 561, 'GBP', 'applicant'),
      fee('Visa fee (stage 2)', 205, 'GBP', 'applicant'),
      fee('Immigration Health Surcharge', 3 * 1035, 'GBP', 'applicant'),
    ]);
    expect(c.unknown).toEqual([]);
    expect(c.totals).toEqual({ applicant: 561 + 205 + 3105, employer: 0 });
  });
});
