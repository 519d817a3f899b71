import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scaledSynth } from '../tools/bench/scale';
import { lab } from './support/lab';

describe('bench\'s scaled synth', () => {
  it('adds copies of an experiment to the lab and writes them, without a hub outgrowing its nodes', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-scale-'));
    try {
      const base = lab().objects.length;
      const two = scaledSynth(2, out);
      const perExperiment = lab().objects.filter((o) => o.folder.startsWith('experiments/http-baseline/')).length;
      expect(two.objects).toBe(base + 2 * perExperiment);
      expect(fs.existsSync(path.join(out, 'experiments', 'http-baseline-002'))).toBe(true);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
