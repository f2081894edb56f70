/**
 * The data set shipped with the app, validated when first loaded: a bad edit fails loudly, naming
 * the field, rather than reaching an assessment.
 */
import raw from './data/facts.json' with { type: 'json' };
import { parseFactDataSet, type FactDataSet } from './schema';

export const BUNDLED_FACTS: FactDataSet = parseFactDataSet(raw);
