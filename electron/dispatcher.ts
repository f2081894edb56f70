import { contract, isMethod, type Method, type MethodOutput, type MethodParams } from '../shared/contract';
import { AdvisorError, type Result } from '../shared/result';
import { describeIssues, toFieldIssues } from '../shared/validation';
import { isBusy } from './db/busy';

/** One implementation per method of `M`; the compiler insists each has one. */
export type HandlersFor<M extends Method> = {
  [K in M]: (input: MethodParams<K>) => MethodOutput<K> | Promise<MethodOutput<K>>;
};

/** One implementation per contract method. */
export type Handlers = HandlersFor<Method>;

/** The single entry point for every caller: Electron IPC, the CLI and the e2e bridge. */
export type Dispatch = (method: unknown, rawInput: unknown) => Promise<Result<unknown>>;

export type DispatcherOptions = {
  /** Called with unexpected errors, which callers only see as `internal`. */
  onInternalError?: (method: Method, error: unknown) => void;
};

/**
 * What a caller sees when another process held the database past the busy timeout. The transaction
 * was rolled back, so it can simply be tried again (the intake's autosave does, with backoff).
 */
const BUSY = {
  code: 'busy',
  message: 'The database is busy with a change from another window or command. Nothing was changed; try again in a moment.',
} as const;

/**
 * Builds `dispatch(method, rawInput)`: checks the method exists, validates the input against the
 * contract, runs the handler, and returns its result or a typed error. It never throws, so no
 * input, however malformed, can take the main process down.
 */
export function createDispatcher(handlers: Handlers, options: DispatcherOptions = {}): Dispatch {
  return async function dispatch(method, rawInput) {
    if (!isMethod(method)) {
      return {
        ok: false,
        // Only a string is quoted back: String() of an object can itself throw (a hostile toString).
        error: { code: 'unknown-method', message: typeof method === 'string' ? `Unknown method ${JSON.stringify(method)}.` : `The method must be a name, not ${typeof method}.` },
      };
    }
    const parsed = contract[method].input.safeParse(rawInput);
    if (!parsed.success) {
      const issues = toFieldIssues(parsed.error);
      const first = issues[0];
      return {
        ok: false,
        error:
          first && first.field !== ''
            ? { code: 'bad-input', message: describeIssues(issues), field: first.field }
            : { code: 'bad-input', message: describeIssues(issues) },
      };
    }
    try {
      const handler = handlers[method] as (input: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (err) {
      if (err instanceof AdvisorError) return { ok: false, error: err.toInfo() };
      if (isBusy(err)) return { ok: false, error: BUSY };
      options.onInternalError?.(method, err);
      return {
        ok: false,
        error: { code: 'internal', message: `${method} failed: ${err instanceof Error ? err.message : String(err)}` },
      };
    }
  };
}

/** Narrows a dispatch result to one method's output type, for typed callers such as the CLI. */
export async function call<M extends Method>(
  dispatch: Dispatch,
  method: M,
  input: unknown,
): Promise<Result<MethodOutput<M>>> {
  return (await dispatch(method, input)) as Result<MethodOutput<M>>;
}
