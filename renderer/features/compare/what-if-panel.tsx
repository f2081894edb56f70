import type { WhatIf } from '../../../shared/compare/what-if';
import { ASSUMPTIONS, assumptionDefault } from '../../../shared/programs/assumptions';
import type { AssumptionKey } from '../../../shared/programs/types';

const CURRENCIES = ['USD', 'INR', 'CNY', 'EUR', 'CAD', 'GBP', 'KRW', 'NZD', 'JPY', 'AUD', 'SGD', 'AED'];

type Props = {
  assumptions: Partial<Record<AssumptionKey, string>>;
  onAssumptions: (a: Partial<Record<AssumptionKey, string>>) => void;
  /** The assessment date: it picks each assumption's default. */
  asOf: string;
  whatIf: WhatIf;
  onWhatIf: (w: WhatIf) => void;
  currency: string;
  onCurrency: (c: string) => void;
  hasOffer: boolean;
};

/**
 * Policy assumptions (each with its status line) and what-ifs on the client's facts. Every change
 * re-runs the engine at once; none of it touches the saved case.
 */
export function WhatIfPanel({ assumptions, onAssumptions, asOf, whatIf, onWhatIf, currency, onCurrency, hasOffer }: Props) {
  const flag = (key: keyof WhatIf, on: boolean) => onWhatIf({ ...whatIf, [key]: on || undefined });
  return (
    <>
      <fieldset className="assumptions">
        <legend>Policy assumptions</legend>
        {ASSUMPTIONS.map(a => {
          const byDefault = assumptionDefault(a, asOf);
          return (
            <div className="field" key={a.key}>
              <label htmlFor={`assume-${a.key}`}>{a.label}</label>
              <select
                id={`assume-${a.key}`}
                aria-describedby={`assume-${a.key}-status`}
                value={assumptions[a.key] ?? byDefault}
                onChange={e => onAssumptions({ ...assumptions, [a.key]: e.target.value })}
              >
                {a.options.map(o => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                    {o.value === byDefault ? ' (default)' : ''}
                  </option>
                ))}
              </select>
              <details className="assumption-status">
                <summary>Why uncertain</summary>
                <span className="hint" id={`assume-${a.key}-status`}>
                  {a.status}
                </span>
              </details>
            </div>
          );
        })}
      </fieldset>
      <fieldset className="whatif">
        <legend>What if…</legend>
        <label className="check">
          <input type="checkbox" checked={!!whatIf.languagePlusOne} onChange={e => flag('languagePlusOne', e.target.checked)} /> one band higher on every IELTS / CELPIP skill
        </label>
        <label className="check">
          <input type="checkbox" checked={!!whatIf.completesMasters} onChange={e => flag('completesMasters', e.target.checked)} /> completes a master’s degree
        </label>
        <label className="check">
          <input type="checkbox" checked={!!whatIf.filesFromAbroad} onChange={e => flag('filesFromAbroad', e.target.checked)} /> files from the home country
        </label>
        <label className="check">
          <input type="checkbox" checked={!!whatIf.employerPays} onChange={e => flag('employerPays', e.target.checked)} /> employer pays the client’s fees
        </label>
        <label htmlFor="whatif-wage">US wage level of the offer</label>
        <select
          id="whatif-wage"
          disabled={!hasOffer}
          value={whatIf.wageLevel ? String(whatIf.wageLevel) : ''}
          onChange={e => onWhatIf({ ...whatIf, wageLevel: e.target.value ? (Number(e.target.value) as 1 | 2 | 3 | 4) : undefined })}
        >
          <option value="">As recorded</option>
          <option value="1">Level I</option>
          <option value="2">Level II</option>
          <option value="3">Level III</option>
          <option value="4">Level IV</option>
        </select>
        <label htmlFor="currency">Show costs in</label>
        <select id="currency" value={currency} onChange={e => onCurrency(e.target.value)}>
          {CURRENCIES.map(c => (
            <option key={c}>{c}</option>
          ))}
        </select>
      </fieldset>
    </>
  );
}
