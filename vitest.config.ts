import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // No per-test time box: property tests run hundreds of profiles and this 2-core machine is noisy.
    testTimeout: 0,
    hookTimeout: 0,
  },
});
