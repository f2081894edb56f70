// Every fee line, payer and currency for a costed client of each Chinese, Japanese, Korean, Singaporean,
// Australian, New Zealand and UAE programme, optional lines included. Where no official amount exists the
// line must be listed as unknown with its payer, never priced at zero. Figures transcribed 2026-12-03 from:
// - China: visa fees are set per nationality by each mission (no national table; e.g.
//   https://www.visaforchina.cn); the R visa fee is waived (State Council, https://www.gov.cn).
// - Japan: duration-based residence fees from 2026-10-01 not yet fixed; consular fee not found
//   (https://www.moj.go.jp/isa/applications/procedures/fee.html).
// - Korea: alien registration card KRW 35,000; change of status KRW 100,000 (Immigration Act Enforcement
//   Rules, fee table: https://www.hikorea.go.kr).
// - Singapore MOM: Employment Pass and ONE Pass application SGD 105, issuance SGD 225, Multiple Journey
//   Visa SGD 30 (https://www.mom.gov.sg/passes-and-permits/employment-pass/key-facts;
//   https://www.mom.gov.sg/passes-and-permits/overseas-networks-expertise-pass/key-facts).
// - Australia: subclass 482 base application charge AUD 4,015 from 2026-07-01
//   (https://immi.homeaffairs.gov.au/visas/getting-a-visa/fees-and-charges/current-visa-pricing/work).
// - New Zealand: Skilled Migrant Category resident visa NZD 6,450 including the immigration levy
//   (https://www.immigration.govt.nz/new-zealand-visas/visas/visa/skilled-migrant-category-resident-visa).
// - UAE ICP: six-month entry permit to apply for the Golden Visa AED 1,250 (https://icp.gov.ae).
import { describe, expect, it } from 'vitest';
import { costsOf, fee, unknownFee } from './costed';

describe('Chinese fees, line by line', () => {
  it('K visa: the fee is unknown (set per nationality), listed with its payer, nothing priced', () => {
    const c = costsOf('cn-k', 'eligible: IIT STEM bachelor, no Chinese employer needed (judgement gates left to the attorney)', 'CNY');
    expect(c.items).toEqual([]);
    expect(c.unknown).toEqual([unknownFee('K visa fee', 'applicant')]);
    expect(c.conditional).toEqual([]);
    expect(c.totals).toEqual({ applicant: 0, employer: 0 });
  });

  it('K visa with a Chinese offer: the work permit and Z visa fall to the employer, unknown, unless K work rights are assumed', () => {
    const name = 'eligible with a Chinese offer and work rights assumed: the assumption changes the risks and costs shown, not eligibility';
    expect(costsOf('cn-k', name, 'CNY').unknown).toEqual([unknownFee('K visa fee', 'applicant')]);
    const noWorkRights = costsOf('cn-k', name, 'CNY', { 'cn-k-work-authorised': 'no' });
    expect(noWorkRights.items).toEqual([]);
    expect(noWorkRights.unknown).toEqual([unknownFee('K visa fee', 'applicant'), unknownFee('Work permit and Z visa', 'employer')]);
  });

  it('Z visa: the visa fee (applicant) and the work and residence permit fees (employer) are unknown', () => {
    const c = costsOf('cn-z', "eligible: 32-year-old engineer, B.Tech 2016, 10 years' work, offer from a Shenzhen carmaker", 'CNY');
    expect(c.items).toEqual([]);
    expect(c.unknown).toEqual([unknownFee('Z visa fee', 'applicant'), unknownFee('Work permit and residence permit fees', 'employer')]);
    expect(c.totals).toEqual({ applicant: 0, employer: 0 });
  });

  it('R visa: the fee is waived, CNY 0', () => {
    const c = costsOf('cn-r', 'eligible: PhD researcher invited by a Chinese university; Category A left to the attorney; visa fee waived', 'CNY');
    expect(c.items).toEqual([fee('R visa fee', 0, 'CNY', 'applicant')]);
    expect(c.unknown).toEqual([]);
  });
});

describe('Japanese, Korean and Singaporean fees, line by line', () => {
  it('Japan HSP from abroad: the consular visa fee is unknown, nothing priced', () => {
    const c = costsOf('jp-hsp', "eligible: 29-year-old Tsinghua PhD, 5 years' experience, Sony offer JPY 12M (about 95 points); fees unknown after the 2026-10-01 change", 'JPY');
    expect(c.items).toEqual([]);
    expect(c.unknown).toEqual([unknownFee('Visa issued by a Japanese consulate', 'applicant')]);
  });

  it('Korea D-10 from abroad: registration card KRW 35,000; the mission\'s visa fee unknown', () => {
    const c = costsOf('kr-d10', 'eligible: recent B.Tech graduate in India; points left to the attorney; registration card KRW 35,000', 'KRW');
    expect(c.items).toEqual([fee('Alien registration card', 35_000, 'KRW', 'applicant')]);
    expect(c.unknown).toEqual([unknownFee('Visa issuance fee at a Korean mission', 'applicant')]);
  });

  it('Korea D-10 inside Korea: change of status KRW 100,000 and registration card KRW 35,000', () => {
    const c = costsOf('kr-d10', 'eligible: Korean two-year associate degree, changing status inside Korea (KRW 100,000 + KRW 35,000)', 'KRW');
    expect(c.items).toEqual([fee('Change of status', 100_000, 'KRW', 'applicant'), fee('Alien registration card', 35_000, 'KRW', 'applicant')]);
    expect(c.unknown).toEqual([]);
    expect(c.totals).toEqual({ applicant: 135_000, employer: 0 });
  });

  it('Korea top-tier visa from abroad: registration card KRW 35,000; the mission\'s visa fee unknown', () => {
    const c = costsOf('kr-top-tier', "eligible: Tsinghua master's, 14 years in memory chips, SK hynix offer at KRW 180M (over 3x GNI); registration card KRW 35,000 (applying from the US)", 'KRW');
    expect(c.items).toEqual([fee('Alien registration card', 35_000, 'KRW', 'applicant')]);
    expect(c.unknown).toEqual([unknownFee('Visa issuance fee at a Korean mission', 'applicant')]);
  });

  it('Singapore Employment Pass: SGD 105 + SGD 225 to the employer; Multiple Journey Visa SGD 30 optional', () => {
    const c = costsOf('sg-employment-pass', 'eligible on the record: 28-year-old with a Grab offer of S$96,000 (S$8,000 a month); COMPASS left to the attorney; MOM fees S$330 to the employer', 'SGD');
    expect(c.items).toEqual([
      fee('MOM application fee', 105, 'SGD', 'employer'),
      fee('MOM issuance fee', 225, 'SGD', 'employer'),
      fee('Multiple Journey Visa', 30, 'SGD', 'employer', true),
    ]);
    expect(c.unknown).toEqual([]);
    expect(c.totals).toEqual({ applicant: 0, employer: 330 });
  });

  it('Singapore ONE Pass: SGD 105 + SGD 225 to the applicant', () => {
    const c = costsOf('sg-one-pass', 'eligible on the record: Google director moving with S$420,000 a year (S$35,000 a month); MOM fees S$330', 'SGD');
    expect(c.items).toEqual([fee('MOM application fee', 105, 'SGD', 'applicant'), fee('MOM issuance fee', 225, 'SGD', 'applicant')]);
    expect(c.unknown).toEqual([]);
    expect(c.totals).toEqual({ applicant: 330, employer: 0 });
  });
});

describe('Australian, New Zealand and UAE fees, line by line', () => {
  it('Skills in Demand: VAC AUD 4,015 to the applicant; the SAF levy and nomination charge (employer) unknown', () => {
    const c = costsOf('au-skills-in-demand', "eligible on the record: Atlassian SRE offer AUD 165,000, 11 years' skilled work; VAC AUD 4,015 (employer levies unknown)", 'AUD');
    expect(c.items).toEqual([fee('Visa application charge', 4015, 'AUD', 'applicant')]);
    expect(c.unknown).toEqual([unknownFee('Skilling Australians Fund levy', 'employer'), unknownFee('Nomination application charge', 'employer')]);
    expect(c.totals).toEqual({ applicant: 4015, employer: 0 });
  });

  it('National Innovation visa: the 2026-27 charge is unknown, nothing priced', () => {
    const c = costsOf('au-national-innovation', 'eligible on the record: robotics researcher with publications, awards and judging (legal standard left to the attorney); 2026-27 charge unknown', 'AUD');
    expect(c.items).toEqual([]);
    expect(c.unknown).toEqual([unknownFee('Visa application charge', 'applicant')]);
  });

  it('Skilled Migrant Category: NZD 6,450 application fee and levy', () => {
    const c = costsOf('nz-smc', 'eligible: Indian PhD working in Auckland, offer NZD 215,000 (above 3x the median wage); fee NZD 6,450', 'NZD');
    expect(c.items).toEqual([fee('Skilled Residence application fee and immigration levy', 6450, 'NZD', 'applicant')]);
    expect(c.unknown).toEqual([]);
    expect(c.totals).toEqual({ applicant: 6450, employer: 0 });
  });

  it('UAE Golden Visa: entry permit AED 1,250 per person; residence, Emirates ID and medical unknown', () => {
    const one = costsOf('ae-golden-visa', "eligible on the record: ADNOC offer AED 480,000 (AED 40,000 a month) with a master's; entry permit AED 1,250", 'AED');
    expect(one.items).toEqual([fee('Six-month entry permit', 1250, 'AED', 'applicant')]);
    expect(one.unknown).toEqual([unknownFee('Residence issuance, Emirates ID and medical test', 'applicant')]);
    const family = costsOf('ae-golden-visa', 'eligible on the record with family: entry permits for applicant, spouse and child, 3 x AED 1,250', 'AED');
    expect(family.items).toEqual([fee('Six-month entry permit', 3 * 1250, 'AED', 'applicant')]);
  });
});
