import { ipcMain } from 'electron';
import { IPC_CHANNEL } from '../../shared/ipc-channel';
import type { Result } from '../../shared/result';
import type { Dispatch } from '../dispatcher';
import { isTrustedSender } from '../security-policy';

/**
 * Binds the contract to Electron IPC. The only file that touches ipcMain: it checks the sender's
 * origin, then hands everything to the same dispatcher the CLI and the tests use.
 */
export function registerIpc(dispatch: Dispatch): void {
  ipcMain.handle(IPC_CHANNEL, async (event, method: unknown, input: unknown): Promise<Result<unknown>> => {
    if (!isTrustedSender(event.senderFrame?.url)) {
      return {
        ok: false,
        error: { code: 'untrusted-sender', message: 'Refused: the request did not come from the app’s own page.' },
      };
    }
    return dispatch(method, input);
  });
}
