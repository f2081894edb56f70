import { render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { EducationEntry } from '../../renderer/features/intake/entries';
import { setPath } from '../../renderer/features/intake/paths';
import { Repeatable } from '../../renderer/features/intake/repeatable';
import { IntakeContext } from '../../renderer/features/intake/use-intake-form';
import { setupUser } from './user';

let latest: Record<string, unknown> = {};
function Harness({ initial }: { initial: Record<string, unknown> }) {
  const [draft, setDraft] = useState(initial);
  latest = draft;
  return (
    <IntakeContext.Provider value={{ draft, errors: new Map([['education[0].level', 'expected one of none, secondary, …']]), set: (p, v) => setDraft(d => setPath(d, p, v)) }}>
      <Repeatable path="education" noun="education" title="Degrees" newItem={() => ({})}>
        {base => <EducationEntry base={base} />}
      </Repeatable>
    </IntakeContext.Provider>
  );
}

describe('repeatable entries', () => {
  it('adds and removes entries with the keyboard, moving focus into the new entry and back', async () => {
    const user = setupUser();
    render(<Harness initial={{}} />);
    expect(screen.getByText(/Not recorded yet/)).toBeTruthy();

    screen.getByRole('button', { name: 'Add education' }).focus();
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByLabelText('Level'));
    await user.selectOptions(screen.getByLabelText('Level'), 'master');
    await user.tab();
    await user.keyboard('Computer Science');
    expect(latest).toEqual({ education: [{ level: 'master', field: 'Computer Science' }] });

    screen.getByRole('button', { name: 'Remove education 1' }).focus();
    await user.keyboard('{Enter}');
    expect(latest).toEqual({ education: [] });
    expect(screen.getByText('None.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add education' }));
  });

  it('records "none" distinctly from "not known", and shows a field’s error beside it', async () => {
    const user = setupUser();
    render(<Harness initial={{ education: [{ level: 'phd' }] }} />);
    const level = screen.getByLabelText('Level');
    expect(level.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(level.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Choose one from the list.');
    await user.click(screen.getByRole('button', { name: 'Remove education 1' }));
    expect(latest).toEqual({ education: [] });
  });

  it('offers "the client has none" while the list is unknown', async () => {
    const user = setupUser();
    render(<Harness initial={{}} />);
    await user.click(screen.getByRole('button', { name: 'The client has none' }));
    expect(latest).toEqual({ education: [] });
  });
});
