import type { AdvisorBridge, Method, MethodInput, MethodOutput } from '../../shared/contract';
import type { AdvisorErrorInfo, ErrorCode } from '../../shared/result';
import { announceLocked } from './lock-signal';

declare global {
  interface Window {
    /** Set by the preload (Electron) or the e2e bridge; absent in a plain browser. */
    advisor?: AdvisorBridge;
  }
}

/** A contract call that came back with a typed error. */
export class AdvisorCallError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  constructor(info: AdvisorErrorInfo) {
    super(info.message);
    this.name = 'AdvisorCallError';
    this.code = info.code;
    this.field = info.field;
  }
}

/** Calls a contract method and returns its typed output, or throws AdvisorCallError. */
export async function advisor<M extends Method>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const bridge = window.advisor;
  if (!bridge) {
    throw new AdvisorCallError({
      code: 'internal',
      message: 'This page is not connected to Immigration Advisor. Open it from the desktop app.',
    });
  }
  const result = await bridge.invoke(method, input);
  if (!result.ok) {
    if (result.error.code === 'locked') announceLocked();
    throw new AdvisorCallError(result.error);
  }
  return result.value as MethodOutput<M>;
}

/** The message of anything thrown, for showing to the user. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
