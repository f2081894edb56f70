import { ipcMain } from 'electron';
import { IPC_CHANNEL } from '../../shared/ipc-channel';
import type { Dispatch } from '../dispatcher';
import { appIpcHandler } from './guard';

/**
 * Binds the contract to Electron IPC. The only file that touches ipcMain: the sender frame's URL
 * goes to the same guarded handler the e2e bridge uses, which refuses foreign origins and hands
 * the rest to the dispatcher the CLI and the tests use.
 */
export function registerIpc(dispatch: Dispatch): void {
  const handle = appIpcHandler(dispatch);
  ipcMain.handle(IPC_CHANNEL, (event, method: unknown, input: unknown) =>
    handle(event.senderFrame?.url, method, input),
  );
}
