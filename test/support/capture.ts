import { vi } from 'vitest';

/**
 * Runs a command's `main` in this process and returns its exit status and what it wrote to
 * stdout (console.log included). Starting `node tools/run.cjs` costs about a second each time;
 * the one-line error and exit status 2 of tools/run.cjs itself are tested once, in errors.test.ts.
 */
export async function runMain(main: (argv: string[]) => Promise<number>, argv: string[]): Promise<{ status: number; stdout: string }> {
  let stdout = '';
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const log = vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void (stdout += `${parts.join(' ')}\n`));
  try {
    return { status: await main(argv), stdout };
  } finally {
    write.mockRestore();
    log.mockRestore();
  }
}

const costRuns = new Map<string, Promise<{ status: number; stdout: string }>>();

/**
 * `npm run cost` with `argv`, run in this process once per worker and shared by the tests that
 * read it (its output depends on the lab alone, which no test changes).
 */
export function costRun(argv: string[]): Promise<{ status: number; stdout: string }> {
  const key = argv.join('\u0000');
  let run = costRuns.get(key);
  if (run === undefined) {
    run = import('../../tools/cost').then(({ main }) => runMain(main, argv));
    costRuns.set(key, run);
  }
  return run;
}
