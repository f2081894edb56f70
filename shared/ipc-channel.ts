/**
 * The one Electron IPC channel. Every contract method travels over it as `(method, input)`, so the
 * preload needs no list of channel names and cannot drift from the contract.
 */
export const IPC_CHANNEL = 'advisor:invoke';
