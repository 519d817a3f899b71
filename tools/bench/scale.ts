import { App } from 'cdk8s';
import { Experiment } from '../../constructs/experiment/experiment';
import { LAB } from '../../lab';
import { renderApp } from '../synth/render';
import { writeTree } from '../synth/write';

/** What one scaled synth measured in its own process. */
export interface ScaleSample {
  /** Generated experiments added to the lab. */
  readonly experiments: number;
  readonly buildMs: number;
  readonly renderMs: number;
  readonly writeMs: number;
  /** Build, render and write together. */
  readonly synthMs: number;
  readonly objects: number;
}

/** The experiment the generated copies are made of. */
export const TEMPLATE_EXPERIMENT = 'http-baseline';

/**
 * Builds the lab as `npm run synth` does, adds `count` copies of a real experiment definition
 * under distinct names (built for dist/experiments, not enabled on a hub), then renders
 * and writes everything into `outdir` the way synth brings dist/ in line. Runs in a process of
 * its own per sample, so the peak memory the parent reads belongs to this size alone.
 */
export function scaledSynth(count: number, outdir: string): ScaleSample {
  const template = LAB.experiments.find((e) => e.name === TEMPLATE_EXPERIMENT);
  if (!template) throw new Error(`bench: experiments/ defines no ${TEMPLATE_EXPERIMENT} to copy`);
  const t0 = now();
  const app: App = LAB.build();
  for (let i = 1; i <= count; i++) {
    const name = `${template.name}-${String(i).padStart(3, '0')}`;
    // Not enabled on a hub: a hub that ran a hundred experiments would not fit its nodes (the synth
    // refuses it); their own folders are what grows with the lab.
    new Experiment(app, `bench-${name}`, { definition: { ...template, name }, lab: LAB });
  }
  const t1 = now();
  const tree = renderApp(app);
  const t2 = now();
  writeTree(outdir, tree.files, ['']);
  const t3 = now();
  return { experiments: count, buildMs: t1 - t0, renderMs: t2 - t1, writeMs: t3 - t2, synthMs: t3 - t0, objects: tree.objects.length };
}

function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}
