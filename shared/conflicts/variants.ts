// Name variants that should match each other outright, however far apart their spellings are.
// Only well-known groups: each one widens every conflict check, so a doubtful group costs the
// paralegal false alarms on every client. Typos and near spellings are left to Jaro-Winkler.
// Deliberately not rules: v/w swaps (Vijay is not Wijay), and cognates across languages
// (Yusuf/Joseph, Ivan/John): people keep their own form of the name on their documents.

/**
 * How a group's members relate, which sets how much a match counts: 'spelling' are one name
 * romanised or spelled differently; 'romanization' are different official systems that can also
 * fold two distinct native names together (Chang is Wade-Giles for 张 but pinyin for 常);
 * 'short-form' are abbreviations and short forms that also stand for other names.
 */
export type VariantKind = 'spelling' | 'romanization' | 'short-form';

/** A group of normalised tokens that name the same thing; the first one is the canonical form. */
export type VariantGroup = { kind: VariantKind; tokens: readonly string[]; why: string };

/** The groups, as data. A token may be in more than one group (jon: John and Jonathan). */
export const VARIANT_GROUPS: readonly VariantGroup[] = [
  // Given names
  { kind: 'spelling', tokens: ['john', 'jon'], why: 'Jon is the Scandinavian spelling of John and common in English.' },
  { kind: 'short-form', tokens: ['jonathan', 'jon'], why: 'Jon is also the usual short form of Jonathan.' },
  {
    kind: 'spelling',
    tokens: ['mohammed', 'muhammad', 'mohamed', 'mohammad', 'muhammed', 'mohamad', 'muhamad', 'mohammod'],
    why: 'Romanisations of Arabic محمد; all are in everyday use on passports.',
  },
  {
    kind: 'short-form',
    tokens: ['mohammed', 'mohd', 'muhd', 'md', 'muhammad', 'mohamed', 'mohammad', 'muhammed', 'mohamad', 'muhamad'],
    why: 'Mohd/Muhd (Malaysia, India) and Md (Bangladesh) are written abbreviations of Muhammad, even on IDs.',
  },
  { kind: 'spelling', tokens: ['ahmed', 'ahmad', 'ahmet'], why: 'Romanisations of Arabic أحمد; Ahmet is the Turkish spelling.' },
  { kind: 'spelling', tokens: ['ali', 'aly'], why: 'Aly is the Egyptian French-style romanisation of علي.' },
  { kind: 'spelling', tokens: ['hussain', 'hussein', 'husain', 'hossain', 'husein'], why: 'Romanisations of Arabic حسين.' },
  { kind: 'spelling', tokens: ['abdul', 'abdel', 'abdal'], why: 'Romanisations of عبد ال (Egypt and the Maghreb write Abdel).' },
  {
    kind: 'spelling',
    tokens: ['yusuf', 'yousef', 'youssef', 'yusef', 'yousuf', 'yosef', 'yousif'],
    why: 'Romanisations of Arabic يوسف / Hebrew יוסף. Not Joseph: a cognate, which holders do not swap.',
  },
  { kind: 'spelling', tokens: ['fatima', 'fatimah', 'fathima'], why: 'Romanisations of Arabic فاطمة (Fathima in South India).' },
  { kind: 'spelling', tokens: ['maryam', 'mariam'], why: 'Romanisations of Arabic/Persian مریم.' },
  { kind: 'spelling', tokens: ['sergey', 'sergei', 'serguei'], why: 'Romanisations of Russian Сергей (English, German/French systems).' },
  {
    kind: 'spelling',
    tokens: ['alexander', 'aleksandr', 'alexandr', 'aleksander', 'alexandre'],
    why: 'Russian Александр romanised, and the English, Polish and French spellings of the same name.',
  },
  { kind: 'short-form', tokens: ['alexander', 'alex', 'aleks', 'aleksandr', 'alexandr', 'aleksander'], why: 'Alex/Aleks is the usual short form.' },
  { kind: 'spelling', tokens: ['dmitry', 'dmitri', 'dmitriy'], why: 'Romanisations of Russian Дмитрий.' },
  { kind: 'spelling', tokens: ['yuri', 'yury', 'yuriy', 'iouri'], why: 'Romanisations of Russian Юрий.' },
  { kind: 'spelling', tokens: ['catherine', 'katherine', 'kathryn', 'katharine', 'catharine'], why: 'English spellings of one name.' },
  { kind: 'spelling', tokens: ['stephen', 'steven'], why: 'English spellings of one name, pronounced the same.' },
  { kind: 'spelling', tokens: ['sean', 'shaun', 'shawn'], why: 'English spellings of Irish Seán.' },
  { kind: 'spelling', tokens: ['geoffrey', 'jeffrey', 'jeffery'], why: 'English spellings of one name.' },
  { kind: 'spelling', tokens: ['priya', 'pria', 'preeya'], why: 'Spellings of Hindi प्रिया.' },
  { kind: 'spelling', tokens: ['lakshmi', 'laxmi', 'lakshmy'], why: 'क्ष is written ksh or x in Indian names.' },
  { kind: 'spelling', tokens: ['krishna', 'krisna'], why: 'Krisna is the Indonesian/Javanese spelling of कृष्ण.' },
  {
    kind: 'spelling',
    tokens: ['srinivasan', 'sreenivasan', 'shrinivasan', 'srinivasa'],
    why: 'Spellings of श्रीनिवासन/ஸ்ரீனிவாசன் (sri/sree/shri for श्री).',
  },
  { kind: 'spelling', tokens: ['srinivas', 'sreenivas', 'shrinivas'], why: 'The same, without the Tamil -an ending.' },
  { kind: 'spelling', tokens: ['shiva', 'siva'], why: 'Siva is the Tamil and older spelling of शिव.' },
  // Surnames
  { kind: 'spelling', tokens: ['sharma', 'sarma'], why: 'Sarma is the Assamese and Telugu spelling of शर्मा.' },
  {
    kind: 'spelling',
    tokens: ['chaudhary', 'choudhary', 'chaudhri', 'chaudhry', 'chowdhury', 'choudhury', 'chaudhuri', 'chowdhary'],
    why: 'Spellings of चौधरी / চৌধুরী across Hindi, Punjabi and Bengali families.',
  },
  { kind: 'romanization', tokens: ['zhang', 'chang'], why: 'Chang is the Wade-Giles spelling of 张, still used in Taiwan.' },
  { kind: 'romanization', tokens: ['kim', 'gim'], why: 'Korean 김: Kim by custom, Gim in Revised Romanization.' },
  { kind: 'romanization', tokens: ['lee', 'yi', 'rhee', 'ri'], why: 'Korean 이/리: Lee by custom, Yi in RR, Rhee older, Ri in the North.' },
  { kind: 'romanization', tokens: ['park', 'pak', 'bak'], why: 'Korean 박: Park by custom, Pak (McCune-Reischauer), Bak in RR.' },
  { kind: 'romanization', tokens: ['choi', 'choe'], why: 'Korean 최: Choi by custom, Choe in RR.' },
];

/** How much a variant match counts towards the name score, by kind of group. */
export const VARIANT_WEIGHT: Readonly<Record<VariantKind, number>> = {
  spelling: 0.92,
  romanization: 0.88,
  'short-form': 0.85,
};

/** token → indexes into VARIANT_GROUPS of every group it belongs to. */
const GROUPS_BY_TOKEN: ReadonlyMap<string, readonly number[]> = (() => {
  const map = new Map<string, number[]>();
  VARIANT_GROUPS.forEach((g, i) => {
    for (const t of g.tokens) {
      const list = map.get(t);
      if (list === undefined) map.set(t, [i]);
      else list.push(i);
    }
  });
  return map;
})();

/** The variant groups a normalised token belongs to (indexes into VARIANT_GROUPS), if any. */
export function variantGroupsOf(token: string): readonly number[] | undefined {
  return GROUPS_BY_TOKEN.get(token);
}

/**
 * The canonical form of a normalised token: the first member of its first variant group
 * (muhammad → mohammed, laxmi → lakshmi), or the token itself when it has no known variants.
 */
export function canonicalToken(t: string): string {
  const first = GROUPS_BY_TOKEN.get(t)?.[0];
  return first === undefined ? t : (VARIANT_GROUPS[first]?.tokens[0] ?? t);
}

/**
 * The strongest variant group two normalised tokens share, or null. Spelling groups win over
 * romanisation groups, which win over short forms. Allocation-free: the backend calls it a lot.
 */
export function sharedVariantGroup(
  a: readonly number[] | undefined,
  b: readonly number[] | undefined,
): VariantGroup | null {
  if (a === undefined || b === undefined) return null;
  let best: VariantGroup | null = null;
  for (const i of a) {
    for (const j of b) {
      if (i !== j) continue;
      const g = VARIANT_GROUPS[i];
      if (g !== undefined && (best === null || VARIANT_WEIGHT[g.kind] > VARIANT_WEIGHT[best.kind])) best = g;
    }
  }
  return best;
}
