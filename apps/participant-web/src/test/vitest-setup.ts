import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Testing Library unmounts automatically only with Vitest globals, which we leave off.
afterEach(() => {
  cleanup();
  localStorage.clear();
});

// Routes load lazily and CI machines are busy (two cores shared by parallel test runs): give
// screens up to 5 s to appear instead of Testing Library's default 1 s, so slow is not "failed".
configure({ asyncUtilTimeout: 5_000 });
