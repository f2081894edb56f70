/**
 * Dates on the client's documents: the current status's end, the passport's expiry, and how long
 * language test results (two years for Express Entry and for UK visas) and credential assessments
 * (five years for Express Entry) stay valid.
 */
import { LANGUAGE_NAMES } from '../rules/labels';
import { addYears } from './calendar';
import { inView, programsWhere, unknownDate, type DateContext } from './context';
import type { KeyDate } from './types';

/** The client's current status: fixed when its end is recorded, unknown when a status abroad is. */
export function statusDates(ctx: DateContext): KeyDate[] {
  const { client } = ctx.file;
  const status = client.currentStatus;
  const country = status?.country ?? null;
  const programIds = country ? ctx.catalogue.programs.filter(p => p.country === country).map(p => p.id) : [];
  const what = status?.type ? `${status.type} status` : 'Current immigration status';
  const base = { key: 'status-expiry', kind: 'status-expiry' as const, title: `${what} ends`, programIds, sourceId: null, fields: ['client.currentStatus.validUntil'] };
  if (status?.validUntil) {
    return [{ ...base, date: status.validUntil, certainty: 'fixed', consequence: 'The client must hold another status, or leave, by this date.' }];
  }
  // A status is recorded, or the client lives outside every country of citizenship: it has an end.
  const abroad = client.residenceCountry != null && client.citizenships != null && !client.citizenships.includes(client.residenceCountry);
  if (status?.type || status?.country || abroad) {
    return [unknownDate({ ...base, consequence: 'The end of the current status is not recorded.', toRecord: 'Record the date the current status ends (the I-94 or residence permit).' })];
  }
  return [];
}

export function passportDates(ctx: DateContext): KeyDate[] {
  const on = ctx.file.client.passportExpiresOn;
  const base = { key: 'passport-expiry', kind: 'passport-expiry' as const, title: 'Passport expires', programIds: [], sourceId: null, fields: ['client.passportExpiresOn'] };
  if (on) return [{ ...base, date: on, certainty: 'fixed', consequence: 'A visa or permit cannot be issued on an expired passport; renew it before applying.' }];
  return [unknownDate({ ...base, consequence: 'The passport’s expiry is not recorded.', toRecord: 'Record the passport’s expiry date.' })];
}

/** Tests IRCC designates for Express Entry (the CLB tables); others earn no Canadian points. */
const CANADIAN_TESTS = new Set(['IELTS-GT', 'CELPIP-G', 'PTE-Core', 'TEF', 'TCF']);
/** Tests that are Secure English Language Tests when taken as such (IELTS for UKVI, PTE). */
const SELT_TESTS = new Set(['IELTS-GT', 'IELTS-A', 'PTE-Core']);

type LanguageList = NonNullable<DateContext['file']['languages']>;

function languageDates(ctx: DateContext, list: LanguageList, path: string, whose: string): KeyDate[] {
  const canada = programsWhere(ctx, c => 'kind' in c && c.kind === 'language').filter(p => p.country === 'CA');
  const uk = programsWhere(ctx, c => 'kind' in c && c.kind === 'uk-selt');
  return list.flatMap((result, i): KeyDate[] => {
    const test = result.test;
    if (!test || test === 'native' || test === 'none') return [];
    const forCanada = CANADIAN_TESTS.has(test) && inView(ctx, 'CA') ? canada : [];
    const forUk = SELT_TESTS.has(test) && result.ukSelt === true && inView(ctx, 'GB') ? uk : [];
    const uses = [forCanada.length > 0 ? 'Express Entry' : null, forUk.length > 0 ? 'UK visas' : null].filter(u => u !== null);
    if (uses.length === 0) return [];
    const language = LANGUAGE_NAMES[result.language] ?? result.language;
    const base = {
      key: `language-test-expiry:${path}[${String(i)}]:${test}`,
      kind: 'language-test-expiry' as const,
      title: `${whose}${test} result (${language}) expires`,
      programIds: [...forCanada, ...forUk].map(p => p.id),
      sourceId: forCanada.length > 0 ? 'dates-ca-language-two-years' : 'dates-gb-selt-two-years',
      fields: [`${path}[${String(i)}].testDate`],
    };
    const consequence = `Results are accepted for two years from the test date (${uses.join(' and ')}); after this the points and requirements it meets need a new test.`;
    if (!result.testDate) return [unknownDate({ ...base, consequence, toRecord: `Record the date ${whose ? 'the spouse’s' : 'the'} ${test} test was taken.` })];
    return [{ ...base, date: addYears(result.testDate, 2), certainty: 'fixed', consequence }];
  });
}

export function languageTestDates(ctx: DateContext): KeyDate[] {
  const { file } = ctx;
  return [...languageDates(ctx, file.languages ?? [], 'languages', ''), ...languageDates(ctx, file.spouse?.languages ?? [], 'spouse.languages', 'Spouse’s ')];
}

/** Credential assessments: five years for Express Entry, from the date the report was issued. */
export function ecaDates(ctx: DateContext): KeyDate[] {
  if (!inView(ctx, 'CA')) return [];
  const programIds = ctx.catalogue.programs.filter(p => p.country === 'CA' && p.points !== undefined).map(p => p.id);
  return (ctx.file.education ?? []).flatMap((e, i): KeyDate[] => {
    if (e.credentialAssessed !== true) return [];
    const base = {
      key: `eca-expiry:education[${String(i)}]`,
      kind: 'eca-expiry' as const,
      title: `Credential assessment (ECA) for the ${e.institution ? `${e.institution} ` : ''}degree expires`,
      programIds,
      sourceId: 'dates-ca-eca-five-years',
      fields: [`education[${String(i)}].assessedOn`],
    };
    const consequence = 'Express Entry accepts an ECA issued within five years; after this the education points need a new assessment.';
    if (!e.assessedOn) return [unknownDate({ ...base, consequence, toRecord: 'Record the date the credential assessment (ECA) was issued.' })];
    return [{ ...base, date: addYears(e.assessedOn, 5), certainty: 'fixed', consequence }];
  });
}
