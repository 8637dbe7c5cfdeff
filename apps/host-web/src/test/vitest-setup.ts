import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Testing Library unmounts automatically only with Vitest globals, which we leave off.
afterEach(() => {
  cleanup();
  localStorage.clear();
});
