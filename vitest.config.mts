import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * The suite's slowest files, slowest first: on a fresh clone vitest has no timings and runs larger
 * files first, which left dist.test.ts (a small file, 2-3 s) for last while the other worker sat
 * idle. The typecheck (one tsc process) leads, so that the other worker runs other files beside it.
 * A file not named here keeps vitest's order, after these.
 */
const SLOW_FIRST = [
  'typecheck', 'runner-cache', 'compare', 'dist', 'diff', 'logs-pipeline', 'capacity', 'run-results', 'yaml',
  'render-inputs', 'errors', 'bundle-bindings',
].map((name) => `/test/${name}.test.ts`);

class SlowFirst extends BaseSequencer {
  public override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) => {
      const at = SLOW_FIRST.findIndex((suffix) => f.moduleId.endsWith(suffix));
      return at < 0 ? SLOW_FIRST.length : at;
    };
    return [...sorted].sort((a, b) => rank(a) - rank(b));
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
    sequence: { sequencer: SlowFirst },
    server: {
      deps: {
        // The compiled CRD bindings (ADR 0050) are plain ES modules: Node loads them as they are,
        // instead of vite transforming 6 MB of JavaScript for every run.
        external: [/\/imports\/[^/]+\.js$/],
      },
    },
  },
});
