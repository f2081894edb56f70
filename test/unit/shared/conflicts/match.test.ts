// Scores are derived by hand from the rules in shared/conflicts/match.ts: a name score is the sum of
// matched-word similarities / (matched + conflicting words + 0.25 × extra words); exact = 1, spelling
// variant 0.92, romanisation variant 0.88, short form 0.85, initial 0.85, joined words 0.98, typo =
// Jaro-Winkler − 0.1. Same date of birth +0.1 (max 1); different −0.2, floored at 0.75 if the name
// score is ≥ 0.9. high ≥ 0.95 > medium ≥ 0.85 > low ≥ 0.75 > null.
import { describe, expect, it } from 'vitest';
import { jaroWinkler, matchNames, prepareNames } from '../../../../shared/conflicts';

const m = (q: string | string[], c: string | string[], qDob?: string | null, cDob?: string | null) =>
  matchNames(
    { names: typeof q === 'string' ? [q] : q, dateOfBirth: qDob ?? null },
    { names: typeof c === 'string' ? [c] : c, dateOfBirth: cDob ?? null },
  );

describe('jaroWinkler', () => {
  it('reproduces the textbook values (Winkler 1990: MARTHA/MARHTA, DWAYNE/DUANE, DIXON/DICKSONX)', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 3);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.813, 3);
    expect(jaroWinkler('same', 'same')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('', 'abc')).toBe(0);
  });

  it('is symmetric', () => {
    expect(jaroWinkler('michael', 'micheal')).toBeCloseTo(jaroWinkler('micheal', 'michael'), 10);
  });
});

describe('matchNames: exact, accents, order, titles', () => {
  it('matches the same name', () => {
    expect(m('Priya Sharma', 'PRIYA SHARMA')).toMatchObject({ score: 1, confidence: 'high', reasons: ['Same name'] });
  });

  it('matches names that differ only in accents', () => {
    const r = m('José García', 'Jose Garcia');
    expect(r).toMatchObject({ score: 1, confidence: 'high', queryName: 'José García', matchedName: 'Jose Garcia' });
    expect(r?.reasons).toEqual(['Same name apart from accents']);
  });

  it('matches umlauts written out the passport way (ICAO 9303: ü → ue)', () => {
    expect(m('Hans Müller', 'Hans Mueller')?.reasons).toEqual(['Same name apart from accents (Hans Müller / Hans Mueller)']);
    expect(m('Hans Müller', 'Hans Muller')?.score).toBe(1);
  });

  it('ignores word order', () => {
    expect(m('Wei Li', 'Li Wei')).toMatchObject({ score: 1, reasons: ['Same words in a different order'] });
    expect(m('Sharma, Priya', 'Priya Sharma')?.score).toBe(1);
  });

  it('ignores titles', () => {
    expect(m('Dr. Priya Sharma', 'Priya Sharma')).toMatchObject({ score: 1, reasons: ['Same name'] });
  });

  it('matches words written together or apart', () => {
    // wang exact 1 + xiaoming = xiao+ming 0.98 → 1.98 / 2 = 0.99
    expect(m('Wang Xiaoming', 'Wang Xiao Ming')).toMatchObject({
      score: 0.99,
      confidence: 'high',
      reasons: ['Same name with different spacing (Xiaoming / Xiao Ming)'],
    });
    expect(m("Sean O'Brien", 'Sean O Brien')?.score).toBe(0.99);
  });
});

describe('matchNames: variants', () => {
  it('matches spelling variants', () => {
    // (0.92 + 1) / 2 = 0.96
    expect(m('Mohammed Ali', 'Muhammad Ali')).toMatchObject({ score: 0.96, confidence: 'high', reasons: ['Name variant: Mohammed / Muhammad'] });
    expect(m('Sergei Ivanov', 'Sergey Ivanov')?.score).toBe(0.96);
    expect(m('Laxmi Iyer', 'Lakshmi Iyer')?.reasons).toEqual(['Name variant: Laxmi / Lakshmi']);
    expect(m('Ravi Choudhary', 'Ravi Chaudhry')?.score).toBe(0.96);
  });

  it('counts romanisation variants and short forms a little less', () => {
    // (0.88 + 1) / 2 = 0.94
    expect(m('Zhang Wei', 'Chang Wei')).toMatchObject({ score: 0.94, confidence: 'medium', reasons: ['Name variant: Zhang / Chang'] });
    // (0.85 + 1) / 2 = 0.925
    expect(m('Mohd Rizal', 'Mohammed Rizal')).toMatchObject({ score: 0.925, confidence: 'medium', reasons: ['Short form: Mohd / Mohammed'] });
  });

  it('does not treat cognates or v/w swaps as variants', () => {
    expect(m('Yusuf Khan', 'Joseph Khan')).toBeNull();
    // Jaro-Winkler(vijay, wijay) = 0.867 < 0.88
    expect(m('Vijay Kumar', 'Wijay Kumar')).toBeNull();
  });
});

describe('matchNames: other scripts, both ways', () => {
  it('Chinese characters', () => {
    expect(m('Li Wei', '李伟')).toMatchObject({ score: 1, reasons: ['Same name in a different script (李伟 = li wei)'], matchedName: '李伟' });
    expect(m('李伟', 'Li Wei')).toMatchObject({ score: 1, reasons: ['Same name in a different script (李伟 = li wei)'], queryName: '李伟' });
    expect(m('Wang Xiaoming', '王小明')?.score).toBe(1);
    expect(m('王小明', 'Xiao Ming Wang')?.reasons).toEqual([
      'Same name in a different script (王小明 = wang xiao ming)',
      'Same words in a different order',
    ]);
    expect(m('Ouyang Nana', '欧阳娜娜')?.score).toBe(1);
  });

  it('Devanagari', () => {
    expect(m('Priya Sharma', 'प्रिया शर्मा')?.reasons).toEqual(['Same name in a different script (प्रिया शर्मा = priya sharma)']);
    expect(m('प्रिया शर्मा', 'Priya Sharma')?.score).toBe(1);
    expect(m('राहुल कुमार', 'Rahul Kumar')?.score).toBe(1);
    expect(m('Mohammad Khan', 'मोहम्मद ख़ान')?.score).toBe(1);
    // The second rendering (medial schwa deleted) is the usual spelling of कमला.
    expect(m('Kamla Devi', 'कमला देवी')?.score).toBe(1);
    // Muhammad (variant) vs मोहम्मद → mohammad: (0.92 + 1) / 2
    expect(m('Muhammad Khan', 'मोहम्मद ख़ान')).toMatchObject({ score: 0.96, reasons: ['Compared in Latin letters (मोहम्मद ख़ान = mohammad khan)', 'Name variant: Muhammad / Mohammad'] });
  });

  it('Hangul, with the usual surname spellings', () => {
    expect(m('Kim Minjun', '김민준')?.reasons).toEqual(['Same name in a different script (김민준 = kim minjun)']);
    expect(m('김민준', 'Gim Minjun')?.score).toBe(1);
    expect(m('Rhee Seoyeon', '이서연')?.score).toBe(1);
    expect(m('Choe Usik', '최우식')?.score).toBe(1);
    // park 1 + ji+sung 0.98 → 0.99
    expect(m('Park Ji-sung', '박지성')).toMatchObject({
      score: 0.99,
      reasons: ['Same name in a different script (박지성 = park jisung)', 'Same name with different spacing (Ji Sung / Jisung)'],
    });
    expect(m('Ban Ki-moon', '반기문')?.score).toBe(0.99);
  });

  it('the same characters in another script variant match through their reading', () => {
    expect(m('張偉', '张伟')?.reasons).toEqual(['Same name when written in Latin letters (張偉 / 张伟 = zhang wei)']);
  });
});

describe('matchNames: typos', () => {
  it('matches a misspelt word with medium confidence', () => {
    // JW(michael, micheal) = 0.9714 → 0.8714; (1 + 0.8714) / 2 = 0.936
    expect(m('Michael Johnson', 'Micheal Johnson')).toMatchObject({
      score: 0.936,
      confidence: 'medium',
      reasons: ['Similar spelling (Michael / Micheal, 0.97)'],
    });
  });

  it('matches a misspelling and a missing space at once', () => {
    // JW(gyungsoo, kyungsoo) = 0.9167 → 0.8167; (1 + 0.8167) / 2 = 0.908
    expect(m('Kim Kyung Soo', 'Kim Gyungsoo')).toMatchObject({
      score: 0.908,
      reasons: ['Similar spelling with different spacing (Kyung Soo / Gyungsoo, 0.92)'],
    });
  });

  it('needs near-identity for short words (Ming / Mina is 0.88, below 0.92)', () => {
    expect(jaroWinkler('ming', 'mina')).toBeCloseTo(0.883, 3);
    expect(m('Ming Li', 'Mina Li')).toBeNull();
  });

  it('matches an initial to a full word', () => {
    expect(m('J. Smith', 'John Smith')).toMatchObject({ score: 0.925, confidence: 'medium', reasons: ['Initial matches (J / John)'] });
  });
});

describe('matchNames: extra and different words', () => {
  it('an extra middle name lowers the score a little', () => {
    // 2 / (2 + 0.25) = 0.889
    expect(m('John Smith', 'John Michael Smith')).toMatchObject({ score: 0.889, confidence: 'medium', reasons: ['Extra name on one side (Michael)'] });
  });

  it('unrelated names return null', () => {
    expect(m('Priya Sharma', 'Rahul Gupta')).toBeNull();
    expect(m('Priya Sharma', 'Priya Verma')).toBeNull(); // 1 / (1 + 1) = 0.5
  });

  it('same surname, different given name returns null, even with the same date of birth', () => {
    expect(m('Li Wei', 'Li Na')).toBeNull();
    expect(m('Li Wei', 'Li Na', '1990-01-01', '1990-01-01')).toBeNull(); // 0.5 + 0.1
  });

  it('one shared word is not a match between longer names', () => {
    expect(m('Sharma', 'Priya Sharma')).toBeNull();
    expect(m('Madonna', 'Madonna')?.score).toBe(1); // a one-word name on both sides is fine
  });
});

describe('matchNames: date of birth', () => {
  it('the same date of birth raises score and confidence', () => {
    expect(m('Michael Johnson', 'Micheal Johnson', '1990-01-01', '1990-01-01')).toMatchObject({
      score: 1,
      confidence: 'high',
      reasons: ['Similar spelling (Michael / Micheal, 0.97)', 'Same date of birth (1990-01-01)'],
    });
    // 0.889 + 0.1
    expect(m('John Smith', 'John Michael Smith', '1998-04-12', '1998-04-12')).toMatchObject({ score: 0.989, confidence: 'high' });
  });

  it('a different date of birth lowers it but never hides a strong name match', () => {
    expect(m('John Smith', 'John Smith', '1990-01-01', '1991-05-05')).toMatchObject({
      score: 0.8,
      confidence: 'low',
      reasons: ['Same name', 'Different date of birth (1990-01-01 / 1991-05-05)'],
    });
    // 0.936 ≥ 0.9: 0.736 is floored at 0.75
    expect(m('Michael Johnson', 'Micheal Johnson', '1990-01-01', '1991-01-01')).toMatchObject({ score: 0.75, confidence: 'low' });
  });

  it('a different date of birth does hide a weaker name match', () => {
    expect(m('John Smith', 'John Michael Smith', '1990-01-01', '1975-07-30')).toBeNull(); // 0.889 − 0.2
  });

  it('day and month swapped, or a partial date, is neither for nor against', () => {
    expect(m('John Smith', 'John Smith', '1998-04-12', '1998-12-04')).toMatchObject({
      score: 1,
      reasons: ['Same name', 'Date of birth matches with day and month swapped (1998-04-12 / 1998-12-04)'],
    });
    expect(m('John Smith', 'John Smith', '1998', '1998-04-12')?.reasons).toEqual(['Same name', 'Same date of birth as far as known (1998)']);
    expect(m('John Smith', 'John Smith', 'unknown', '1998-04-12')?.reasons).toEqual(['Same name']);
  });
});

describe('matchNames: several names per person, prepared names', () => {
  it('compares every name of one with every name of the other and reports the pair', () => {
    const r = m(['Priya Sharma', 'Priya Kapoor'], ['P. Kapoor', 'प्रिया शर्मा']);
    expect(r).toMatchObject({ score: 1, queryName: 'Priya Sharma', matchedName: 'प्रिया शर्मा' });
  });

  it('gives the same answer for prepared names as for raw strings', () => {
    const q = { names: prepareNames(['Wang Xiaoming']), dateOfBirth: '1990-02-03' };
    const c = { names: prepareNames(['王小明', 'Ming Wang']), dateOfBirth: '1990-02-03' };
    expect(matchNames(q, c)).toEqual(m('Wang Xiaoming', ['王小明', 'Ming Wang'], '1990-02-03', '1990-02-03'));
    expect(matchNames(q, c)?.score).toBe(1);
  });

  it('returns null for people without names', () => {
    expect(m([], 'John Smith')).toBeNull();
    expect(m(' ', 'John Smith')).toBeNull();
  });
});
