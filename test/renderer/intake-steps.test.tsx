/**
 * The intake as steps: the rail's state per section, moving between steps by button, rail and
 * keyboard shortcut, "Still missing" and the error summary opening the right step and focusing the
 * field (unfolding its entry), and autosave's draft untouched by moving around.
 */
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CompletenessPanel } from '../../renderer/features/case/completeness';
import { IntakeSteps } from '../../renderer/features/intake/intake-steps';
import { loadFixture } from '../fixtures';
import { AS_OF, draft, IntakeHarness, type Json } from './intake-harness';
import { setupUser } from './user';

/** The intake steps and "Still missing", as the case view shows them. */
function Harness({ initial, saved }: { initial: Json; saved?: Json | undefined }) {
  return (
    <IntakeHarness initial={initial} saved={saved}>
      {(form, current) => (
        <>
          <IntakeSteps form={form} caseFile={current} status={null} asOf={AS_OF} />
          <CompletenessPanel caseFile={current} asOf={AS_OF} />
        </>
      )}
    </IntakeHarness>
  );
}

const rail = () => screen.getByRole('navigation', { name: 'Intake steps' });
const railStep = (name: string) => within(rail()).getByRole('button', { name: new RegExp(`^${name}\\b`) });
const currentStep = () => within(rail()).getByRole('button', { current: 'step' });

describe('intake steps', () => {
  it('shows one step at a time, in the issue’s order, with each step’s state on the rail', () => {
    const priya = loadFixture('priya-sharma.case.json');
    (priya.education as Json[])[0]!.completed = '2020-13';
    render(<Harness initial={priya} saved={loadFixture('priya-sharma.case.json')} />);
    expect(within(rail()).getAllByRole('button').map(b => b.querySelector('.step-label')?.textContent)).toEqual([
      'Client', 'Status', 'Family', 'Education', 'Work', 'Languages', 'Job offer', 'Achievements', 'Ties', 'Goals', 'Notes',
    ]);
    expect(screen.getAllByRole('heading', { level: 2 }).map(h => h.textContent)).toContain('Client');
    expect(screen.queryByRole('heading', { name: 'Education' })).toBeNull();
    // A problem (a month 13) on Education; nothing missing or wrong on Client; facts missing elsewhere.
    expect(railStep('Education').textContent).toMatch(/1 problem$/);
    expect(railStep('Client').textContent).toMatch(/complete$/);
    expect(within(rail()).getAllByRole('button').some(b => / missing$/.test(b.textContent))).toBe(true);
  });

  it('moves to the next and previous step with Alt+Page Down / Alt+Page Up, from inside a field, focusing the step’s heading', async () => {
    const user = setupUser();
    render(<Harness initial={loadFixture('priya-sharma.case.json')} />);
    const next = screen.getByRole('button', { name: /^Next: Status/ });
    expect(next.getAttribute('aria-keyshortcuts')).toBe('Alt+PageDown');
    expect(screen.getByText(/Step 1 of 11/).textContent).toMatch(/Alt\+Page Down.*next step.*Alt\+Page Up.*previous/);

    await user.click(screen.getByLabelText('Phone'));
    await user.keyboard('{Alt>}{PageDown}{/Alt}');
    expect(currentStep().textContent).toMatch(/^Status/);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Current status' }));
    await user.keyboard('{Alt>}{PageDown}{PageDown}{/Alt}');
    expect(currentStep().textContent).toMatch(/^Education/);
    await user.keyboard('{Alt>}{PageUp}{/Alt}');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Family' }));
    // Page Down without Alt is the text box's own (and the browser's): the step stays.
    await user.keyboard('{PageDown}');
    expect(currentStep().textContent).toMatch(/^Family/);

    await user.click(railStep('Notes'));
    expect(screen.getByLabelText('Notes for the attorney')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Next:/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: /^← Previous: Goals/ }));
    expect(currentStep().textContent).toMatch(/^Goals/);
  });

  it('keeps what was typed on a step when moving away and back (the draft is the case view’s, not the step’s)', async () => {
    const user = setupUser();
    render(<Harness initial={{ format: 'immigration-advisor/case', version: 1, client: { fullName: 'Li Wei' } }} />);
    await user.type(screen.getByLabelText('Phone'), '+1 555 0199');
    await user.keyboard('{Alt>}{PageDown}{PageUp}{/Alt}');
    expect(screen.getByLabelText<HTMLInputElement>('Phone').value).toBe('+1 555 0199');
    expect((draft.latest.client as Json).phone).toBe('+1 555 0199');
  });

  it('"Still missing" opens the step of the fact and focuses its field', async () => {
    const user = setupUser();
    render(<Harness initial={loadFixture('priya-sharma.case.json')} />);
    const missing = screen.getByRole('region', { name: 'Still missing' });
    await user.click(within(missing).getByRole('link', { name: /^Spouse’s Bachelor's in Electrical Engineering \(Anna University\): German recognition/ }));
    expect(currentStep().textContent).toMatch(/^Family/);
    expect(document.activeElement).toBe(screen.getByLabelText('German recognition notice'));
    // The entry was folded (recorded before); the link unfolded it.
    expect(document.activeElement?.closest('details')?.open).toBe(true);
  });
});

describe('the error summary', () => {
  it('lists every problem, whatever its step, and each link opens the step and focuses the field', async () => {
    const user = setupUser();
    const priya = loadFixture('priya-sharma.case.json');
    (priya.client as Json).dateOfBirth = '1998-02-30';
    (priya.work as Json[])[0]!.hoursPerWeek = 200;
    render(<Harness initial={priya} />);
    const summary = screen.getByRole('region', { name: /2 problems to fix/ });
    const links = within(summary).getAllByRole('link');
    expect(links.map(l => l.closest('li')?.textContent)).toEqual([
      'Client: Date of birth — Enter a real date, such as 3 December 2026 or 2026-12-03.',
      expect.stringMatching(/^Work: .*hours.* — A week has 168 hours\.$/),
    ]);
    // Beside the field: the same sentence.
    expect(document.getElementById('f-client-dateOfBirth-error')?.textContent).toBe('Enter a real date, such as 3 December 2026 or 2026-12-03.');

    await user.click(links[1]!);
    expect(currentStep().textContent).toMatch(/^Work/);
    expect(document.activeElement).toBe(document.getElementById('f-work-0-hoursPerWeek'));
    expect(railStep('Work').textContent).toMatch(/1 problem$/);

    // Fixing it from there: the summary shrinks as the schema stops objecting.
    await user.clear(document.activeElement as HTMLElement);
    await user.keyboard('40');
    expect(screen.getByRole('region', { name: /1 problem to fix/ })).toBeTruthy();
    await user.click(within(screen.getByRole('region', { name: /1 problem to fix/ })).getByRole('link'));
    expect(document.activeElement).toBe(screen.getByLabelText('Date of birth'));
  });

  it('is absent when nothing is wrong', () => {
    render(<Harness initial={loadFixture('priya-sharma.case.json')} />);
    expect(screen.queryByRole('region', { name: /to fix/ })).toBeNull();
  });
});
