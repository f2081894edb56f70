/**
 * The intake as steps: a rail of sections with each one's state (complete, facts missing, a problem),
 * one section on screen at a time, Previous/Next buttons with keyboard shortcuts, and a summary of
 * every problem at the top whose links open the right step and focus the field. Editing, autosave
 * and the draft rules are the case view's, unchanged: this only decides what is on screen.
 */
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { CaseFile } from '../../../shared/case-file';
import { factLabel, isLabelledFact } from '../../../shared/rules/fact-labels';
import { useDateFormat } from '../../lib/date-format';
import { useCatalogue } from '../../lib/use-catalogue';
import { missingFacts } from '../case/completeness';
import { errorText } from './error-text';
import { fieldId } from './paths';
import { STEP_SECTIONS } from './sections';
import { findControl, onGoToField, stepOfPath, stepOfTarget, STEPS, type StepId } from './steps';
import { IntakeContext, type IntakeForm } from './use-intake-form';

/** Next and previous step: keys that no text box, list or select uses for itself. */
const NEXT = { key: 'PageDown', aria: 'Alt+PageDown', shown: 'Alt+Page Down' };
const PREVIOUS = { key: 'PageUp', aria: 'Alt+PageUp', shown: 'Alt+Page Up' };

type StepState = { missing: number; problems: number };

const plural = (n: number, one: string, many: string) => `${String(n)} ${n === 1 ? one : many}`;

export function IntakeSteps({ form, caseFile, status, asOf }: { form: IntakeForm; caseFile: CaseFile; status: ReactNode; asOf?: string }) {
  const [step, setStep] = useState<StepId>('client');
  // What gets focus once the step has rendered: its heading, or a field a link asked for.
  const [focus, setFocus] = useState<{ id: string; n: number } | null>(null);
  const format = useDateFormat();
  const catalogue = useCatalogue();
  const index = STEPS.findIndex(([id]) => id === step);

  const states = useMemo(() => {
    const by = Object.fromEntries(STEPS.map(([id]) => [id, { missing: 0, problems: 0 }])) as Record<StepId, StepState>;
    for (const m of missingFacts(caseFile, asOf, catalogue)) by[stepOfTarget(m.target)].missing++;
    for (const path of form.errors.keys()) by[stepOfPath(path)].problems++;
    return by;
  }, [caseFile, asOf, form.errors, catalogue]);

  const counter = useRef(0);
  const go = (to: StepId, target = `section-${to}-title`) => {
    setStep(to);
    setFocus({ id: target, n: ++counter.current });
  };
  useEffect(() => onGoToField(id => go(stepOfTarget(id), id)), []);
  useEffect(() => {
    if (!focus) return;
    const el = focus.id.startsWith('section-') ? document.getElementById(focus.id) : findControl(focus.id);
    // A field in a folded entry: unfold it first, or focus would go nowhere.
    for (let d = el?.closest('details'); d; d = d.parentElement?.closest('details')) d.open = true;
    // Optional: jsdom (the component tests) has no scrollIntoView.
    if (el && typeof el.scrollIntoView === 'function') el.scrollIntoView({ block: focus.id.startsWith('section-') ? 'start' : 'center' });
    el?.focus();
  }, [focus]);

  const previous = STEPS[index - 1];
  const next = STEPS[index + 1];
  // On the whole case page, not only inside the form: focus is often on the page itself (after the
  // case opens, or after a click on the rail or the "Still missing" panel).
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      const to = e.key === NEXT.key ? next : e.key === PREVIOUS.key ? previous : undefined;
      if (!to) return;
      e.preventDefault();
      go(to[0]);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  });

  const Section = STEP_SECTIONS[step];
  return (
    <div className="intake-steps">
      {status}
      <ErrorSummary errors={form.errors} file={caseFile} onGo={id => go(stepOfTarget(id), id)} format={format} />
      <div className="steps-layout">
        <nav aria-label="Intake steps" className="step-rail">
          <ol>
            {STEPS.map(([id, label]) => {
              const s = states[id];
              const state = s.problems ? plural(s.problems, 'problem', 'problems') : s.missing ? `${String(s.missing)} missing` : 'complete';
              const kind = s.problems ? 'problem' : s.missing ? 'missing' : 'complete';
              return (
                <li key={id}>
                  <button type="button" className={`step step-${kind}`} aria-current={id === step ? 'step' : undefined} aria-label={`${label}: ${state}`} onClick={() => go(id)}>
                    <span className="step-label">{label}</span>
                    <span className="step-state">
                      <span aria-hidden="true">{kind === 'complete' ? '✓' : kind === 'problem' ? '!' : '…'}</span> {state}
                    </span>
                  </button>
                </li>
              );
            })}
          </ol>
        </nav>
        <div className="step-body">
          <IntakeContext.Provider value={form}>
            <form className="intake" noValidate onSubmit={e => e.preventDefault()} aria-label="Intake">
              <Section />
            </form>
          </IntakeContext.Provider>
          <div className="step-footer">
            {previous && (
              <button type="button" aria-keyshortcuts={PREVIOUS.aria} onClick={() => go(previous[0])}>
                ← Previous: {previous[1]}
              </button>
            )}
            {next && (
              <button type="button" className="primary" aria-keyshortcuts={NEXT.aria} onClick={() => go(next[0])}>
                Next: {next[1]} →
              </button>
            )}
            <p className="hint shortcut-hint">
              Step {index + 1} of {STEPS.length}. Keys: <kbd>{NEXT.shown}</kbd> next step, <kbd>{PREVIOUS.shown}</kbd> previous.
            </p>
          </div>
        </div>
      </div>
    </div>
  );
}

const words = (key: string) => key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

/**
 * What a problem is about, in words: the engine's name for the fact where it has one, else the
 * path read aloud ("ties[0].kind" → "Ties 1: kind", "client.currentStatus.validUntil" → "Current
 * status valid until"), never the path itself.
 */
export function problemLabel(path: string, file: CaseFile): string {
  if (isLabelledFact(path, file)) return factLabel(path, file);
  const entry = /^(?:(spouse)\.)?(\w+)\[(\d+)\]\.(.+)$/.exec(path);
  const text = entry
    ? `${entry[1] ? 'spouse’s ' : ''}${words(entry[2] ?? '')} ${String(Number(entry[3]) + 1)}: ${words((entry[4] ?? '').replace(/\./g, ' '))}`
    : path.split('.').filter(k => k !== 'client').slice(-2).map(words).join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Every problem in the draft, each a link to its field, whatever step it is on. */
function ErrorSummary({ errors, file, onGo, format }: { errors: ReadonlyMap<string, string>; file: CaseFile; onGo: (id: string) => void; format: Parameters<typeof errorText>[1] }) {
  if (errors.size === 0) return null;
  return (
    <section className="error-summary" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{plural(errors.size, 'problem', 'problems')} to fix before this is the case file</h2>
      <ul>
        {[...errors].map(([path, message]) => {
          const id = fieldId(path);
          const step = STEPS.find(([s]) => s === stepOfPath(path))?.[1];
          return (
            <li key={path}>
              <a
                href={`#${id}`}
                onClick={e => {
                  e.preventDefault();
                  onGo(id);
                }}
              >
                {step}: {problemLabel(path, file)}
              </a>{' '}
              — {errorText(message, format)}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
