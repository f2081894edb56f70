/**
 * "The back end is locked": raised by any call answered `locked` (the idle lock in main, a screen
 * lock), heard by the vault gate, which then unmounts every view so no client data stays in the page.
 */
type Listener = () => void;
const listeners = new Set<Listener>();

export function onLocked(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function announceLocked(): void {
  for (const listener of [...listeners]) listener();
}
