/**
 * The intake's fields: countries typed by name (an accessible combobox, stored as ISO codes, names
 * from Intl.DisplayNames), "still studying" and "still in this job" as answers of their own apart
 * from a blank (not known) date, dates shown and typed in the format chosen in Settings, and no
 * placeholder that could pass for a value.
 */
import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EducationEntry, WorkEntry } from '../../renderer/features/intake/entries';
import { AllSections, ClientSection } from '../../renderer/features/intake/sections';
import { exactCountry, matchCountries } from '../../renderer/lib/country-combobox';
import { COUNTRY_OPTIONS } from '../../renderer/lib/countries';
import { formatDate, parseDate, resetDateFormatCache, setDateFormat } from '../../renderer/lib/date-format';
import { DateFormatSetting } from '../../renderer/lib/date-format-setting';
import { CaseFile } from '../../shared/case-file';
import { completedEducation } from '../../shared/rules/facts';
import { loadFixture } from '../fixtures';
import { draft, IntakeHarness, type Json } from './intake-harness';
import { setupUser } from './user';

const client = () => draft.latest.client as Json;
const person = (c: Json = {}) => ({ format: 'immigration-advisor/case', version: 1, client: { fullName: 'Li Wei', ...c } });

afterEach(() => {
  window.localStorage.clear();
  resetDateFormatCache();
});

describe('countries by name', () => {
  it('names every country as Intl.DisplayNames does, and matches by the start of the name or of a word', () => {
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    for (const c of COUNTRY_OPTIONS) expect(c.name).toBe(names.of(c.code));
    expect(matchCountries('ger')[0]).toEqual({ code: 'DE', name: 'Germany' });
    expect(matchCountries('korea').map(c => c.code)).toEqual(expect.arrayContaining(['KR', 'KP']));
    expect(matchCountries('cote').map(c => c.code)).toContain('CI');
    expect(matchCountries('us').map(c => c.code)).toContain('US');
    expect(matchCountries('')).toEqual([]);
    expect(exactCountry(' united kingdom ')).toBe('GB');
    expect(exactCountry('Atlantis')).toBeUndefined();
  });

  it('picks one country with the keyboard: the list opens as the name is typed, arrows move, Enter takes it', async () => {
    const user = setupUser();
    render(<IntakeHarness initial={person()}>{() => <ClientSection />}</IntakeHarness>);
    const box = screen.getByRole('combobox', { name: 'Country of residence' });
    expect(box.getAttribute('aria-expanded')).toBe('false');
    await user.type(box, 'nig');
    expect(box.getAttribute('aria-expanded')).toBe('true');
    const list = screen.getByRole('listbox', { name: 'Country of residence' });
    expect(box.getAttribute('aria-controls')).toBe(list.id);
    const options = within(list).getAllByRole('option');
    expect(options.map(o => o.textContent)).toEqual(['Niger', 'Nigeria']);
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0]?.id);
    expect(client().residenceCountry).toBeUndefined(); // nothing is stored mid-word
    await user.keyboard('{ArrowDown}');
    expect(box.getAttribute('aria-activedescendant')).toBe(options[1]?.id);
    await user.keyboard('{ArrowUp}{Enter}');
    expect(client().residenceCountry).toBe('NE');
    expect((box as HTMLInputElement).value).toBe('Niger');
    expect(screen.queryByRole('listbox')).toBeNull();

    // Escape closes the list without choosing; emptying the box makes the country not known.
    await user.clear(box);
    await user.type(box, 'fra{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    await user.clear(box);
    await user.tab();
    expect(client().residenceCountry).toBeUndefined();
  });

  it('takes a name typed in full on leaving the box, and keeps text that names no country, with the error beside it', async () => {
    const user = setupUser();
    render(<IntakeHarness initial={person({ residenceCountry: 'IN' })}>{() => <ClientSection />}</IntakeHarness>);
    const box = screen.getByRole<HTMLInputElement>('combobox', { name: 'Country of residence' });
    expect(box.value).toBe('India');
    await user.clear(box);
    await user.type(box, 'new zealand{Escape}');
    await user.tab();
    expect(client().residenceCountry).toBe('NZ');
    expect(box.value).toBe('New Zealand');
    // Tab takes the highlighted country; leaving the box must not then store the half-typed text.
    await user.clear(box);
    await user.type(box, 'zimb');
    await user.tab();
    expect(client().residenceCountry).toBe('ZW');
    expect(box.value).toBe('Zimbabwe');

    await user.clear(box);
    await user.type(box, 'Atlantis');
    await user.tab();
    expect(client().residenceCountry).toBe('Atlantis');
    expect(box.value).toBe('Atlantis');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('f-client-residenceCountry-error')?.textContent).toBe('Choose a country from the list.');
  });

  it('chooses several countries (citizenships): Enter adds and stays, Tab adds and moves on, Backspace and Remove take them off', async () => {
    const user = setupUser();
    render(<IntakeHarness initial={person()}>{() => <ClientSection />}</IntakeHarness>);
    const box = screen.getByRole('combobox', { name: 'Citizenships' });
    await user.type(box, 'ind{Enter}');
    expect(client().citizenships).toEqual(['IN']);
    expect(document.activeElement).toBe(box);
    // Chile comes before China: the arrow picks the second match.
    await user.keyboard('chi{ArrowDown}');
    await user.tab();
    expect(client().citizenships).toEqual(['IN', 'CN']);
    expect(document.activeElement).not.toBe(box);
    // A country already chosen is not offered again.
    await user.type(box, 'indi');
    expect(within(screen.getByRole('listbox')).queryByRole('option', { name: 'India' })).toBeNull();
    await user.clear(box);
    await user.keyboard('{Backspace}');
    expect(client().citizenships).toEqual(['IN']);
    await user.click(screen.getByRole('button', { name: 'Remove India' }));
    expect(client().citizenships).toBeUndefined(); // none chosen: not known, not "none"
  });
});

describe('"not known" apart from every real answer', () => {
  it('a blank completion date is not known; "Still studying" is its own answer, with an expected date if known', async () => {
    const user = setupUser();
    render(<IntakeHarness initial={{ ...person(), education: [{ level: 'master' }] }}>{() => <EducationEntry base="education[0]" />}</IntakeHarness>);
    const degree = () => (draft.latest.education as Json[])[0];
    expect(degree()).toEqual({ level: 'master' });
    const completed = screen.getByLabelText('Completed');
    await user.type(completed, 'May 2024');
    expect(degree()).toEqual({ level: 'master', completed: '2024-05' });
    await user.clear(completed);
    expect(degree()).toEqual({ level: 'master' }); // blank: not known, never null or "studying"

    await user.click(screen.getByLabelText('Still studying'));
    expect(degree()).toEqual({ level: 'master', studying: true });
    await user.type(screen.getByLabelText('Expected completion'), '2027-06');
    expect(degree()).toEqual({ level: 'master', studying: true, completed: '2027-06' });
    await user.click(screen.getByLabelText('Still studying'));
    expect(degree()).toEqual({ level: 'master', completed: '2027-06' });
  });

  it('the engine counts a degree still being studied as not completed, even with its expected date passed', () => {
    const file = CaseFile.parse({ ...person(), education: [{ level: 'bachelor', completed: '2020-05' }, { level: 'master', studying: true, completed: '2026-06' }] });
    expect(completedEducation(file, '2026-11-29').map(e => e.level)).toEqual(['bachelor']);
  });

  it('a blank end date is not known; "Still in this job" records an ongoing job', async () => {
    const user = setupUser();
    render(<IntakeHarness initial={{ ...person(), work: [{ start: '2024-06' }] }}>{() => <WorkEntry base="work[0]" />}</IntakeHarness>);
    const job = () => (draft.latest.work as Json[])[0];
    expect(job()).toEqual({ start: '2024-06' });
    await user.click(screen.getByLabelText('Still in this job'));
    expect(job()).toEqual({ start: '2024-06', end: null });
    expect(screen.getByLabelText<HTMLInputElement>('Ended').disabled).toBe(true);
    await user.click(screen.getByLabelText('Still in this job'));
    expect(job()).toEqual({ start: '2024-06' });
  });

  it('has no placeholder anywhere, a currency box that says so, and "Not known" on every yes/no question', () => {
    const priya = loadFixture('priya-sharma.case.json');
    render(<IntakeHarness initial={{ ...priya, jobOffer: { country: 'US' }, goals: {} }}>{() => <AllSections />}</IntakeHarness>);
    expect(document.querySelectorAll('[placeholder]')).toHaveLength(0);
    // By id: label queries over the whole intake are slow in jsdom.
    const currency = document.getElementById('f-goals-budget-currency') as HTMLSelectElement;
    expect(currency.getAttribute('aria-label')).toBe('Budget: currency');
    expect(currency.value).toBe('');
    expect(currency.selectedOptions[0]?.textContent).toMatch(/^Currency/);
    const yesNo = [...document.querySelectorAll('select')].filter(s => [...s.options].some(o => o.value === 'yes'));
    expect(yesNo.length).toBeGreaterThan(20);
    for (const s of yesNo) expect([...s.options].map(o => o.textContent), s.id).toContain('Not known');
  });
});

describe('dates in the format chosen in Settings', () => {
  it('formats and reads each format, and always reads YYYY-MM-DD', () => {
    expect(formatDate('2026-12-03', 'long')).toBe('3 December 2026');
    expect(formatDate('2026-12-03', 'us')).toBe('12/3/2026');
    expect(formatDate('2024-05', 'long')).toBe('May 2024');
    expect(formatDate('2024-05', 'us')).toBe('5/2024');
    expect(formatDate('not a date', 'long')).toBe('not a date');
    expect(formatDate('1996-02-30', 'long')).toBe('1996-02-30'); // no such day: shown as stored, beside its error
    expect(parseDate('3 December 2026', 'long')).toBe('2026-12-03');
    expect(parseDate('3 dec 2026', 'long')).toBe('2026-12-03');
    expect(parseDate('2026-12-03', 'us')).toBe('2026-12-03');
    expect(parseDate('12/3/2026', 'us')).toBe('2026-12-03');
    expect(parseDate('12/3/2026', 'long')).toBeUndefined(); // numeric dates only where the setting says which is the month
    expect(parseDate('May 2024', 'long', true)).toBe('2024-05');
    expect(parseDate('5/2024', 'us', true)).toBe('2024-05');
    expect(parseDate('May 2024', 'long')).toBeUndefined(); // a full date was asked for
    expect(parseDate('30 February 2026', 'long')).toBe('2026-02-30'); // the schema says it is no real date
  });

  it('shows stored dates in the chosen format and stores typed ones as YYYY-MM-DD, switching when Settings changes', async () => {
    const user = setupUser();
    render(<IntakeHarness initial={person({ dateOfBirth: '1998-04-12' })}>{() => <ClientSection />}</IntakeHarness>);
    const born = screen.getByLabelText<HTMLInputElement>('Date of birth');
    expect(born.value).toBe('12 April 1998');
    await user.clear(born);
    await user.type(born, '1 September 2022');
    expect(client().dateOfBirth).toBe('2022-09-01');

    setDateFormat('us');
    await user.tab();
    expect(born.value).toBe('9/1/2022');
    await user.clear(born);
    await user.type(born, '4/12/1998');
    expect(client().dateOfBirth).toBe('1998-04-12');
    await user.clear(born);
    await user.type(born, '1998-02-30');
    await user.tab();
    expect(document.getElementById('f-client-dateOfBirth-error')?.textContent).toBe('Enter a real date, such as 12/3/2026 or 2026-12-03.');
  });

  it('is chosen in Settings, kept on this computer, and applied at once', async () => {
    const user = setupUser();
    render(
      <IntakeHarness initial={person({ dateOfBirth: '1998-04-12' })}>
        {() => (
          <>
            <DateFormatSetting />
            <ClientSection />
          </>
        )}
      </IntakeHarness>,
    );
    expect(screen.getByLabelText<HTMLInputElement>('Date of birth').value).toBe('12 April 1998');
    await user.click(screen.getByRole('radio', { name: /12\/3\/2026/ }));
    expect(screen.getByLabelText<HTMLInputElement>('Date of birth').value).toBe('4/12/1998');
    expect(window.localStorage.getItem('advisor.dateFormat')).toBe('us');
    expect(screen.getByRole('status').textContent).toBe('Saved on this computer.');
  });
});
