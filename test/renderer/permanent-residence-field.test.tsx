/**
 * Permanent residence held is asked as Not known / None / Yes, in… so "none" is an answer of its
 * own: a route is never for its country's permanent residents, and an unanswered question stays
 * unknown rather than reading as "none".
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { setPath } from '../../renderer/features/intake/paths';
import { ClientSection } from '../../renderer/features/intake/sections';
import { IntakeContext } from '../../renderer/features/intake/use-intake-form';

let latest: Record<string, unknown> = {};
function Harness({ initial }: { initial: Record<string, unknown> }) {
  const [draft, setDraft] = useState(initial);
  latest = draft;
  return (
    <IntakeContext.Provider value={{ draft, errors: new Map(), set: (p, v) => setDraft(d => setPath(d, p, v)) }}>
      <ClientSection />
    </IntakeContext.Provider>
  );
}

const residences = () => (latest.client as Record<string, unknown>).permanentResidences;

describe('permanent residence held', () => {
  it('records none as an empty list, countries as codes, and not known as absent', async () => {
    const user = userEvent.setup();
    render(<Harness initial={{ client: { fullName: 'Priya Sharma' } }} />);
    const question = screen.getByLabelText('Permanent residence held');
    expect((question as HTMLSelectElement).value).toBe('');
    expect(residences()).toBeUndefined();

    await user.selectOptions(question, 'none');
    expect(residences()).toEqual([]);

    await user.selectOptions(question, 'some');
    await user.type(screen.getByLabelText('Permanent residence held: countries'), 'united s{Enter}cana{Enter}');
    expect(residences()).toEqual(['US', 'CA']);
    expect(screen.getByRole('list', { name: 'Permanent residence held: countries: chosen' }).textContent).toBe('United States×Canada×');

    await user.selectOptions(question, '');
    expect(residences()).toBeUndefined();
    expect(screen.queryByLabelText('Permanent residence held: countries')).toBeNull();
  });

  it('shows a recorded list as it is', () => {
    render(<Harness initial={{ client: { fullName: 'Li Wei', permanentResidences: ['SG'] } }} />);
    expect(screen.getByLabelText<HTMLSelectElement>('Permanent residence held').value).toBe('some');
    expect(screen.getByRole('button', { name: 'Remove Singapore' })).toBeTruthy();
  });
});
