import fs from 'node:fs';
import path from 'node:path';
import { LabError } from '../../constructs/core/errors';

/**
 * The record synth keeps in its output folder: the files it wrote there, one path a line. Synth
 * removes a file only when the record lists it, and writes only into a folder that is empty or
 * holds a record (ADR 0051). It sits at the top of the folder, where no Application points, and
 * has no .yaml/.json ending, so neither ArgoCD nor `kubectl apply -R` reads it.
 */
export const RECORD_FILE = '.synth-files';

const HEADER = '# Files written by `npm run synth`; it removes only files listed here. Do not edit.';

/** Whether an output folder may be written, and what synth wrote there before. */
export interface OutputFolder {
  /** Files listed in the record (paths relative to the folder, forward slashes). */
  readonly recorded: ReadonlySet<string>;
}

/**
 * Checks that `outdir` is synth's to write: absent, an empty folder, or a folder with a record.
 * Anything else (a file, a folder of other content) is refused before anything is touched.
 */
export function openOutputFolder(outdir: string, shown: string): OutputFolder {
  const stat = fs.statSync(outdir, { throwIfNoEntry: false });
  if (!stat) return { recorded: new Set() };
  if (!stat.isDirectory()) {
    throw new LabError(`synth: --out ${shown} is not a folder; give a folder that is empty or was written by synth`);
  }
  const recordPath = path.join(outdir, RECORD_FILE);
  if (!fs.existsSync(recordPath)) {
    if (fs.readdirSync(outdir).length === 0) return { recorded: new Set() };
    throw new LabError(`synth: --out ${shown} is not empty and holds no ${RECORD_FILE} of an earlier synth; ` +
      'synth writes only into an empty folder or one it wrote itself');
  }
  return { recorded: readRecord(recordPath, shown) };
}

function readRecord(file: string, shown: string): Set<string> {
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l !== '' && !l.startsWith('#'));
  for (const line of lines) {
    // A record names files below its folder, never one outside it.
    const normal = path.posix.normalize(line);
    if (normal !== line || line.startsWith('/') || line.startsWith('../') || line.includes('\\') || line === RECORD_FILE) {
      throw new LabError(`synth: ${shown}/${RECORD_FILE} lists ${JSON.stringify(line)}, which is no file below the folder; ` +
        `restore ${RECORD_FILE} from Git or empty the folder`);
    }
  }
  return new Set(lines);
}

/** Writes the record (to a temporary name, then renamed), listing `files` in sorted order. */
export function writeRecord(outdir: string, files: Iterable<string>): void {
  const sorted = [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const target = path.join(outdir, RECORD_FILE);
  const text = `${HEADER}\n${sorted.join('\n')}\n`;
  if (fs.existsSync(target) && fs.readFileSync(target, 'utf8') === text) return;
  fs.mkdirSync(outdir, { recursive: true });
  fs.writeFileSync(`${target}.${process.pid}.tmp`, text);
  fs.renameSync(`${target}.${process.pid}.tmp`, target);
}
