/**
 * The simulated user of every component test. No pause between keys: nothing here waits on a timer
 * between keystrokes, and a macrotask per key only adds time on a loaded machine. No pointer-events
 * check: these tests load no style sheet, so it can never fail, yet it computes the style of every
 * ancestor on each click (jsdom makes that slow).
 */
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';

export function setupUser() {
  return userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
}
