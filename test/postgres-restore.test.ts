import { execFileSync } from 'node:child_process';
import { App } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { Experiment } from '../constructs/experiment/experiment';
import { PostgresRestoreTest, PostgresRestoreTestProps } from '../constructs/loadgen/postgres-restore';
import { PostgresCluster } from '../constructs/postgres/postgres-cluster';
import { collectResults } from '../constructs/results/collect/collect';
import { checkResultsDocument } from '../constructs/results/validate-results';
import { HUB_OBJECT_STORE } from '../constructs/seaweedfs/hub-object-store';
import { postgresRestore } from '../experiments/postgres-restore';
import { Hub } from '../hub/hub';
import { LAB } from '../lab';
import { formatIssue } from '../tools/validate/issue';
import { validateObjects } from '../tools/validate/validate-objects';
import { findManifest } from './support/constructs';
import { TEST_LAB, testEnvironment } from './support/lab';

function restoreTest(props: Partial<PostgresRestoreTestProps> = {}, backup = true) {
  let test!: PostgresRestoreTest;
  const app = new App();
  const exp = new Experiment(app, 'rt', {
    lab: TEST_LAB,
    definition: {
      name: 'rt', description: 'test',
      build: (e) => {
        const pg = new PostgresCluster(e, 'pg', { namespace: e.namespace(), ...(backup ? { backup: { bucket: HUB_OBJECT_STORE.bucket('backups') } } : {}) });
        test = new PostgresRestoreTest(e, 'restore', { cluster: pg, rows: 1000, writeSeconds: 30, ...props });
        e.runLoad(test);
      },
    },
  });
  return { app, exp, test };
}

const scriptOf = (job: Record<string, any>): string => job.spec.template.spec.containers[0].command[2];

describe('PostgresRestoreTest', () => {
  it('writes a known data set, backs it up through the plugin, writes more, restores into a new cluster and checks it', () => {
    const { test } = restoreTest();
    const objects = test.runObjects({ runId: 'r1' });
    expect(scriptOf(objects.write)).toContain('INSERT INTO restore_check (id) SELECT generate_series(1, 1000);');
    expect(scriptOf(objects.write)).toContain('-h pg-rw.rt.svc.cluster.local');
    expect(objects.backup).toMatchObject({
      kind: 'Backup', metadata: { name: 'r1-restore', namespace: 'rt' },
      spec: { cluster: { name: 'pg' }, method: 'plugin', pluginConfiguration: { name: 'barman-cloud.cloudnative-pg.io' } },
    });
    expect(scriptOf(objects.writeAfter)).toContain('i=1000; while [ $i -lt 1030 ]');
    expect(objects.restore).toMatchObject({
      kind: 'Cluster', metadata: { name: 'r1-restore', namespace: 'rt' },
      spec: {
        instances: 1,
        bootstrap: { recovery: { source: 'origin' } },
        externalClusters: [{ name: 'origin', plugin: { name: 'barman-cloud.cloudnative-pg.io', parameters: { barmanObjectName: 'pg-backups', serverName: 'pg' } } }],
      },
    });
    // The restored copy is not archived into the source's folder.
    expect(objects.restore.spec.plugins).toBeUndefined();
    expect(scriptOf(objects.check)).toContain('-h r1-restore-rw.rt.svc.cluster.local');
    expect(scriptOf(objects.check)).toContain('echo "metrics json: $figures"');
    // Every Job logs in as the source's owner: a physical restore keeps its roles and passwords.
    for (const job of [objects.write, objects.writeAfter, objects.check]) {
      const container = job.spec.template.spec.containers[0];
      expect(container.env).toContainEqual({ name: 'PGPASSWORD', valueFrom: { secretKeyRef: { name: 'pg-app', key: 'password' } } });
      expect(container.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 26, readOnlyRootFilesystem: true });
    }
  });

  it('writes shell scripts that parse', () => {
    const { test } = restoreTest();
    const objects = test.runObjects({ runId: 'r1' });
    for (const job of [objects.write, objects.writeAfter, objects.check]) {
      expect(() => execFileSync('sh', ['-n', '-c', scriptOf(job)])).not.toThrow();
    }
  });

  it('creates run objects that validate strictly against the pinned CRD and Kubernetes schemas', () => {
    const { test } = restoreTest();
    const objects = Object.values(test.runObjects({ runId: 'r1' })).map((object, i) => ({ file: `test/${object.kind}`, document: i + 1, object }));
    expect(validateObjects(objects as any).map(formatIssue)).toEqual([]);
  });

  it('runs its five steps in order, reads the check Job\'s log as metrics-json and lets the runner manage clusters and backups', () => {
    const { app } = restoreTest();
    const workflow = findManifest(app, 'WorkflowTemplate', 'rt');
    const names = workflow.spec.templates.map((t: { name: string }) => t.name);
    expect(names).toEqual(expect.arrayContaining(['restore-write', 'restore-backup', 'restore-write-after', 'restore-restore', 'restore-check']));
    const restore = workflow.spec.templates.find((t: { name: string }) => t.name === 'restore');
    expect(restore.steps.map((g: Array<{ name: string }>) => g.map((s) => s.name))).toEqual([
      ['restore-write'], ['restore-backup'], ['restore-write-after'], ['restore-restore'], ['restore-check']]);
    const backupStep = workflow.spec.templates.find((t: { name: string }) => t.name === 'restore-backup');
    expect(backupStep.resource).toMatchObject({ successCondition: 'status.phase == completed', failureCondition: 'status.phase == failed' });
    const plan = JSON.parse(findManifest(app, 'ConfigMap', 'rt-results').data['plan.json']);
    expect(plan.variants[0].generators[0]).toMatchObject({ name: 'restore', format: 'metrics-json', tool: 'postgres-restore' });
    const role = findManifest(app, 'Role', 'experiment-runner-restore');
    expect(role.rules).toEqual(expect.arrayContaining([
      expect.objectContaining({ apiGroups: ['postgresql.cnpg.io'], resources: ['backups'] }),
      expect.objectContaining({ apiGroups: ['postgresql.cnpg.io'], resources: ['clusters'] }),
    ]));
  });

  it.each([
    [{ rows: 0 }, 'rt/restore: rows 0 is invalid'],
    [{ writeSeconds: -1 }, 'rt/restore: writeSeconds -1 is invalid'],
    [{ storageSize: 'lots' }, 'rt/restore: storageSize "lots" is invalid'],
    [{ clusterResources: { requests: { cpu: '2', memory: '1Gi' }, limits: { cpu: '1', memory: '1Gi' } } }, 'rt/restore: clusterResources.requests.cpu "2" is invalid'],
    [{ name: 'r'.repeat(42) }, 'is invalid: at most 41 characters in experiment rt: the run\'s restored cluster and Jobs are named after it'],
  ])('refuses %j', (props, message) => {
    expect(() => restoreTest(props as Partial<PostgresRestoreTestProps>)).toThrow(message);
  });

  it('refuses a cluster without backups', () => {
    expect(() => restoreTest({}, false)).toThrow('rt/restore: cluster "rt/pg" is invalid: a PostgresCluster with backup set');
  });
});

describe('postgres-restore', () => {
  it('is one of the lab\'s experiments, backing its cluster up to the hub\'s backups bucket', () => {
    expect(LAB.experiments).toContain(postgresRestore);
    const app = new App();
    const exp = new Experiment(app, postgresRestore.name, { definition: postgresRestore, lab: TEST_LAB });
    expect(exp.loadGenerators.map((g) => [g.loadName, g.variant])).toEqual([['restore', 'postgres-restore']]);
    expect(findManifest(app, 'ObjectStore', 'pg-backups').spec.configuration.destinationPath).toBe('s3://backups/postgres-restore/');
    expect(exp.requiredCapabilities.map((c) => c.name)).toEqual(['argo-workflows', 'barman-cloud', 'cloudnative-pg']);
  });

  it('brings CloudNativePG and the Barman Cloud plugin onto a hub that enables it', () => {
    const app = new App();
    const hub = new Hub(app, { lab: TEST_LAB, environment: testEnvironment() });
    new Experiment(app, postgresRestore.name, { definition: postgresRestore, lab: TEST_LAB }).enableOn(hub);
    expect(hub.capabilities.map((c) => [c.capability.name, c.neededBy])).toEqual(expect.arrayContaining([
      ['barman-cloud', ['postgres-restore']], ['cloudnative-pg', ['barman-cloud', 'postgres-restore']],
    ]));
  });

  it('writes a results document with the check\'s figures', async () => {
    const exp = new Experiment(new App(), postgresRestore.name, { definition: postgresRestore, lab: TEST_LAB });
    const line = 'metrics json: {"rowsWritten" : 100060, "rowsRestored" : 100000, "rowsLost" : 60, "backupRowsRestored" : 100000, "rpoSeconds" : 60.512, "restoreSeconds" : 95.25}';
    const usage = { status: 'success', data: { resultType: 'vector', result: [{ metric: { namespace: 'postgres-restore' }, value: [0, '36'] }] } };
    const doc = await collectResults({
      plan: exp.workflow.runPlan,
      workflow: { metadata: { name: 'postgres-restore-abcde' }, status: { startedAt: '2025-06-01T10:00:00Z', nodes: {
        r: { templateName: 'restore', phase: 'Succeeded', startedAt: '2025-06-01T10:01:00Z', finishedAt: '2025-06-01T10:06:00Z' },
        s: { templateName: 'restore-summary', phase: 'Succeeded', outputs: { result: line } },
      } } },
      applications: [{ status: { sync: { revision: 'abc123' } } }],
      environment: 'lab2',
      prices: { name: 'lab2', currency: 'EUR', vcpuHour: 0.01, gibHour: 0 },
      now: '2025-06-01T10:07:00Z',
      query: async () => usage,
    });
    expect(checkResultsDocument(doc)).toBeUndefined();
    expect(doc.variants[0].loadGenerators).toEqual([{ tool: 'postgres-restore', name: 'restore', metrics: {
      rowsWritten: 100060, rowsRestored: 100000, rowsLost: 60, backupRowsRestored: 100000, rpoSeconds: 60.512, restoreSeconds: 95.25,
    } }]);
    // 36 CPU-seconds at 0.01 per vCPU-hour, per million of the 100,000 rows restored.
    expect(doc.variants[0].cost.per).toMatchObject({ unit: 'operations', quantity: 1_000_000 });
    expect(doc.variants[0].cost.per.value).toBeCloseTo(((36 / 3600) * 0.01) / 0.1, 15);
  });
});
