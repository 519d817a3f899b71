import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * The typecheck (one tsc process, the suite's longest file) starts first, so that the other worker
 * runs other files beside it; on a fresh clone vitest has no timings to order by.
 */
class TypecheckFirst extends BaseSequencer {
  public override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const first = (f: TestSpecification) => (f.moduleId.endsWith('/typecheck.test.ts') ? 0 : 1);
    return [...sorted].sort((a, b) => first(a) - first(b));
  }
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Rendering the whole lab and type-checking take seconds.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Both cores (vitest's default leaves one free), and test files share a worker's modules, so
    // the lab is built and rendered once per worker rather than once per file (test/support/lab.ts).
    // Tests create their own apps and restore what they mock, so nothing leaks between files.
    maxWorkers: 2,
    isolate: false,
    sequence: { sequencer: TypecheckFirst },
    server: {
      deps: {
        // The compiled CRD bindings (ADR 0050) are plain ES modules: Node loads them as they are,
        // instead of vite transforming 6 MB of JavaScript for every run.
        external: [/\/imports\/[^/]+\.js$/],
      },
    },
  },
});
