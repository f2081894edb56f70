import { useCatalogue } from '../../lib/use-catalogue';
import { countryName } from '../../lib/countries';

/** Which programmes are compared: every route in the catalogue, grouped by country. */
export function ProgramPicker({ selected, onChange }: { selected: string[]; onChange: (ids: string[]) => void }) {
  const { catalogues } = useCatalogue();
  const toggle = (id: string, on: boolean) => onChange(on ? [...selected, id] : selected.filter(s => s !== id));
  return (
    <details className="picker">
      <summary>
        Programmes ({selected.length} of {catalogues.reduce((n, c) => n + c.programs.length, 0)})
      </summary>
      <div className="picker-grid">
        {catalogues.map(c => (
          <fieldset key={c.country}>
            <legend>{countryName(c.country)}</legend>
            {c.programs.map(p => (
              <label key={p.id} className="check">
                <input type="checkbox" checked={selected.includes(p.id)} onChange={e => toggle(p.id, e.target.checked)} /> {p.name}
              </label>
            ))}
          </fieldset>
        ))}
      </div>
    </details>
  );
}
