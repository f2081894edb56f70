/**
 * The intake asks the H-1B cap question (INA 214(g)(7): counted against the cap in the last six
 * years means no lottery), stores it at client.h1bHistory, and "Still missing" asks for the facts
 * the odds wait on as well as the gates'.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { CompletenessPanel } from '../../renderer/features/case/completeness';
import { setPath } from '../../renderer/features/intake/paths';
import { StatusSection } from '../../renderer/features/intake/sections';
import { IntakeContext } from '../../renderer/features/intake/use-intake-form';
import { CaseFile } from '../../shared/case-file';
import { loadFixture } from '../fixtures';

let latest: Record<string, unknown> = {};
function Harness() {
  const [draft, setDraft] = useState<Record<string, unknown>>({});
  latest = draft;
  return (
    <IntakeContext.Provider value={{ draft, errors: new Map(), set: (p, v) => setDraft(d => setPath(d, p, v)) }}>
      <StatusSection />
    </IntakeContext.Provider>
  );
}

describe('H-1B history in the intake', () => {
  it('records whether and when the client was counted against the cap, "Not known" removing the fact', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const counted = screen.getByLabelText('Counted against the H-1B cap in the last six years');
    await user.selectOptions(counted, 'yes');
    await user.type(screen.getByLabelText('When the cap petition was approved'), '2023-10');
    expect(latest).toEqual({ client: { h1bHistory: { capCounted: true, countedOn: '2023-10' } } });
    await user.selectOptions(counted, '');
    expect(latest).toEqual({ client: { h1bHistory: { countedOn: '2023-10' } } });
  });

  it('"Still missing" asks for the cap count of an H-1B holder and the wage level the odds need, in plain words', () => {
    const raw = loadFixture('priya-sharma.case.json') as { client: Record<string, unknown>; jobOffer: Record<string, unknown> };
    raw.client.currentStatus = { country: 'US', type: 'H-1B' };
    delete raw.jobOffer.usWageLevel;
    render(<CompletenessPanel caseFile={CaseFile.parse(raw)} asOf="2026-11-29" />);
    const list = within(screen.getByRole('region', { name: 'Still missing' }));
    expect(list.getByRole('link', { name: 'Whether the client was counted against the H-1B cap in the last six years' }).getAttribute('href')).toBe('#f-client-h1bHistory-capCounted');
    // The cap count decides first: once it is recorded as "no", the odds wait on the wage level.
    raw.client.h1bHistory = { capCounted: false };
    render(<CompletenessPanel caseFile={CaseFile.parse(raw)} asOf="2026-11-29" />);
    const second = within(screen.getAllByRole('region', { name: 'Still missing' })[1]!);
    expect(second.getByRole('link', { name: 'Job offer: US wage level' }).getAttribute('href')).toBe('#f-jobOffer-usWageLevel');
  });
});
