import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Rendering the whole lab and type-checking 15 MB of generated bindings take seconds.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
