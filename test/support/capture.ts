import { vi } from 'vitest';

/**
 * Runs a command's `main` in this process and returns its exit status and what it wrote to
 * stdout (console.log included). Starting `node tools/run.cjs` costs about a second each time;
 * the one-line error and exit status 2 of run.mjs itself are tested once, in errors.test.ts.
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
