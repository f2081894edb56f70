// Latin renderings of names written in Devanagari, Chinese characters or Hangul, so that a client
// entered as "Priya Sharma" is found when an existing client was entered as प्रिया शर्मा.
import { pinyin } from 'pinyin-pro';

/** The writing system a name is in, as far as transliteration is concerned. */
export type NameScript = 'latin' | 'devanagari' | 'han' | 'hangul' | 'mixed' | 'other';

const DEVANAGARI_RE = /\p{Script=Devanagari}/u;
const HAN_RE = /\p{Script=Han}/u;
const HANGUL_RE = /\p{Script=Hangul}/u;
const LATIN_RE = /\p{Script=Latin}/u;
const LETTER_RE = /\p{L}/u;

/** Which script a name's letters are in: one script, 'mixed', or 'other' (Cyrillic, Arabic…). */
export function nameScript(s: string): NameScript {
  let found: NameScript | null = null;
  for (const ch of s) {
    let script: NameScript;
    if (DEVANAGARI_RE.test(ch)) script = 'devanagari';
    else if (HAN_RE.test(ch)) script = 'han';
    else if (HANGUL_RE.test(ch)) script = 'hangul';
    else if (LATIN_RE.test(ch)) script = 'latin';
    else if (LETTER_RE.test(ch)) script = 'other';
    else continue; // spaces, digits, punctuation, combining accents
    if (found === null) found = script;
    else if (found !== script) return 'mixed';
  }
  return found ?? 'latin';
}

// ---------------------------------------------------------------- Devanagari (Hindi, Marathi)
// Spellings follow how Indian names are written in passports, not ISO 15919: श/ष → sh, long and
// short vowels merge (ā → a), च → ch, व → v (w after a consonant: Swati, Dwivedi, Ishwar).
const DEV_VOWELS: Readonly<Record<string, string>> = {
  अ: 'a', आ: 'a', इ: 'i', ई: 'i', उ: 'u', ऊ: 'u', ऋ: 'ri', ॠ: 'ri', ऌ: 'li',
  ए: 'e', ऐ: 'ai', ओ: 'o', औ: 'au', ऍ: 'e', ऎ: 'e', ऑ: 'o', ऒ: 'o',
};
const DEV_SIGNS: Readonly<Record<string, string>> = {
  'ा': 'a', 'ि': 'i', 'ी': 'i', 'ु': 'u', 'ू': 'u', 'ृ': 'ri', 'ॄ': 'ri', 'ॢ': 'li',
  'ॅ': 'e', 'ॆ': 'e', 'े': 'e', 'ै': 'ai', 'ॉ': 'o', 'ॊ': 'o', 'ो': 'o', 'ौ': 'au',
};
const DEV_CONSONANTS: Readonly<Record<string, string>> = {
  क: 'k', ख: 'kh', ग: 'g', घ: 'gh', ङ: 'n', च: 'ch', छ: 'chh', ज: 'j', झ: 'jh', ञ: 'n',
  ट: 't', ठ: 'th', ड: 'd', ढ: 'dh', ण: 'n', त: 't', थ: 'th', द: 'd', ध: 'dh', न: 'n', ऩ: 'n',
  प: 'p', फ: 'ph', ब: 'b', भ: 'bh', म: 'm', य: 'y', र: 'r', ऱ: 'r', ल: 'l', ळ: 'l', ऴ: 'l',
  व: 'v', श: 'sh', ष: 'sh', स: 's', ह: 'h',
  // Precomposed nukta letters (Urdu-origin sounds).
  क़: 'q', ख़: 'kh', ग़: 'gh', ज़: 'z', ड़: 'r', ढ़: 'rh', फ़: 'f', य़: 'y',
};
/** Consonant + nukta (़) written as two code points. */
const DEV_NUKTA: Readonly<Record<string, string>> = { क: 'q', ख: 'kh', ग: 'gh', ज: 'z', ड: 'r', ढ: 'rh', फ: 'f', य: 'y' };
const VIRAMA = '्';
const NUKTA = '़';
const LABIALS = new Set(['p', 'ph', 'b', 'bh', 'm']);

type Phone = { kind: 'C' | 'V' | 'N' | 'H'; text: string; inherent: boolean; cluster: boolean; halant: boolean; deleted: boolean };

function phone(kind: Phone['kind'], text: string, inherent = false, cluster = false): Phone {
  return { kind, text, inherent, cluster, halant: false, deleted: false };
}

function devanagariPhones(word: string): Phone[] {
  const chars = Array.from(word);
  const out: Phone[] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    let cons = DEV_CONSONANTS[ch];
    if (cons !== undefined) {
      if (chars[i + 1] === NUKTA) cons = DEV_NUKTA[ch] ?? cons;
      if (chars[i + 1] === NUKTA) i++;
      // ज्ञ is pronounced and written "gy" in Hindi names (Gyan, Gyanesh).
      if (ch === 'ज' && chars[i + 1] === VIRAMA && chars[i + 2] === 'ञ') {
        cons = 'gy';
        i += 2;
      }
      const prev = out[out.length - 1];
      const cluster = prev?.kind === 'C' && prev.halant;
      if (cons === 'v' && cluster) cons = 'w';
      const c = phone('C', cons, false, cluster);
      out.push(c);
      const next = chars[i + 1] ?? '';
      if (next === VIRAMA) {
        c.halant = true;
        i++;
      } else if (DEV_SIGNS[next] !== undefined) {
        out.push(phone('V', DEV_SIGNS[next]));
        i++;
      } else {
        out.push(phone('V', 'a', true));
      }
    } else if (DEV_VOWELS[ch] !== undefined) out.push(phone('V', DEV_VOWELS[ch]));
    else if (ch === 'ं' || ch === 'ँ') out.push(phone('N', 'n'));
    else if (ch === 'ः') out.push(phone('H', 'h'));
    else if (ch === 'ॐ') out.push(phone('V', 'om'));
  }
  return out;
}

const liveVowel = (p: Phone | undefined): boolean => p?.kind === 'V' && !p.deleted;

function renderPhones(ps: readonly Phone[]): string {
  let s = '';
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i];
    if (p === undefined || p.deleted) continue;
    if (p.kind !== 'N') {
      s += p.text;
      continue;
    }
    const next = ps[i + 1];
    // Anusvara takes the place of the following consonant: m before labials (Champa), and in
    // सिंह the convention is "Singh".
    if (next?.kind === 'C' && LABIALS.has(next.text)) s += 'm';
    else if (next?.kind === 'C' && next.text === 'h' && !liveVowel(ps[i + 2])) s += 'ng';
    else s += 'n';
  }
  return s;
}

/**
 * One Devanagari word in Latin letters with Hindi schwa deletion: the inherent "a" is dropped at
 * the end of a word after a single consonant (राहुल → rahul, but मिश्र → mishra), and, for the
 * second rendering, in the middle of a word between VC and CV (कमला → kamla besides kamala).
 */
function devanagariWord(word: string): string[] {
  const ps = devanagariPhones(word);
  const last = ps.length - 1;
  const final = ps[last];
  const before = ps[last - 1];
  if (final?.inherent === true && before?.kind === 'C' && !before.cluster && last > 1) final.deleted = true;
  const full = renderPhones(ps);
  for (let i = 2; i + 2 < ps.length; i++) {
    const p = ps[i];
    const c1 = ps[i - 1];
    const c2 = ps[i + 1];
    if (p?.inherent !== true || p.deleted || c1?.kind !== 'C' || c2?.kind !== 'C' || c2.halant) continue;
    if (liveVowel(ps[i - 2]) && liveVowel(ps[i + 2])) p.deleted = true;
  }
  const short = renderPhones(ps);
  return short === full ? [full] : [full, short];
}

// ---------------------------------------------------------------- Chinese characters
/** Two-character surnames; anything else takes the first character as the surname. */
const HAN_COMPOUND_SURNAMES: ReadonlySet<string> = new Set([
  '欧阳', '歐陽', '司马', '司馬', '上官', '诸葛', '諸葛', '东方', '東方', '皇甫', '尉迟', '尉遲',
  '公孙', '公孫', '慕容', '夏侯', '令狐', '长孙', '長孫', '宇文', '司徒', '端木', '轩辕', '軒轅',
  '澹台', '南宫', '南宮', '呼延', '西门', '西門',
]);

/** Hanyu Pinyin without tones: "surname givenjoined" and "surname given syllables". */
function hanToLatin(s: string): string[] {
  const words = s.split(/[^\p{Script=Han}]+/u).filter((w) => w !== '');
  if (words.length !== 1) {
    // Already split into words (or a foreign name written in characters, 约翰·史密斯): keep them.
    const joined = words.map((w) => pinyin(w, { toneType: 'none', type: 'array' }).join('')).join(' ');
    return withYu([joined]);
  }
  const word = words[0] ?? '';
  const chars = Array.from(word);
  // Surname mode reads 单 as Shan and 曾 as Zeng, the way they are read as surnames.
  const syl = pinyin(word, { mode: 'surname', surname: 'head', toneType: 'none', type: 'array' });
  if (chars.length < 2 || syl.length !== chars.length) return withYu([syl.join(' ')]);
  const k = chars.length >= 3 && HAN_COMPOUND_SURNAMES.has(`${chars[0] ?? ''}${chars[1] ?? ''}`) ? 2 : 1;
  const surname = syl.slice(0, k).join('');
  const given = syl.slice(k);
  const forms = [`${surname} ${given.join('')}`];
  if (given.length > 1) forms.push(`${surname} ${given.join(' ')}`);
  return withYu(forms);
}

/** ü is written u in most passports and yu in newer Chinese ones (吕 → Lu, Lyu). */
function withYu(forms: string[]): string[] {
  const out: string[] = [];
  for (const f of forms) {
    if (!f.includes('ü')) out.push(f);
    else out.push(f.replaceAll('ü', 'u'), f.replaceAll('ü', 'yu'));
  }
  return out;
}

// ---------------------------------------------------------------- Hangul (Revised Romanization)
const RR_INITIALS = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const RR_VOWELS = [
  'a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i',
];
const RR_FINALS = [
  '', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't',
];

/**
 * The customary spellings most Koreans abroad still use for given names (McCune-Reischauer without
 * its breves): ㅓ → u, ㅕ → yu, ㅜ → oo, ㄱ → k. So 지성 → Jisung, 연아 → Yuna, 기문 → Kimoon.
 */
const CUSTOMARY_VOWELS = RR_VOWELS.map((v) => ({ eo: 'u', yeo: 'yu', u: 'oo' })[v] ?? v);
const CUSTOMARY_INITIALS = RR_INITIALS.map((c) => (c === 'g' ? 'k' : c));

/**
 * How Korean surnames are actually spelled in passports, most common first; Revised Romanization
 * alone would give Gim, I, Bak and Choe, which few people with those names use.
 */
const KOREAN_SURNAMES: Readonly<Record<string, readonly string[]>> = {
  김: ['kim', 'gim'], 이: ['lee', 'yi', 'rhee', 'i', 'ri'], 리: ['ri', 'lee', 'yi'], 박: ['park', 'pak', 'bak'],
  최: ['choi', 'choe'], 정: ['jung', 'jeong', 'chung'], 강: ['kang', 'gang'], 조: ['cho', 'jo'],
  윤: ['yoon', 'yun'], 장: ['jang', 'chang'], 임: ['lim', 'im', 'yim'], 림: ['lim', 'rim'], 한: ['han'],
  오: ['oh', 'o'], 서: ['seo', 'suh'], 신: ['shin', 'sin'], 권: ['kwon', 'gwon'], 황: ['hwang'],
  안: ['ahn', 'an'], 송: ['song'], 류: ['ryu', 'yoo', 'yu'], 유: ['yoo', 'yu', 'you'], 홍: ['hong'],
  전: ['jeon', 'jun', 'chun'], 고: ['ko', 'go'], 문: ['moon', 'mun'], 양: ['yang'], 손: ['son', 'sohn'],
  배: ['bae'], 백: ['baek', 'paik'], 허: ['heo', 'huh'], 노: ['noh', 'roh', 'no'], 남: ['nam'],
  심: ['shim', 'sim'], 하: ['ha'], 곽: ['kwak', 'gwak'], 성: ['sung', 'seong'], 차: ['cha'],
  주: ['joo', 'ju'], 우: ['woo', 'u'], 구: ['koo', 'ku', 'gu'], 민: ['min'], 진: ['jin', 'chin'],
  지: ['ji', 'chi'], 엄: ['eom', 'um'], 채: ['chae'], 원: ['won'], 천: ['cheon', 'chun'], 방: ['bang'],
  공: ['kong', 'gong'], 현: ['hyun', 'hyeon'], 변: ['byun', 'byeon'], 염: ['yeom', 'yum'],
  여: ['yeo', 'yuh'], 추: ['choo', 'chu'], 도: ['do', 'doh'], 석: ['seok', 'suk'], 선: ['sun', 'seon'],
  설: ['seol', 'sul'], 길: ['gil', 'kil'], 연: ['yeon', 'yun'], 위: ['wi', 'wee'], 표: ['pyo'],
  명: ['myung', 'myeong'], 기: ['ki', 'gi'], 나: ['na', 'ra'], 라: ['ra', 'na'], 금: ['keum', 'geum'],
  육: ['yook', 'yuk'], 국: ['kook', 'guk'], 어: ['eo', 'uh'], 경: ['kyung', 'gyeong'],
  // Two-syllable surnames.
  황보: ['hwangbo'], 남궁: ['namgoong', 'namgung'], 제갈: ['jegal'], 선우: ['sunwoo', 'seonu'],
  독고: ['dokgo'], 사공: ['sagong'], 서문: ['seomun'],
};

/**
 * Revised Romanization of Hangul syllables, one syllable at a time: the rules for personal names
 * do not transcribe sound changes between syllables (한복남 → Han Boknam). style 'customary' gives
 * the older spelling most people abroad use instead (박지성 → Bak Jiseong in RR, Jisung customary).
 */
export function romanizeHangul(s: string, style: 'rr' | 'customary' = 'rr'): string {
  const initials = style === 'rr' ? RR_INITIALS : CUSTOMARY_INITIALS;
  const vowels = style === 'rr' ? RR_VOWELS : CUSTOMARY_VOWELS;
  let out = '';
  let prevFinal = 0;
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0xac00 || code > 0xd7a3) {
      out += ch;
      prevFinal = 0;
      continue;
    }
    const idx = code - 0xac00;
    const initial = Math.floor(idx / 588);
    const final = idx % 28;
    const vowel = Math.floor((idx % 588) / 28);
    // ㄹㄹ is written ll, not lr (RR rule 3); a bare 우 is customarily Woo, not Oo.
    const init = initial === 5 && prevFinal === 8 ? 'l' : (initials[initial] ?? '');
    const v = style === 'customary' && initial === 11 && vowel === 13 ? 'woo' : (vowels[vowel] ?? '');
    out += init + v + (RR_FINALS[final] ?? '');
    prevFinal = final;
  }
  return out;
}

function hangulToLatin(s: string): string[] {
  const words = s.split(/[^\p{Script=Hangul}]+/u).filter((w) => w !== '');
  const parses: [string, string][] = [];
  const first = words[0] ?? '';
  if (words.length > 1) parses.push([first, words.slice(1).join(' ')]);
  else {
    const chars = Array.from(first);
    if (chars.length >= 3 && KOREAN_SURNAMES[`${chars[0] ?? ''}${chars[1] ?? ''}`] !== undefined) {
      parses.push([chars.slice(0, 2).join(''), chars.slice(2).join('')]);
    }
    if (chars.length >= 2) parses.push([chars[0] ?? '', chars.slice(1).join('')]);
    else parses.push(['', first]);
  }
  const forms: string[] = [];
  for (const [surname, given] of parses) {
    const spellings = KOREAN_SURNAMES[surname] ?? [romanizeHangul(surname)];
    for (const style of ['rr', 'customary'] as const) {
      const givenLatin = given.split(' ').map((g) => romanizeHangul(g, style)).join(' ');
      for (const sp of spellings) {
        const form = sp === '' ? givenLatin : `${sp} ${givenLatin}`;
        if (!forms.includes(form)) forms.push(form);
      }
    }
  }
  return forms;
}

/**
 * Latin renderings of a name, in lower case, most likely first. Devanagari is transliterated by a
 * rule-based scheme tuned for names (प्रिया शर्मा → "priya sharma"), Chinese characters to toneless
 * Hanyu Pinyin (王小明 → "wang xiaoming", "wang xiao ming"), Hangul to Revised Romanization with the
 * usual surname spellings and customary given-name spellings (김민준 → "kim minjun", "gim minjun",
 * …, "kim minjoon"). Latin input, and scripts without a
 * scheme here, come back unchanged as the only element.
 */
export function toLatin(s: string): string[] {
  const name = s.trim();
  const script = nameScript(name);
  if (script === 'latin' || script === 'other') return [name];
  if (script === 'han') return hanToLatin(name);
  if (script === 'hangul') return hangulToLatin(name);
  const words = name.split(/\s+/u);
  if (script === 'devanagari') {
    let forms = [''];
    for (const w of words) {
      const alts = devanagariWord(w);
      forms = forms.flatMap((f) => alts.map((a) => (f === '' ? a : `${f} ${a}`))).slice(0, 8);
    }
    return forms;
  }
  // Mixed scripts: each word on its own, first rendering only; a word that mixes scripts itself
  // ("李Wei") run by run, since handing it back whole would recurse for ever.
  const single = (w: string) => (nameScript(w) === 'latin' ? w : (toLatin(w)[0] ?? w));
  return [words.map((w) => (nameScript(w) === 'mixed' ? scriptRuns(w).map(single).join(' ') : single(w))).join(' ')];
}

/** A word cut where its script changes ("李Wei" → "李", "Wei"); marks and digits stay with the run they follow. */
function scriptRuns(word: string): string[] {
  const runs: string[] = [];
  let run = '';
  let current: NameScript | null = null;
  for (const ch of word) {
    const script = nameScript(ch);
    const letter = LETTER_RE.test(ch);
    if (letter && current !== null && script !== current) {
      runs.push(run);
      run = '';
    }
    if (letter) current = script;
    run += ch;
  }
  if (run !== '') runs.push(run);
  return runs;
}
