import { App } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { CHARTS } from '../constructs/catalog/charts';
import { Capabilities } from '../constructs/catalog/capabilities';
import { Experiment } from '../constructs/experiment/experiment';
import { PgbenchTest, PgbenchTestProps } from '../constructs/loadgen/pgbench';
import { CloudNativePgOperator } from '../constructs/postgres/cloudnative-pg-operator';
import { PostgresCluster, PostgresClusterProps } from '../constructs/postgres/postgres-cluster';
import { PostgresPooler, PostgresPoolerProps } from '../constructs/postgres/postgres-pooler';
import { pgbenchSummary } from '../constructs/results/pgbench-summary';
import { formatIssue } from '../tools/validate/issue';
import { validateObjects } from '../tools/validate/validate-objects';
import { findManifest, manifestsOf, testSite } from './support/constructs';
import { TEST_LAB, testEnvironment } from './support/lab';
import { Hub } from '../hub/hub';
import { postgresPgbench } from '../experiments/postgres-pgbench';
import { LAB } from '../lab';

/** What pgbench 18 prints when a timed TPC-B-like run with --connect ends. */
const PGBENCH_LOG = `pgbench (18.1 (Debian 18.1-1.pgdg13+2))
transaction type: <builtin: TPC-B (sort of)>
scaling factor: 10
query mode: simple
number of clients: 20
number of threads: 2
maximum number of tries: 1
duration: 120 s
number of transactions actually processed: 48000
number of failed transactions: 0 (0.000%)
latency average = 50.000 ms
average connection time = 2.500 ms
tps = 400.000000 (including reconnection times)
`;

function pgCluster(props: PostgresClusterProps = {}) {
  const { app, site } = testSite();
  const pg = new PostgresCluster(site, 'pg', { namespace: 'db', ...props });
  const addPooler = (id: string, p: Omit<PostgresPoolerProps, 'cluster'> = {}) => new PostgresPooler(site, id, { cluster: pg, ...p });
  return { app, pg, addPooler };
}

function inExperiment(build: (e: Experiment) => void) {
  const app = new App();
  const exp = new Experiment(app, 'pt', { lab: TEST_LAB, definition: { name: 'pt', description: 'test', build } });
  return { app, exp };
}

describe('CloudNativePgOperator', () => {
  it('installs the pinned chart with its CRDs, resources and a scraped operator', () => {
    const { app, site } = testSite();
    new CloudNativePgOperator(site, 'cnpg', { chart: CHARTS.cloudNativePg });
    const application = findManifest(app, 'Application', 'cloudnative-pg');
    expect(application.spec.sources[0]).toEqual({
      repoURL: 'https://cloudnative-pg.github.io/charts', chart: 'cloudnative-pg', targetRevision: '0.29.0',
      helm: {
        releaseName: 'cloudnative-pg',
        valuesObject: {
          crds: { create: true },
          resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } },
        },
      },
    });
    expect(application.spec.destination.namespace).toBe('cnpg-system');
  });

  it('refuses a request above its limit', () => {
    const { site } = testSite();
    expect(() => new CloudNativePgOperator(site, 'cnpg', {
      chart: CHARTS.cloudNativePg, resources: { requests: { cpu: '1', memory: '1Gi' }, limits: { cpu: '500m', memory: '1Gi' } },
    })).toThrow('site/cnpg: resources.requests.cpu "1" is invalid: a request must not exceed its limit (limits.cpu is 500m)');
  });
});

describe('PostgresCluster', () => {
  it('writes a Cluster with storage, resources, parameters and synchronous replication', () => {
    const { app, pg } = pgCluster({
      instances: 3, storageSize: '5Gi', storageClass: 'local-path',
      parameters: { shared_buffers: '256MB', max_connections: 200 },
      synchronous: { standbys: 1 },
    });
    const cluster = findManifest(app, 'Cluster', 'pg');
    expect(cluster.spec).toEqual({
      instances: 3,
      imageName: 'ghcr.io/cloudnative-pg/postgresql:18.1-system-trixie',
      storage: { size: '5Gi', storageClass: 'local-path' },
      resources: { requests: { cpu: '250m', memory: '512Mi' }, limits: { cpu: '1', memory: '512Mi' } },
      bootstrap: { initdb: { database: 'app', owner: 'app' } },
      postgresql: {
        parameters: { max_connections: '200', shared_buffers: '256MB' },
        synchronous: { method: 'any', number: 1, dataDurability: 'required' },
      },
    });
    expect(pg.readWrite).toMatchObject({ host: 'pg-rw.db.svc.cluster.local', port: 5432, access: 'read-write' });
    expect(pg.readOnly).toMatchObject({ host: 'pg-ro.db.svc.cluster.local', access: 'read-only' });
    expect(pg.database).toEqual({ name: 'app', owner: 'app', secretName: 'pg-app' });
    const monitor = findManifest(app, 'PodMonitor', 'pg-postgres');
    expect(monitor.spec.selector.matchLabels).toEqual({ 'cnpg.io/cluster': 'pg', 'cnpg.io/podRole': 'instance' });
    expect(monitor.spec.podMetricsEndpoints[0].port).toBe('metrics');
  });

  it('adds a PgBouncer pooler whose endpoint is its own service', () => {
    const { app, addPooler } = pgCluster();
    const pooler = addPooler('pooler', { poolMode: 'session', poolSize: 5 });
    const object = findManifest(app, 'Pooler', 'pg-pooler');
    expect(object.spec).toEqual({
      cluster: { name: 'pg' }, instances: 1, type: 'rw',
      pgbouncer: { poolMode: 'session', parameters: { default_pool_size: '5', max_client_conn: '1000' } },
      template: { spec: {
        securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
        containers: [{ name: 'pgbouncer', resources: {
          requests: { cpu: '100m', memory: '64Mi' }, limits: { cpu: '500m', memory: '128Mi' },
        }, securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } } }],
      } },
    });
    expect(pooler.endpoint).toMatchObject({ kind: 'pooler', host: 'pg-pooler.db.svc.cluster.local', primaryHost: 'pg-rw.db.svc.cluster.local' });
    expect(findManifest(app, 'PodMonitor', 'pg-pooler-pgbouncer').spec.selector.matchLabels).toEqual({ 'cnpg.io/poolerName': 'pg-pooler' });
  });

  it('makes its experiment require CloudNativePG', () => {
    const { exp } = inExperiment((e) => {
      const pg = new PostgresCluster(e, 'pg', { namespace: e.namespace() });
      e.runLoad(new PgbenchTest(e, 'bench', { cluster: pg, target: pg.readWrite, clients: 1, duration: '10s' }));
    });
    expect(exp.requiredCapabilities).toContain(Capabilities.cloudNativePg);
  });

  it.each([
    [{ instances: 0 }, 'site/pg: instances 0 is invalid'],
    [{ storageSize: 'big' }, 'site/pg: storageSize "big" is invalid'],
    [{ storageClass: 'Local_Path' }, 'site/pg: storageClass "Local_Path" is invalid'],
    [{ parameters: { port: 5433 } }, 'site/pg: parameters.port 5433 is invalid: not settable: CloudNativePG manages this parameter itself'],
    [{ parameters: { 'Shared-Buffers': '1GB' } }, 'site/pg: parameters name "Shared-Buffers" is invalid'],
    [{ parameters: { work_mem: '' } }, 'site/pg: parameters.work_mem "" is invalid: a finite number or a non-empty string'],
    [{ synchronous: { standbys: 1 } }, 'site/pg: synchronous "{\\"standbys\\":1}" is invalid: needs at least two instances (instances is 1)'],
    [{ instances: 3, synchronous: { standbys: 3 } }, 'site/pg: synchronous.standbys 3 is invalid'],
    [{ instances: 2, synchronous: { method: 'all' as any } }, 'site/pg: synchronous.method "all" is invalid'],
    [{ instances: 2, synchronous: { dataDurability: 'strict' as any } }, 'site/pg: synchronous.dataDurability "strict" is invalid'],
    [{ imageName: 'ghcr.io/cloudnative-pg/postgresql:latest' }, 'site/pg: imageName "ghcr.io/cloudnative-pg/postgresql:latest" is invalid'],
    [{ database: { name: 'App', owner: 'app' } }, 'site/pg: database.name "App" is invalid'],
    [{ name: 'p'.repeat(51) }, 'is invalid: at most 50 characters'],
  ] as const)('refuses %j', (props, message) => {
    expect(() => pgCluster(props as PostgresClusterProps)).toThrow(message);
  });

  it('refuses a pooler named like its cluster', () => {
    const { addPooler } = pgCluster();
    expect(() => addPooler('p', { name: 'pg' })).toThrow('site/p: name "pg" is invalid: a name other than its cluster\'s');
  });

  it.each([
    [{ instances: 0 }, 'instances 0 is invalid'],
    [{ poolMode: 'statement' as any }, 'poolMode "statement" is invalid'],
    [{ poolSize: 0 }, 'poolSize 0 is invalid'],
    [{ maxClientConnections: 1.5 }, 'maxClientConnections 1.5 is invalid'],
  ])('refuses pooler props %j', (props, message) => {
    const { addPooler } = pgCluster();
    expect(() => addPooler('p', props)).toThrow(`site/p: ${message}`);
  });

  it('writes objects that validate strictly against the pinned CRD and Kubernetes schemas', () => {
    const { app, addPooler } = pgCluster({ instances: 2, synchronous: { standbys: 1, method: 'first' }, parameters: { work_mem: '8MB' } });
    addPooler('pooler');
    const objects = manifestsOf(app).map((object, i) => ({ file: `test/${object.kind}`, document: i + 1, object }));
    expect(objects.map((o) => o.object.kind)).toEqual(expect.arrayContaining(['Cluster', 'Pooler', 'PodMonitor']));
    expect(validateObjects(objects).map(formatIssue)).toEqual([]);
  });
});

describe('PgbenchTest', () => {
  function bench(props: Partial<PgbenchTestProps> = {}, pooled = false) {
    let test!: PgbenchTest;
    const { app } = inExperiment((e) => {
      const pg = new PostgresCluster(e, 'pg', { namespace: e.namespace() });
      const target = pooled ? new PostgresPooler(e, 'pooler', { cluster: pg }).endpoint : pg.readWrite;
      test = new PgbenchTest(e, 'bench', { cluster: pg, target, clients: 10, duration: '1m', ...props });
      e.runLoad(test);
    });
    return { app, test };
  }

  it('renders a run Job that fills the tables through the primary and benchmarks the pooler', () => {
    const { test } = bench({ scale: 5, mode: 'tpcb-like', connectPerTransaction: true }, true);
    const job = test.job({ runId: 'r1' });
    expect(job.metadata.name).toBe('r1-pgbench');
    const container = job.spec.template.spec.containers[0];
    expect(container.image).toBe('ghcr.io/cloudnative-pg/postgresql:18.1-system-trixie');
    expect(container.command).toEqual(['/bin/sh', '-c',
      'set -e; pgbench --host pg-rw.pt.svc.cluster.local --port 5432 --initialize --scale 5 --quiet; '
      + 'pgbench --host pg-pooler.pt.svc.cluster.local --port 5432 --builtin tpcb-like --client 10 --jobs 2 --time 60 --no-vacuum --connect']);
    expect(container.env).toEqual(expect.arrayContaining([
      { name: 'PGPASSWORD', valueFrom: { secretKeyRef: { name: 'pg-app', key: 'password' } } },
    ]));
    expect(container.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 26 });
    // cdk8s-plus writes whole CPUs in millicores.
    expect(container.resources).toEqual({ requests: { cpu: '250m', memory: '64Mi' }, limits: { cpu: '1000m', memory: '128Mi' } });
  });

  it('creates run Jobs that validate strictly against the pinned Kubernetes schemas', () => {
    const { test } = bench();
    expect(validateObjects([{ file: 'test/job', document: 1, object: test.job({ runId: 'r1' }) }] as any).map(formatIssue)).toEqual([]);
  });

  it('offers clients and seconds as workflow parameters and reads its log as pgbench output', () => {
    const { app } = bench({ name: 'bench-direct' });
    const workflow = findManifest(app, 'WorkflowTemplate', 'pt');
    const names = workflow.spec.arguments.parameters.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['bench-direct-clients', 'bench-direct-seconds']));
    // The results step's run plan tells it to read the summary as pgbench output.
    const plan = JSON.parse(findManifest(app, 'ConfigMap', 'pt-results').data['plan.json']);
    expect(plan.variants[0].generators[0]).toMatchObject({ name: 'bench-direct', format: 'pgbench' });
  });

  it.each([
    [{ clients: 0 }, 'clients 0 is invalid'],
    [{ scale: 0 }, 'scale 0 is invalid'],
    [{ clients: 2, threads: 3 }, 'threads 3 is invalid'],
    [{ mode: 'simple-update' as any }, 'mode "simple-update" is invalid'],
    [{ duration: 'soon' }, 'duration "soon" is invalid'],
    [{ connectPerTransaction: 'yes' as any }, 'connectPerTransaction "yes" is invalid'],
    [{ name: 'b'.repeat(60) }, 'is invalid: at most'],
  ])('refuses %j', (props, message) => {
    expect(() => bench(props)).toThrow(message);
  });

  it('refuses tpcb-like against the read-only service', () => {
    expect(() => inExperiment((e) => {
      const pg = new PostgresCluster(e, 'pg', { namespace: e.namespace(), instances: 2 });
      new PgbenchTest(e, 'bench', { cluster: pg, target: pg.readOnly, clients: 1, duration: '10s' });
    })).toThrow('pt/bench: mode "tpcb-like" is invalid: select-only against a read-only endpoint');
  });

  it('refuses an endpoint of another cluster', () => {
    expect(() => inExperiment((e) => {
      const a = new PostgresCluster(e, 'a', { namespace: e.namespace() });
      const b = new PostgresCluster(e, 'b', { namespace: e.namespace() });
      new PgbenchTest(e, 'bench', { cluster: a, target: b.readWrite, clients: 1, duration: '10s' });
    })).toThrow('pt/bench: target "b-rw.pt.svc.cluster.local" is invalid: an endpoint of cluster a or of its pooler');
  });
});

describe('pgbenchSummary', () => {
  it('reads transactions, failures, latency and tps from pgbench\'s closing lines', () => {
    expect(pgbenchSummary(PGBENCH_LOG, { name: 'bench-direct' })).toEqual({
      tool: 'pgbench', name: 'bench-direct',
      metrics: { transactions: 48000, failedTransactions: 0, latencyAvgMs: 50, transactionsPerSecond: 400, clients: 20, scale: 10, errorRate: 0 },
    });
  });

  it('counts failed transactions in the error rate', () => {
    const log = PGBENCH_LOG.replace('failed transactions: 0 (0.000%)', 'failed transactions: 2000 (4.000%)');
    expect(pgbenchSummary(log, { name: 'b' }).metrics.errorRate).toBeCloseTo(0.04, 10);
  });

  it('refuses a log without the closing summary', () => {
    expect(() => pgbenchSummary('creating tables...\n', { name: 'b' })).toThrow(
      'pgbench summary "b": transactions "creating tables..." is invalid: must be in pgbench\'s closing summary');
  });
});

describe('postgres-pgbench on a hub', () => {
  const hubWith = (enable: boolean) => {
    const app = new App();
    const hub = new Hub(app, { lab: TEST_LAB, environment: testEnvironment() });
    if (enable) new Experiment(app, postgresPgbench.name, { definition: postgresPgbench, lab: TEST_LAB }).enableOn(hub);
    return { app, hub };
  };

  it('is one of the lab\'s experiments, with direct, pooled and synchronous-3 variants run one after the other', () => {
    expect(LAB.experiments).toContain(postgresPgbench);
    const app = new App();
    const exp = new Experiment(app, postgresPgbench.name, { definition: postgresPgbench, lab: TEST_LAB });
    expect(exp.loadGenerators.map((g) => [g.loadName, g.variant])).toEqual([
      ['bench-direct', 'direct'], ['bench-pooled', 'pooled'], ['bench-synchronous-3', 'synchronous-3']]);
    // One after the other: the variants do not share CPU at the same time.
    expect(exp.loadStages.length).toBe(3);
    // The replicated cluster runs in a namespace of its own, so each variant is charged its own instances.
    expect(exp.loadGenerators.map((g) => g.measuredNamespaces)).toEqual([
      ['postgres-pgbench'], ['postgres-pgbench'], ['postgres-pgbench-sync']]);
  });

  it('compares one instance with three whose commits wait for a standby', () => {
    const app = new App();
    new Experiment(app, postgresPgbench.name, { definition: postgresPgbench, lab: TEST_LAB });
    expect(findManifest(app, 'Cluster', 'pg').spec.instances).toBe(1);
    const replicated = findManifest(app, 'Cluster', 'pg-sync');
    expect(replicated.metadata.namespace).toBe('postgres-pgbench-sync');
    expect(replicated.spec.instances).toBe(3);
    expect(replicated.spec.postgresql.synchronous).toEqual({ method: 'any', number: 1, dataDurability: 'required' });
  });

  it('brings CloudNativePG onto a hub that enables it, and a hub that does not runs no CNPG operator', () => {
    const on = hubWith(true);
    expect(on.hub.capabilities.map((c) => [c.capability.name, c.neededBy])).toContainEqual(['cloudnative-pg', ['postgres-pgbench']]);
    expect(findManifest(on.app, 'Application', 'cloudnative-pg').spec.sources[0].targetRevision).toBe('0.29.0');
    const off = hubWith(false);
    expect(off.hub.node.tryFindChild('cloudnative-pg')).toBeUndefined();
    expect(manifestsOf(off.app).filter((m) => m.kind === 'Application' && m.metadata.name === 'cloudnative-pg')).toEqual([]);
  });
});
