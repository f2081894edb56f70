/**
 * Settings save as the intake does (use-autosave.ts): after a pause in typing, with one status line.
 * A value refused names its field in words, beside the field and in the status line, never by path.
 */
import type { SaveState } from '../case/use-autosave';
import { sentence } from '../intake/error-text';

/** The message without the path it starts with (`disclaimers.engaged: …`). */
const withoutPath = (message: string, field: string) => message.replace(new RegExp(`^${field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `), '');

/** The error beside the field `field`, when the last save refused it. */
export function fieldError(state: SaveState, field: string): string | undefined {
  return state.kind === 'error' && state.field === field ? sentence(withoutPath(state.message, field)) : undefined;
}

/** The state for the status line, a refused field named by its label instead of its path. */
export function statusWithLabels(state: SaveState, labels: Readonly<Record<string, string>>): SaveState {
  if (state.kind !== 'error' || state.field === undefined) return state;
  const label = labels[state.field] ?? 'One of the fields';
  return { ...state, message: `${label}: ${withoutPath(state.message, state.field)}` };
}

/** What a successful settings save shows. */
export const savedNow = (): SaveState => ({ kind: 'saved', at: new Date() });
