/** Every points calculator by id, so catalogue data can name one without importing code. */
import type { CalculatorId } from '../../programs/types';
import type { Calculator } from '../types';
import { crsCalculator } from './ca-crs';
import { fswCalculator } from './ca-fsw';
import { opportunityCardCalculator } from './de-opportunity-card';
import { hspCalculator } from './jp-hsp';
import { smcCalculator } from './nz-smc';

export const CALCULATORS: Readonly<Record<CalculatorId, Calculator>> = {
  'ca-crs': crsCalculator,
  'ca-fsw': fswCalculator,
  'de-opportunity-card': opportunityCardCalculator,
  'nz-smc': smcCalculator,
  'jp-hsp': hspCalculator,
};
