/**
 * The whole bridge: one function, `window.advisor.invoke(method, input)`. No ipcRenderer, no Node,
 * nothing else reaches the page. The main process validates every call against the contract.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { AdvisorBridge } from '../shared/contract';
import { IPC_CHANNEL } from '../shared/ipc-channel';

const bridge: AdvisorBridge = {
  invoke: (method, input) => ipcRenderer.invoke(IPC_CHANNEL, method, input),
};

contextBridge.exposeInMainWorld('advisor', bridge);
