import { describe, expect, it } from 'vitest';
import { nameScript, romanizeHangul, toLatin } from '../../../../shared/conflicts';

describe('nameScript', () => {
  it('tells the scripts apart', () => {
    expect(nameScript('Priya Sharma')).toBe('latin');
    expect(nameScript('प्रिया शर्मा')).toBe('devanagari');
    expect(nameScript('李伟')).toBe('han');
    expect(nameScript('김민준')).toBe('hangul');
    expect(nameScript('Wang 小明')).toBe('mixed');
    expect(nameScript('Сергей')).toBe('other');
  });
});

describe('toLatin: Devanagari', () => {
  it('drops the inherent a at the end of a word after a single consonant (schwa deletion)', () => {
    expect(toLatin('प्रिया शर्मा')).toEqual(['priya sharma']);
    expect(toLatin('राहुल')).toEqual(['rahul']);
    expect(toLatin('मोहम्मद')).toEqual(['mohammad']);
    expect(toLatin('अमित')).toEqual(['amit']);
    expect(toLatin('आनंद')).toEqual(['anand']);
  });

  it('keeps the final a after a consonant cluster', () => {
    expect(toLatin('मिश्र')).toEqual(['mishra']);
    expect(toLatin('नरेन्द्र')).toEqual(['narendra']);
    expect(toLatin('कृष्ण')).toEqual(['krishna']);
    expect(toLatin('आदित्य')).toEqual(['aditya']);
  });

  it('also gives the medial-deletion reading (VC_CV) as a second rendering', () => {
    expect(toLatin('कमला')).toEqual(['kamala', 'kamla']);
    expect(toLatin('मनमोहन')).toEqual(['manamohan', 'manmohan']);
    expect(toLatin('जगदीश')).toEqual(['jagadish', 'jagdish']);
  });

  it('uses the spellings names have in passports', () => {
    expect(toLatin('लक्ष्मी')).toEqual(['lakshmi']);
    expect(toLatin('सिंह')).toEqual(['singh']);
    expect(toLatin('चंपा')).toEqual(['champa']); // anusvara before a labial is m
    expect(toLatin('स्वाति')).toEqual(['swati']); // व after a consonant is w
    expect(toLatin('ज्ञानेश्वर')).toEqual(['gyaneshwar']);
    expect(toLatin('मोहम्मद ख़ान')).toEqual(['mohammad khan']); // nukta
  });
});

describe('toLatin: Chinese characters', () => {
  it('gives toneless pinyin, surname first, given name joined and split', () => {
    expect(toLatin('李伟')).toEqual(['li wei']);
    expect(toLatin('王小明')).toEqual(['wang xiaoming', 'wang xiao ming']);
  });

  it('reads characters the way they are read as surnames', () => {
    // 单 is dan in ordinary words but Shan as a surname; 曾 is ceng/zeng.
    expect(toLatin('单雄信')[0]).toBe('shan xiongxin');
    expect(toLatin('曾国藩')[0]).toBe('zeng guofan');
  });

  it('keeps two-character surnames together', () => {
    expect(toLatin('欧阳娜娜')).toEqual(['ouyang nana', 'ouyang na na']);
    expect(toLatin('諸葛亮')).toEqual(['zhuge liang']);
  });

  it('writes ü both as u and as yu', () => {
    expect(toLatin('吕布')).toEqual(['lu bu', 'lyu bu']);
  });
});

describe('toLatin: Hangul', () => {
  it('romanises syllable by syllable (Revised Romanization)', () => {
    expect(romanizeHangul('민준')).toBe('minjun');
    expect(romanizeHangul('서연')).toBe('seoyeon');
    expect(romanizeHangul('한복남')).toBe('hanboknam'); // the RR example for names: no assimilation
    expect(romanizeHangul('지성', 'customary')).toBe('jisung');
  });

  it('gives the common surname spellings, RR and customary given names', () => {
    expect(toLatin('김민준')).toEqual(['kim minjun', 'gim minjun', 'kim minjoon', 'gim minjoon']);
    const lee = toLatin('이서연');
    for (const f of ['lee seoyeon', 'yi seoyeon', 'rhee seoyeon']) expect(lee).toContain(f);
    const park = toLatin('박지성');
    for (const f of ['park jiseong', 'pak jiseong', 'park jisung']) expect(park).toContain(f);
    expect(toLatin('최우식')).toContain('choi usik');
    expect(toLatin('최우식')).toContain('choe usik');
    expect(toLatin('반기문')).toContain('ban kimoon');
  });

  it('keeps two-syllable surnames together, and also tries the one-syllable reading', () => {
    const forms = toLatin('남궁민수');
    expect(forms[0]).toBe('namgoong minsu');
    expect(forms).toContain('nam gungminsu');
  });
});

describe('toLatin: Latin and other scripts', () => {
  it('returns Latin input as it is', () => {
    expect(toLatin('José García')).toEqual(['José García']);
    expect(toLatin('  Li Wei ')).toEqual(['Li Wei']);
  });

  it('returns scripts without a scheme as they are', () => {
    expect(toLatin('Сергей Иванов')).toEqual(['Сергей Иванов']);
  });
});

describe('toLatin: one word in several scripts', () => {
  it('takes the word run by run, where it once recursed without end', () => {
    expect(toLatin('李Wei')).toEqual(['li Wei']);
    expect(toLatin('Priya李伟')).toEqual(['Priya li wei']);
    // Han, Hangul and letters of scripts without a scheme, in one word, as the fuzzer found it.
    expect(toLatin('ᱏ꧋吸蟇꒲䌔ᵝ訂')).toHaveLength(1);
  });
});
