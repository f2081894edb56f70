import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import type {} from '../../renderer/lib/advisor';

// Testing Library unmounts automatically only with vitest globals on; this project keeps them off.
afterEach(() => {
  cleanup();
  delete window.advisor;
  window.location.hash = '';
});
