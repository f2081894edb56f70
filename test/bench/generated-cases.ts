/**
 * Deterministic, schema-valid case files for the bench and the seeded firm: clients from India,
 * China and elsewhere, their names in Latin letters, Devanagari or Chinese characters (often both),
 * spouses, children, degrees, jobs, language tests, offers, targets and notes. Employers come from
 * a shared pool, so an employer search finds hundreds, plus one-off start-ups.
 */
import { seededRandom } from '../seeded-random';

/** A source of numbers in [0, 1), and the helpers built on it. */
export type Rng = {
  next: () => number;
  pick: <T>(xs: readonly T[]) => T;
  /** A whole number in [min, max]. */
  int: (min: number, max: number) => number;
  chance: (p: number) => boolean;
};

/** A seeded Rng: the same seed gives the same data. */
export function rng(seed: number): Rng {
  const next = seededRandom(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: xs => xs[int(0, xs.length - 1)] as (typeof xs)[number],
    chance: p => next() < p,
  };
}

const INDIAN_GIVEN: [string, string][] = [
  ['Priya', 'प्रिया'],
  ['Rahul', 'राहुल'],
  ['Anjali', 'अंजलि'],
  ['Amit', 'अमित'],
  ['Neha', 'नेहा'],
  ['Vikram', 'विक्रम'],
  ['Sunita', 'सुनीता'],
  ['Arjun', 'अर्जुन'],
  ['Kavita', 'कविता'],
  ['Rohan', 'रोहन'],
];
const INDIAN_FAMILY: [string, string][] = [
  ['Sharma', 'शर्मा'],
  ['Patel', 'पटेल'],
  ['Singh', 'सिंह'],
  ['Gupta', 'गुप्ता'],
  ['Kumar', 'कुमार'],
  ['Verma', 'वर्मा'],
];
const CHINESE_FAMILY: [string, string][] = [
  ['Li', '李'],
  ['Wang', '王'],
  ['Zhang', '张'],
  ['Liu', '刘'],
  ['Chen', '陈'],
  ['Yang', '杨'],
];
const CHINESE_GIVEN: [string, string][] = [
  ['Wei', '伟'],
  ['Fang', '芳'],
  ['Na', '娜'],
  ['Min', '敏'],
  ['Jing', '静'],
  ['Qiang', '强'],
  ['Lei', '磊'],
  ['Xiaoming', '小明'],
];
const OTHER_GIVEN = [
  'Maria',
  'John',
  'Fatima',
  'Olga',
  'Kwame',
  'Sofia',
  'Hiroshi',
  'Ana',
  'David',
  'Emma',
  'José',
  'Zoë',
];
const OTHER_FAMILY = [
  'Gonzalez',
  'Smith',
  'Haddad',
  'Ivanova',
  'Mensah',
  'Rossi',
  'Tanaka',
  'Silva',
  'Cohen',
  'Müller',
  'García',
];
const EMPLOYERS = [
  'Acme Robotics',
  'Initech',
  'Globex Corporation',
  'Huawei Technologies',
  'Infosys',
  'Tata Consultancy Services',
  'Bharat Circuits',
  'Umbrella Labs',
  'Stark Industries',
  'Wayne Enterprises',
  'Cyberdyne Systems',
  'Soylent Foods',
  'Hooli',
  'Pied Piper',
  'Massive Dynamic',
  'Tyrell Corporation',
  'Aperture Science',
  'Vandelay Industries',
];
const OCCUPATIONS = [
  'Software Engineer',
  'Data Scientist',
  'Hardware Engineer',
  'Research Scientist',
  'Product Manager',
  'Analyst',
];
const FIELDS = [
  'Computer Science',
  'Electrical Engineering',
  'Mathematics',
  'Physics',
  'Mechanical Engineering',
  'Economics',
];
const TARGETS = ['US', 'CA', 'DE', 'GB', 'CN', 'NZ', 'JP', 'AU', 'SG', 'AE'];
const SALARY_CURRENCY: Record<string, string> = { US: 'USD', CA: 'CAD', DE: 'EUR', GB: 'GBP' };
/** Notes as an attorney writes them; `''` is a case with no notes. */
export const NOTES = [
  'Referred by a former client.',
  'Met at the Pune seminar.',
  'Wants to move before the school year.',
  'Spouse has an offer in Toronto.',
  'Asked about the H-1B payment.',
  '',
  'Prefers e-mail.',
  'Follow up in January.',
  'Employer will sponsor; waiting for the HR contact.',
  'Worried about the K visa’s unclear work rights.',
];

/** A person's names and citizenship: `fullName` in Latin letters or in their own script. */
export type Person = { fullName: string; otherNames?: string[]; citizenships: string[] };

/**
 * A name written in Latin letters and in its own script ("Priya Sharma", "प्रिया शर्मा"). A tenth
 * are recorded in their own script only, found by their Latin spelling through the search index.
 */
function twoScripts(
  r: Rng,
  latin: string,
  native: string,
  alsoNative: number,
  citizenship: string,
): Person {
  if (r.chance(0.1)) return { fullName: native, citizenships: [citizenship] };
  return {
    fullName: latin,
    ...(r.chance(alsoNative) ? { otherNames: [native] } : {}),
    citizenships: [citizenship],
  };
}

/** A person from India (Devanagari), China (Han) or elsewhere (Latin, some with diacritics). */
export function makePerson(r: Rng): Person {
  const kind = r.next();
  if (kind < 0.4) {
    const [g, gd] = r.pick(INDIAN_GIVEN);
    const [f, fd] = r.pick(INDIAN_FAMILY);
    return twoScripts(r, `${g} ${f}`, `${gd} ${fd}`, 0.5, 'IN');
  }
  if (kind < 0.75) {
    const [f, fc] = r.pick(CHINESE_FAMILY);
    const [g, gc] = r.pick(CHINESE_GIVEN);
    return twoScripts(r, `${f} ${g}`, `${fc}${gc}`, 0.7, 'CN');
  }
  return {
    fullName: `${r.pick(OTHER_GIVEN)} ${r.pick(OTHER_FAMILY)}`,
    citizenships: [r.pick(['US', 'MX', 'NG', 'RU', 'IT', 'BR'])],
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
/** A calendar date between two years inclusive (days 1-28, so every month has it). */
export const dateIn = (r: Rng, from: number, to: number) =>
  `${String(r.int(from, to))}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`;

/** The client section of a case file: the same for every case of one client. */
export function makeClient(r: Rng, i: number): Record<string, unknown> {
  const person = makePerson(r);
  return {
    ...person,
    dateOfBirth: r.chance(0.95) ? dateIn(r, 1965, 2004) : null,
    maritalStatus: r.pick(['single', 'married', 'married', 'common-law', 'divorced'] as const),
    email: `client${String(i)}@example.com`,
    ...(r.chance(0.6) ? { phone: `+1 555 ${String(r.int(1000, 9999))}` } : {}),
    ...(r.chance(0.5) ? { residenceCountry: r.pick(['US', 'IN', 'CN', 'CA', 'GB']) } : {}),
  };
}

/** A case file for `client`: family, degrees, work, a language test, maybe an offer, goals, notes. */
export function makeCaseFile(
  r: Rng,
  client: Record<string, unknown>,
  i: number,
): Record<string, unknown> {
  // A tenth of the employers are one-off start-ups, as in real case loads.
  const employer = () => (r.chance(0.1) ? `Startup ${String(i)} Labs` : r.pick(EMPLOYERS));
  const home = (client.citizenships as string[])[0];
  const partnered = client.maritalStatus === 'married' || client.maritalStatus === 'common-law';
  const offerCountry = r.pick(['US', 'US', 'CA', 'DE', 'GB']);
  const band = () => 5 + r.int(0, 8) / 2;
  return {
    format: 'immigration-advisor/case',
    version: 1,
    client,
    spouse: partnered
      ? {
          ...makePerson(r),
          dateOfBirth: dateIn(r, 1965, 2004),
          accompanying: r.chance(0.8),
          work: [{ employer: employer(), occupation: r.pick(OCCUPATIONS) }],
        }
      : null,
    children:
      partnered && r.chance(0.4)
        ? Array.from({ length: r.int(1, 3) }, () => ({
            dateOfBirth: dateIn(r, 2010, 2025),
            accompanying: true,
          }))
        : [],
    education: Array.from({ length: r.int(1, 2) }, () => ({
      level: r.pick(['bachelor', 'master', 'doctorate', 'diploma-2yr'] as const),
      field: r.pick(FIELDS),
      stem: true,
      country: r.chance(0.7) ? home : 'US',
      completed: `${String(r.int(2000, 2024))}-${pad(r.int(1, 12))}`,
    })),
    work: [
      {
        occupation: r.pick(OCCUPATIONS),
        employer: employer(),
        start: `${String(r.int(2010, 2022))}-06`,
        end: null,
        hoursPerWeek: 40,
      },
    ],
    languages: r.chance(0.7)
      ? [
          {
            language: 'en',
            test: 'IELTS-GT',
            listening: band(),
            reading: band(),
            writing: band(),
            speaking: band(),
            testDate: dateIn(r, 2023, 2025),
          },
        ]
      : null,
    jobOffer: r.chance(0.6)
      ? {
          employer: employer(),
          country: offerCountry,
          annualSalary: {
            amount: 60000 + r.int(0, 140) * 1000,
            currency: SALARY_CURRENCY[offerCountry] ?? 'USD',
          },
          ...(offerCountry === 'US' ? { usWageLevel: r.int(1, 4) } : {}),
        }
      : null,
    goals: { targetCountries: Array.from(new Set([r.pick(TARGETS), r.pick(TARGETS)])) },
    notes: r.pick(NOTES),
  };
}

/** `count` case files, one client each, the same every run (the bench's import batch). */
export function generateCases(count: number, seed = 20261129): Record<string, unknown>[] {
  const r = rng(seed);
  return Array.from({ length: count }, (_, i) => makeCaseFile(r, makeClient(r, i), i));
}
