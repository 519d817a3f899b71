// `npm run bench` starts synth with the node options of `npm run synth`, read from package.json.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runnerNodeOptions } from '../tools/bench/npm-script';
import { ROOT } from './support/lab';

describe('the node options bench reads from an npm script', () => {
  it('are the words between node and the runner', () => {
    expect(runnerNodeOptions('synth', { synth: 'node --max-semi-space-size=2 --stack-size=900 tools/run.cjs synth' }))
      .toEqual(['--max-semi-space-size=2', '--stack-size=900']);
    expect(runnerNodeOptions('cost', { cost: 'node tools/run.cjs cost --env kind' })).toEqual([]);
  });

  it('are refused for a script of another form, naming the script and the form', () => {
    const form = 'expected "node [--options] tools/run.cjs synth [args]"';
    expect(() => runnerNodeOptions('synth', {})).toThrow(`package.json's script "synth" is undefined; ${form}`);
    expect(() => runnerNodeOptions('synth', { synth: 'tsx main.ts' })).toThrow(form);
    expect(() => runnerNodeOptions('synth', { synth: 'node tools/run.cjs graph' })).toThrow(form);
    expect(() => runnerNodeOptions('synth', { synth: 'node inspect tools/run.cjs synth' })).toThrow(form);
  });

  it('of the project\'s synth script are those package.json gives it', () => {
    const scripts = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
    const options = runnerNodeOptions('synth');
    expect(scripts.synth).toBe(['node', ...options, 'tools/run.cjs', 'synth'].join(' '));
    // ADR 0159: synth runs with a small young generation.
    expect(options).toContain('--max-semi-space-size=2');
  });
});
