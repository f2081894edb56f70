/**
 * The firm's catalogue for the whole app: built from the figures the firm uses now (the applied rule
 * pack's, else the shipped ones, with the firm's own figures), read once per unlock. The live
 * comparison then agrees with saved comparisons and memos, which main makes with the same figures.
 * Nothing below it renders until they arrive: a view drawn with the shipped figures and redrawn with
 * the firm's would mark its cells "changed" and could be read in between. If they cannot be read,
 * the views use the shipped catalogue and say so.
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { buildCatalogue, SHIPPED_CATALOGUE, type Catalogue } from '../../shared/programs/index';
import { advisor, errorMessage } from './advisor';

type FirmCatalogue = {
  catalogue: Catalogue;
  /** Why the firm's figures could not be read, in words; null when they were (or are still loading). */
  problem: string | null;
};

const CatalogueContext = createContext<FirmCatalogue>({ catalogue: SHIPPED_CATALOGUE, problem: null });

/** Mounted inside the vault gate, so it is mounted afresh, and reads afresh, at every unlock. */
export function CatalogueProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<FirmCatalogue | null>(null);
  useEffect(() => {
    let live = true;
    advisor('rules:facts', {})
      .then(r => {
        if (live) setState({ catalogue: buildCatalogue(r.dataSet), problem: null });
      })
      .catch((err: unknown) => {
        if (live) setState({ catalogue: SHIPPED_CATALOGUE, problem: errorMessage(err) });
      });
    return () => {
      live = false;
    };
  }, []);
  if (state === null) return <p role="status">Reading the firm’s figures…</p>;
  return <CatalogueContext.Provider value={state}>{children}</CatalogueContext.Provider>;
}

/** The catalogue every live assessment and programme name in the renderer uses. */
export function useCatalogue(): Catalogue {
  return useContext(CatalogueContext).catalogue;
}

/** Why the firm's figures could not be read, or null. */
export function useCatalogueProblem(): string | null {
  return useContext(CatalogueContext).problem;
}
