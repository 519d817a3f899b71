import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Rendering the whole lab and type-checking take seconds.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    server: {
      deps: {
        // The compiled CRD bindings (ADR 0050) are plain CommonJS: Node loads them as they are,
        // instead of vite transforming 6 MB of JavaScript for every run.
        external: [/\/imports\/[^/]+\.js$/],
      },
    },
  },
});
