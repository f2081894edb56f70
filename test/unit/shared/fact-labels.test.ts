/** "Still missing" and the memo name facts in plain English, entries as the case file describes them. */
import { describe, expect, it } from 'vitest';
import { CaseFile } from '../../../shared/case-file';
import { factLabel, isLabelledFact } from '../../../shared/rules/fact-labels';

const file = CaseFile.parse({
  format: 'immigration-advisor/case',
  version: 1,
  client: { fullName: 'Priya Sharma', maritalStatus: 'married' },
  spouse: { fullName: 'Arjun Sharma', education: [{ level: 'bachelor', field: 'Electrical Engineering', institution: 'Anna University' }] },
  education: [{ level: 'master', field: 'Computer Science', institution: 'IIT Delhi' }],
  work: [{ occupation: 'Software Engineer', employer: 'Infosys', country: 'IN' }, { country: 'NZ' }],
  languages: [{ language: 'ja', test: 'JLPT' }],
  registrations: [{ country: 'NZ', occupation: 'Registered nurse' }],
});

describe('fact labels', () => {
  it('name a degree by its level, field and institution, not by its index', () => {
    expect(factLabel('education[0].credentialAssessed', file)).toBe("Master's in Computer Science (IIT Delhi): credential assessment (ECA)");
    expect(factLabel('spouse.education[0].credentialAssessed', file)).toBe("Spouse’s Bachelor's in Electrical Engineering (Anna University): credential assessment (ECA)");
  });

  it('name jobs, language results and registrations the same way', () => {
    expect(factLabel('work[0].skilled', file)).toBe('Software Engineer at Infosys: whether the role was skilled (TEER 0–3, specialty occupation)');
    expect(factLabel('work[1].start', file)).toBe('Job 2 in New Zealand: start date');
    expect(factLabel('languages[0].level', file)).toBe('Japanese JLPT result: level');
    expect(factLabel('languages[0]', file)).toBe('Japanese JLPT result: test and level or scores');
    expect(factLabel('registrations[0].requiredYears', file)).toBe('Registered nurse registration in New Zealand: years of training or experience it requires');
  });

  it('still read as words without the case file, and for whole facts', () => {
    expect(factLabel('education[2].stem')).toBe('Degree or diploma 3: whether the field is STEM');
    expect(factLabel('client.permanentResidences')).toBe('Permanent residence held in any country (or none)');
    expect(factLabel('jobOffer.annualSalary.currency')).toBe('Job offer: currency of the salary (one with an exchange rate)');
    expect(factLabel('achievements.mediaCoverage')).toBe('Media coverage about the client');
  });

  it('never show a path, even for one they do not know', () => {
    expect(isLabelledFact('goals.somethingNew')).toBe(false);
    expect(factLabel('goals.somethingNew[0].fieldName')).toBe('Goals something new 1 field name');
  });
});
