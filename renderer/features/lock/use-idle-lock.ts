import { useEffect } from 'react';
import { advisor } from '../../lib/advisor';

/** Input that counts as someone at the keyboard. */
const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;
/** How often use is reported to main, which keeps its own idle clock (the lock holds even if this page stalls). */
const REPORT_EVERY_MS = 30_000;
const CHECK_EVERY_MS = 5_000;

/** Calls `onIdle` after `minutes` without keyboard, mouse or touch input in the window. */
export function useIdleLock(minutes: number, onIdle: () => void): void {
  useEffect(() => {
    let last = Date.now();
    let reported = last;
    const activity = () => {
      last = Date.now();
      if (last - reported < REPORT_EVERY_MS) return;
      reported = last;
      // A `locked` answer is announced by advisor() itself; nothing else to do here.
      advisor('vault:activity', {}).catch(() => undefined);
    };
    for (const type of ACTIVITY) window.addEventListener(type, activity, { capture: true, passive: true });
    const timer = window.setInterval(() => {
      if (Date.now() - last >= minutes * 60_000) onIdle();
    }, CHECK_EVERY_MS);
    return () => {
      for (const type of ACTIVITY) window.removeEventListener(type, activity, { capture: true });
      window.clearInterval(timer);
    };
  }, [minutes, onIdle]);
}
