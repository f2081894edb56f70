import { AUTO_LOCK_MINUTES } from '../../shared/contract-security';
import type { SettingsRepo } from '../db/repos/settings-repo';

/** The stored auto-lock time in minutes; the default when unset or out of range. */
export function autoLockMinutesOf(settings: SettingsRepo): number {
  const stored = Number(settings.get('autoLockMinutes'));
  return Number.isInteger(stored) && stored >= AUTO_LOCK_MINUTES.min && stored <= AUTO_LOCK_MINUTES.max ? stored : AUTO_LOCK_MINUTES.default;
}
