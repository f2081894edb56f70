import { createContext, useContext } from 'react';

/** The draft being edited, a setter by field path, and validation messages by field path. */
export type IntakeForm = {
  draft: Record<string, unknown>;
  set: (path: string, value: unknown) => void;
  errors: ReadonlyMap<string, string>;
};

export const IntakeContext = createContext<IntakeForm | null>(null);

/** The enclosing intake form; fields outside one are a programming error. */
export function useIntake(): IntakeForm {
  const form = useContext(IntakeContext);
  if (!form) throw new Error('Intake fields must be inside IntakeContext');
  return form;
}
