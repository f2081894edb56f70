import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * Keeps an element where it is on screen across a change it triggers: `hold` notes its position
 * before the change, and after the re-render the page scrolls by however far the change moved it
 * (the matrix above it grows or shrinks). Browser scroll anchoring is off on Compare (styles.css),
 * as it picks its own anchor and could move the page twice.
 */
export function useHoldPosition(target: RefObject<HTMLElement | null>, version: unknown): <T>(change: (value: T) => void) => (value: T) => void {
  const before = useRef<number | null>(null);
  useLayoutEffect(() => {
    const top = before.current;
    before.current = null;
    const now = target.current?.getBoundingClientRect().top;
    if (top !== null && now !== undefined && now !== top) window.scrollBy(0, now - top);
  }, [target, version]);
  return change => value => {
    before.current = target.current?.getBoundingClientRect().top ?? null;
    change(value);
  };
}
