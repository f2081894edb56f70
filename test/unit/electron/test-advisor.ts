/** A back end on a fresh temp database, with a fixed actor and clock, for dispatcher-level tests. */
import { openAdvisor, type Advisor, type AdvisorOptions } from '../../../electron/advisor';
import { contract, type Method, type MethodOutput } from '../../../shared/contract';
import type { AdvisorErrorInfo } from '../../../shared/result';
import { TEST_PASSPHRASE, tempDir, testClock } from '../../fixtures';

/** Opens the advisor in a new temp folder; `close` also removes the folder. */
export function openTestAdvisor(options: Omit<Partial<AdvisorOptions>, 'passphrase'> = {}): { advisor: Advisor; close: () => void } {
  const t = tempDir();
  const advisor = openAdvisor({
    dataDir: t.dir,
    appVersion: '9.9.9',
    actor: () => 'attorney.ann',
    clock: testClock,
    passphrase: TEST_PASSPHRASE,
    ...options,
  });
  return {
    advisor,
    close: () => {
      advisor.close();
      t.cleanup();
    },
  };
}

/** Dispatches and checks a success against the contract's output schema. */
export async function expectOk<M extends Method>(advisor: Pick<Advisor, 'dispatch'>, method: M, input: unknown): Promise<MethodOutput<M>> {
  const result = await advisor.dispatch(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
  return contract[method].output.parse(result.value) as MethodOutput<M>;
}

/** Dispatches and returns the typed error, failing the test if the call succeeded. */
export async function expectFailure(advisor: Pick<Advisor, 'dispatch'>, method: Method, input: unknown): Promise<AdvisorErrorInfo> {
  const result = await advisor.dispatch(method, input);
  if (result.ok) throw new Error(`${method} unexpectedly succeeded`);
  return result.error;
}
