import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { App, Size } from 'cdk8s';
import * as kplus from 'cdk8s-plus-30';
import { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { AppOfApps } from '../constructs/argocd/app-of-apps';
import { Component } from '../constructs/argocd/component';
import { CHARTS } from '../constructs/catalog/charts';
import { ValidationError } from '../constructs/core/errors';
import { httpBaseline } from '../experiments/http-baseline';
import { Capacity, CapacityProps } from '../hub/capacity';
import type { EnvironmentProps } from '../hub/environment';
import { checkFit, fitOf } from '../hub/fit';
import { Hub } from '../hub/hub';
import { LAB } from '../lab';
import { renderLab, synthesize } from '../tools/synth/synthesize';
import { listFiles } from '../tools/synth/write';
import { costRun } from './support/capture';
import { ENVIRONMENTS, testEnvironment, testLab } from './support/lab';

const MI = 2 ** 20;

/** A component whose requests are known by hand: a Deployment of `replicas` pods plus chart values. */
class Workload extends Component {
  public constructor(scope: Construct, id: string, props: { replicas: number; cpuMillis: number; memoryMi: number; values?: object }) {
    super(scope, id, {}, { name: id, namespace: id });
    if (props.values) this.installChart(CHARTS.openbao, props.values);
    new kplus.Deployment(this.objects, 'app', {
      replicas: props.replicas,
      containers: [{
        image: 'nginx:1.27',
        resources: {
          cpu: { request: kplus.Cpu.millis(props.cpuMillis), limit: kplus.Cpu.millis(props.cpuMillis * 2) },
          memory: { request: Size.mebibytes(props.memoryMi), limit: Size.mebibytes(props.memoryMi * 2) },
        },
      }],
    });
  }
}

/**
 * A site asking for 0.7 CPU and 1Gi: `shop` 2 × (250m, 256Mi) plus 100m and 128Mi in its chart
 * values (0.6 CPU, 640Mi), `cache` 100m and 384Mi.
 */
function smallSite(): AppOfApps {
  const site = new AppOfApps(new App(), 'site', {
    repository: { url: 'https://example.org/lab.git', revision: 'main' }, path: 'hub/tiny', projectName: 'hub', projectDescription: 'test',
  });
  new Workload(site, 'shop', {
    replicas: 2, cpuMillis: 250, memoryMi: 256,
    values: { server: { resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '200m', memory: '256Mi' } } } },
  });
  new Workload(site, 'cache', { replicas: 1, cpuMillis: 100, memoryMi: 384 });
  return site;
}

const capacity = (props: Partial<CapacityProps> = {}) => new Capacity('environment "tiny"', {
  nodes: 1, allocatablePerNode: { cpu: '500m', memory: '1Gi' }, clusterPods: { cpu: '0', memory: '0' }, ...props,
});

describe('a hub against its nodes', () => {
  it('sums the requests of every Application, and reports the headroom', () => {
    const fit = fitOf({ name: 'tiny', capacity: capacity({ allocatablePerNode: { cpu: '1', memory: '2Gi' } }) }, smallSite());
    expect(fit.applications.map((a) => a.name)).toEqual(['cache', 'shop']);
    expect(fit.requested.cpu).toBeCloseTo(0.7, 10);
    expect(fit.requested.memory).toBe(1024 * MI);
    expect(fit.headroom.cpu).toBeCloseTo(0.3, 10);
    expect(fit.headroom.memory).toBe(1024 * MI);
    expect(fit.fits).toBe(true);
  });

  it('fits exactly at the allocatable, after the cluster\'s own pods', () => {
    const site = smallSite();
    // 2 × 400m = 800m less 100m = 700m; 2 × 768Mi = 1536Mi less 512Mi = 1Gi.
    const tight = new Capacity('environment "tiny"', { nodes: 2, allocatablePerNode: { cpu: '400m', memory: '768Mi' }, clusterPods: { cpu: '100m', memory: '512Mi' } });
    expect(fitOf({ name: 'tiny', capacity: tight }, site).fits).toBe(true);
    expect(() => checkFit({ name: 'tiny', capacity: tight }, site)).not.toThrow();
  });

  it('refuses a hub whose CPU requests exceed the nodes, naming requests, allocatable and the largest Applications', () => {
    expect(() => checkFit({ name: 'tiny', capacity: capacity() }, smallSite())).toThrow(new ValidationError('environment "tiny"', 'capacity',
      '1 node of 0.5 CPU and 1Gi allocatable',
      'the hub requests 0.7 CPU and 1Gi of memory, but 0.5 CPU and 1Gi are allocatable after the cluster\'s own pods; ' +
      'largest requests: shop (0.6 CPU, 640Mi), cache (0.1 CPU, 384Mi)').message);
  });

  it('refuses one whose memory does not fit, counting what the cluster\'s own pods take', () => {
    const c = capacity({ allocatablePerNode: { cpu: '2', memory: '1Gi' }, clusterPods: { cpu: '500m', memory: '100Mi' } });
    expect(() => checkFit({ name: 'tiny', capacity: c }, smallSite())).toThrow(
      'environment "tiny": capacity "1 node of 2 CPU and 1Gi allocatable" is invalid: the hub requests 0.7 CPU and 1Gi of memory, ' +
      'but 1.5 CPU and 924Mi are allocatable after the cluster\'s own pods; largest requests: shop (0.6 CPU, 640Mi), cache (0.1 CPU, 384Mi)');
  });
});

describe('the lab\'s environments', () => {
  it.each(ENVIRONMENTS.map((e) => [e.name, e] as const))('%s states its nodes and fits them with room to spare', (_name, env) => {
    const app = LAB.build([env]);
    const built = app.node.findAll().find((c): c is Hub => c instanceof Hub)!;
    const fit = fitOf(env, built);
    expect(fit.fits).toBe(true);
    expect(fit.headroom.cpu).toBeGreaterThan(0);
    expect(fit.headroom.memory).toBeGreaterThan(0);
    // Every Application of the hub and of the experiments it enables is counted.
    const names = fit.applications.map((a) => a.name);
    expect(names).toContain('argocd');
    for (const experiment of env.experiments) expect(names.some((n) => n.startsWith(`${experiment.name}-`)), experiment.name).toBe(true);
    expect(names.some((n) => n.startsWith('experiment-'))).toBe(false);
  });

  it('kind: one laptop node, 4 CPU and 8 GiB less the kubelet\'s eviction threshold, less kubeadm\'s and kind\'s own pods', () => {
    const kind = ENVIRONMENTS.find((e) => e.name === 'kind')!;
    expect(kind.capacity.nodes).toBe(1);
    expect(kind.capacity.allocatable).toEqual({ cpu: 4, memory: (8192 - 100) * MI });
    // API server 250m, controller manager 200m, scheduler 100m, etcd 100m/100Mi, CoreDNS 2 × 100m/70Mi, kindnet 100m/50Mi.
    expect(kind.capacity.clusterPods.cpu).toBeCloseTo(0.25 + 0.2 + 0.1 + 0.1 + 0.2 + 0.1, 10);
    expect(kind.capacity.clusterPods.memory).toBe((100 + 140 + 50) * MI);
  });

  it('counts a DaemonSet\'s pods on every node: MetalLB\'s speakers and the node exporters on talos\'s three', () => {
    const talos = ENVIRONMENTS.find((e) => e.name === 'talos')!;
    const hub = LAB.build([talos]).node.findAll().find((c): c is Hub => c instanceof Hub)!;
    const app = (name: string) => fitOf(talos, hub).applications.find((a) => a.name === name)!.usage;
    // metallb.ts: controller and speaker 25m/64Mi each; three speakers.
    expect(app('metallb').cpuRequest).toBeCloseTo(0.025 + 3 * 0.025, 10);
    expect(app('metallb').memoryRequest).toBe((64 + 3 * 64) * MI);
    // The same hub on one node: one speaker.
    const one = new Capacity('one', { nodes: 1, allocatablePerNode: { cpu: '64', memory: '256Gi' }, clusterPods: { cpu: '0', memory: '0' } });
    expect(fitOf({ name: 'one', capacity: one }, hub).applications.find((a) => a.name === 'metallb')!.usage.cpuRequest).toBeCloseTo(0.05, 10);
  });

  it('talos: three N100 nodes less Talos\'s reservation, less its control plane, Flannel and CoreDNS', () => {
    const talos = ENVIRONMENTS.find((e) => e.name === 'talos')!;
    expect(talos.capacity.nodes).toBe(3);
    expect(talos.capacity.perNode).toEqual({ cpu: 4 - 0.05, memory: (15.5 * 1024 - 512 - 100) * MI });
    expect(talos.capacity.clusterPods.cpu).toBeCloseTo(3 * (0.2 + 0.05 + 0.01 + 0.1) + 2 * 0.1, 10);
    expect(talos.capacity.clusterPods.memory).toBe((3 * (512 + 256 + 64 + 50) + 2 * 70) * MI);
  });
});

describe('synth refuses a small environment', () => {
  const small: Partial<EnvironmentProps> = {
    name: 'small',
    capacity: { nodes: 1, allocatablePerNode: { cpu: '2', memory: '4Gi' }, clusterPods: { cpu: '950m', memory: '290Mi' } },
    experiments: [httpBaseline],
  };

  it('with one line naming the environment, requested against allocatable, and the five largest Applications', () => {
    let error: unknown;
    try {
      renderLab(testLab([testEnvironment(small)]));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    expect(message).toMatch(new RegExp(
      '^environment "small": capacity "1 node of 2 CPU and 4Gi allocatable" is invalid: ' +
      'the hub requests [0-9.]+ CPU and [0-9.]+Gi of memory, but 1\\.05 CPU and 3\\.72Gi are allocatable after the cluster\'s own pods; ' +
      'largest requests: [a-z0-9-]+ \\([0-9.]+ CPU, [0-9.]+(Mi|Gi)\\)(, [a-z0-9-]+ \\([0-9.]+ CPU, [0-9.]+(Mi|Gi)\\)){4}$'));
    const requested = /requests ([0-9.]+) CPU/.exec(message)![1];
    expect(Number(requested)).toBeGreaterThan(1.05);
  });

  it('and leaves the output folder as it was', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'lab-fit-'));
    try {
      expect(() => synthesize({ lab: testLab([testEnvironment(small)]), outdir: out })).toThrow(/^environment "small": capacity /);
      expect(listFiles(out).size).toBe(0);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('capacity props are checked', () => {
  const where = 'environment "lab2"';
  const base: CapacityProps = { nodes: 1, allocatablePerNode: { cpu: '4', memory: '8Gi' }, clusterPods: { cpu: '1', memory: '1Gi' } };
  const refuse = (props: unknown, message: string) => expect(() => new Capacity(where, props as CapacityProps)).toThrow(message);

  it('an environment without them', () => {
    expect(() => testEnvironment({ capacity: undefined })).toThrow(
      'environment "lab2": capacity (unset) is invalid: the nodes and what each can allocate: { nodes, allocatablePerNode, clusterPods }');
  });

  it('a node count that is no whole number', () => {
    refuse({ ...base, nodes: 0 }, 'environment "lab2": capacity.nodes 0 is invalid: a whole number of nodes, at least 1');
    refuse({ ...base, nodes: 1.5 }, 'environment "lab2": capacity.nodes 1.5 is invalid: a whole number of nodes, at least 1');
  });

  it('amounts that are no quantities, or no room at all', () => {
    refuse({ ...base, allocatablePerNode: { cpu: 'four', memory: '8Gi' } },
      'environment "lab2": capacity.allocatablePerNode.cpu "four" is invalid: a Kubernetes quantity such as 100m, 0.5, 128Mi or 1Gi, above zero');
    refuse({ ...base, allocatablePerNode: { cpu: '4', memory: '0' } },
      'environment "lab2": capacity.allocatablePerNode.memory "0" is invalid: a Kubernetes quantity such as 100m, 0.5, 128Mi or 1Gi, above zero');
    refuse({ ...base, clusterPods: { cpu: '-1', memory: '1Gi' } },
      'environment "lab2": capacity.clusterPods.cpu "-1" is invalid: a Kubernetes quantity such as 100m, 0.5, 128Mi or 1Gi, not negative');
    refuse({ ...base, allocatablePerNode: undefined },
      'environment "lab2": capacity.allocatablePerNode (unset) is invalid: CPU and memory: { cpu, memory }');
  });

  it('unknown keys', () => {
    refuse({ ...base, node: 3 }, 'environment "lab2": capacity.node 3 is invalid: unknown key; known keys: nodes, allocatablePerNode, clusterPods');
    refuse({ ...base, clusterPods: { cpu: '1', memory: '1Gi', gpu: '1' } },
      'environment "lab2": capacity.clusterPods.gpu "1" is invalid: unknown key; known keys: cpu, memory');
  });

  it('cluster pods that take all the nodes have', () => {
    refuse({ ...base, clusterPods: { cpu: '4', memory: '1Gi' } },
      'environment "lab2": capacity.clusterPods {"cpu":"4","memory":"1Gi"} is invalid: less than the nodes\' allocatable (4 CPU and 8Gi), or nothing is left for the lab');
  });
});

describe('npm run cost', () => {
  it('prints each hub\'s capacity and headroom', async () => {
    const text = await costRun([]);
    expect(text.status).toBe(0);
    // kind: 4 CPU and 8092Mi, less 950m and 290Mi: 3.05 CPU and 7802Mi (7.62Gi) for the lab.
    expect(text.stdout).toContain('\n  capacity: 1 node of 4 CPU and 7.9Gi allocatable, less 0.95 CPU and 290Mi for the cluster\'s own pods: 3.05 CPU and 7.62Gi for the lab\n');
    // talos: 3 × 3950m = 11.85 less 1.28 = 10.57 CPU; 3 × 15260Mi = 45780Mi less 2786Mi = 42994Mi (41.99Gi).
    expect(text.stdout).toContain('\n  capacity: 3 nodes of 3.95 CPU and 14.9Gi allocatable, less 1.28 CPU and 2.72Gi for the cluster\'s own pods: 10.57 CPU and 41.99Gi for the lab\n');
    const headrooms = text.stdout.match(/\n {2}headroom: [0-9.]+ CPU \([0-9]+ %\) and [0-9.]+(Mi|Gi) \([0-9]+ %\) after the [0-9.]+ CPU and [0-9.]+(Mi|Gi) the hub and its experiments request\n/g);
    expect(headrooms).toHaveLength(ENVIRONMENTS.length);
    const json = JSON.parse((await costRun(['--json'])).stdout) as Array<{ kind: string; fit?: { fits: boolean; headroom: { cpu: number } } }>;
    const hubs = json.filter((t) => t.kind === 'hub');
    expect(hubs).toHaveLength(ENVIRONMENTS.length);
    for (const hub of hubs) expect(hub.fit?.fits).toBe(true);
  });
});
