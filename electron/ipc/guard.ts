/**
 * The IPC decision without Electron: check who is calling, then dispatch. register.ts binds it to
 * ipcMain with the sender frame's URL; the e2e bridge binds it to Playwright with the calling
 * frame's URL, so the sender check that is tested is the one the app runs.
 */
import type { Result } from '../../shared/result';
import type { Dispatch } from '../dispatcher';
import { APP_ORIGIN, isTrustedSender } from '../security-policy';

/** One contract call as it arrives over a bridge: the URL of the frame that sent it, the method, the input. */
export type IpcHandler = (
  senderUrl: unknown,
  method: unknown,
  input: unknown,
) => Promise<Result<unknown>>;

/** The answer a foreign frame gets (a fresh object each time, so no caller can alter the next one's). */
function untrustedSender(): Result<never> {
  return {
    ok: false,
    error: {
      code: 'untrusted-sender',
      message: 'Refused: the request did not come from the app’s own page.',
    },
  };
}

/**
 * Builds the handler: calls from a frame `isTrusted` rejects are refused before the dispatcher
 * (and so the database) sees them; everything else goes to `dispatch`, which validates it.
 */
export function createIpcHandler(
  dispatch: Dispatch,
  isTrusted: (senderUrl: unknown) => boolean,
): IpcHandler {
  return async (senderUrl, method, input) =>
    isTrusted(senderUrl) ? dispatch(method, input) : untrustedSender();
}

/**
 * The app's IPC handler: only frames on `appOrigin` reach `dispatch`. register.ts binds it with the
 * app:// origin, the e2e bridge with its loopback server's.
 */
export function appIpcHandler(dispatch: Dispatch, appOrigin: string = APP_ORIGIN): IpcHandler {
  return createIpcHandler(dispatch, senderUrl => isTrustedSender(senderUrl, appOrigin));
}
