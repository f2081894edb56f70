import type { Theme } from '../../shared/contract';

/**
 * Applies the colour theme to the whole app: `system` leaves <html> without data-theme, so CSS
 * follows prefers-color-scheme; light or dark pin color-scheme (styles.css).
 */
export function applyTheme(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}
