import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { NewClientForm } from '../../renderer/features/intake/new-client-form';
import { installFakeBridge, summary } from './fake-bridge';
import { setupUser } from './user';
import type * as Countries from '../../renderer/lib/countries';

// A few countries instead of about 250, so the type-ahead's matches are known. Nothing here depends on
// how many countries there are.
vi.mock('../../renderer/lib/countries', async importOriginal => {
  const real = await importOriginal<typeof Countries>();
  return { ...real, COUNTRY_OPTIONS: real.COUNTRY_OPTIONS.filter(c => ['CN', 'GB', 'IN', 'US'].includes(c.code)) };
});

function setup(answer: Parameters<typeof installFakeBridge>[0]['x'] = input => ({
  ok: true,
  value: { ...summary(), caseFile: (input as { caseFile: unknown }).caseFile },
})) {
  const calls = installFakeBridge({ 'cases:create': answer });
  const onCreated = vi.fn();
  render(<NewClientForm onCreated={onCreated} onCancel={() => undefined} />);
  return { calls, onCreated, user: setupUser() };
}

describe('New client form', () => {
  it('starts in the name field and submits with the keyboard alone', async () => {
    const { calls, onCreated, user } = setup();
    expect(document.activeElement).toBe(screen.getByLabelText('Full name (required)'));
    await user.keyboard('Priya Sharma');
    await user.tab();
    await user.keyboard('प्रिया शर्मा{Enter}Priya S.');
    await user.tab();
    await user.keyboard('12 April 1998');
    // Countries by name: the first match is taken with Enter or Tab.
    await user.type(screen.getByLabelText('Citizenship'), 'ind{Enter}');
    await user.type(screen.getByLabelText('Second citizenship'), 'united k');
    await user.tab();
    await user.selectOptions(screen.getByLabelText('Marital status'), 'married');
    await user.type(screen.getByLabelText('E-mail'), 'priya@example.com{Enter}');

    expect(calls).toEqual([
      {
        method: 'cases:create',
        input: {
          caseFile: {
            format: 'immigration-advisor/case',
            version: 1,
            client: {
              fullName: 'Priya Sharma',
              otherNames: ['प्रिया शर्मा', 'Priya S.'],
              dateOfBirth: '1998-04-12',
              citizenships: ['IN', 'GB'],
              maritalStatus: 'married',
              email: 'priya@example.com',
            },
          },
        },
      },
    ]);
    expect(onCreated).toHaveBeenCalledWith(expect.objectContaining({ reference: '2026-0001' }));
  });

  it('shows plain-words errors beside each wrong field, focuses the first, and sends nothing', async () => {
    const { calls, user } = setup();
    await user.type(screen.getByLabelText('Date of birth'), '1998-02-30');
    await user.type(screen.getByLabelText('E-mail'), 'priya at example');
    await user.click(screen.getByRole('button', { name: 'Create client and case' }));

    const name = screen.getByLabelText('Full name (required)');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(name.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Enter the client’s full name.',
    );
    expect(screen.getByText('Enter a real date, such as 3 December 2026 or 2026-12-03.')).toBeTruthy();
    expect(screen.getByText(/Enter an e-mail address such as name@example.com/)).toBeTruthy();
    expect(document.activeElement).toBe(name);
    expect(calls).toEqual([]);

    // Fixing a field clears its message as the user types.
    await user.type(name, 'Li Wei');
    expect(name.getAttribute('aria-invalid')).toBeNull();
  });

  it('stops typing at the case file’s limits: names, e-mail, phone, date and notes', () => {
    setup();
    const limit = (label: string) => screen.getByLabelText(label).getAttribute('maxlength');
    expect(['Full name (required)', 'E-mail', 'Phone', 'Date of birth', 'Notes for the attorney'].map(limit)).toEqual(['300', '254', '100', '30', '1048576']);
  });

  it('keeps what was typed and shows the reason when the main process refuses the case', async () => {
    const { onCreated, user } = setup(() => ({
      ok: false,
      error: { code: 'bad-input', message: 'caseFile.client.email: expected an e-mail address', field: 'caseFile.client.email' },
    }));
    await user.type(screen.getByLabelText('Full name (required)'), 'Li Wei');
    await user.click(screen.getByRole('button', { name: 'Create client and case' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/The client was not saved/);
    expect(screen.getByLabelText('E-mail').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText<HTMLInputElement>('Full name (required)').value).toBe('Li Wei');
    expect(onCreated).not.toHaveBeenCalled();
  });
});
