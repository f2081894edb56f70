import type { AdvisorBridge } from '../../shared/contract';
import type { Result } from '../../shared/result';
// Brings in the `window.advisor` global declaration.
import type {} from '../../renderer/lib/advisor';

/** A window.advisor that records calls and answers from a table of canned results. */
export function installFakeBridge(answers: Record<string, (input: unknown) => Result<unknown>>) {
  const calls: { method: string; input: unknown }[] = [];
  const bridge: AdvisorBridge = {
    invoke: (method, input) => {
      calls.push({ method, input });
      const answer = answers[method];
      return Promise.resolve(
        answer ? answer(input) : { ok: false, error: { code: 'unknown-method', message: `no fake for ${method}` } },
      );
    },
  };
  window.advisor = bridge;
  return calls;
}

/** A case summary with every field filled, for list views. */
export function summary(overrides: Record<string, unknown> = {}) {
  return {
    id: '6f1c2f3e-1111-4222-8333-444455556666',
    reference: '2026-0001',
    status: 'intake',
    clientId: 'c1',
    clientName: 'Priya Sharma',
    otherNames: ['प्रिया शर्मा'],
    dateOfBirth: '1998-04-12',
    citizenships: ['IN'],
    targetCountries: [],
    revision: 1,
    spouseName: null,
    deletedAt: null,
    createdAt: '2026-11-29T09:00:00.000Z',
    updatedAt: '2026-11-29T09:00:00.000Z',
    conflicts: { unresolved: 0, conflict: 0 },
    updatedBy: 'Jane Doe, paralegal',
    ...overrides,
  };
}
