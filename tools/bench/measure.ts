import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LabError } from '../../constructs/core/errors';
import { PROJECT_ROOT } from '../paths';

/** One measured run of a child process. */
export interface ProcessRun {
  /** From spawn to exit, as the user waits for it. */
  readonly wallMs: number;
  /** CPU time the child used (user and system): steadier than wall time on a busy machine. */
  readonly cpuMs: number;
  /** The child's peak resident set size, in bytes. */
  readonly maxRssBytes: number;
  readonly stdout: string;
}

/** The probe that makes a child report its own resource usage on exit. */
const PROBE = path.join(PROJECT_ROOT, 'tools', 'bench', 'usage-probe.cjs');

/**
 * Runs `node <args>` in `cwd` and measures it: wall time here, peak memory from the child itself
 * (`process.resourceUsage().maxRSS`, reported by a preloaded probe). Throws when the child fails.
 */
export function measureNode(args: readonly string[], cwd: string, probe = PROBE): ProcessRun {
  if (!fs.existsSync(probe)) throw new LabError(`bench: the usage probe ${probe} is missing`);
  const usageFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lab-bench-usage-')), 'usage.json');
  try {
    const started = process.hrtime.bigint();
    const child = spawnSync(process.execPath, ['--require', probe, ...args], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, LAB_BENCH_USAGE_FILE: usageFile },
      maxBuffer: 64 << 20,
    });
    const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
    if (child.status !== 0) {
      throw new LabError(`bench: node ${args.join(' ')} failed with status ${child.status}: ${(child.stderr || child.stdout).trim().split('\n').slice(-3).join(' | ')}`);
    }
    const usage = JSON.parse(fs.readFileSync(usageFile, 'utf8')) as NodeJS.ResourceUsage;
    // maxRSS is in kilobytes, CPU times in microseconds.
    return { wallMs, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssBytes: usage.maxRSS * 1024, stdout: child.stdout };
  } finally {
    fs.rmSync(path.dirname(usageFile), { recursive: true, force: true });
  }
}
