import { App } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { CHARTS } from '../constructs/catalog/charts';
import { Experiment, ExperimentDefinition } from '../constructs/experiment/experiment';
import { PgbenchTest } from '../constructs/loadgen/pgbench';
import { BarmanCloudPlugin } from '../constructs/postgres/barman-cloud-plugin';
import { CertManager } from '../constructs/cert-manager/cert-manager';
import { PostgresCluster } from '../constructs/postgres/postgres-cluster';
import type { PostgresBackupProps } from '../constructs/postgres/postgres-backup';
import { HUB_OBJECT_STORE, HUB_SECRET_STORE } from '../constructs/seaweedfs/hub-object-store';
import { Hub } from '../hub/hub';
import { formatIssue } from '../tools/validate/issue';
import { validateObjects } from '../tools/validate/validate-objects';
import { findManifest, manifestsOf, testSite } from './support/constructs';
import { TEST_LAB, testEnvironment } from './support/lab';

/** An experiment with a backed-up cluster and a pgbench load against it. */
function definitionWith(backup: Partial<PostgresBackupProps> = {}, onCluster: (pg: PostgresCluster) => void = () => {}): ExperimentDefinition {
  return {
    name: 'bt', description: 'test',
    build: (e) => {
      const pg = new PostgresCluster(e, 'pg', { namespace: e.namespace(), backup: { bucket: HUB_OBJECT_STORE.bucket('backups'), ...backup } });
      onCluster(pg);
      e.runLoad(new PgbenchTest(e, 'bench', { cluster: pg, target: pg.readWrite, clients: 1, duration: '10s' }));
    },
  };
}

function inExperiment(backup: Partial<PostgresBackupProps> = {}) {
  const app = new App();
  let pg!: PostgresCluster;
  new Experiment(app, 'bt', { lab: TEST_LAB, definition: definitionWith(backup, (c) => { pg = c; }) });
  return { app, pg };
}

describe('PostgresCluster backups through the Barman Cloud plugin', () => {
  it('archives WAL through the plugin to an ObjectStore on the hub\'s backups bucket, with S3 credentials from OpenBao', () => {
    const { app, pg } = inExperiment();
    const cluster = findManifest(app, 'Cluster', 'pg');
    expect(cluster.spec.plugins).toEqual([
      { name: 'barman-cloud.cloudnative-pg.io', isWALArchiver: true, parameters: { barmanObjectName: 'pg-backups' } },
    ]);
    const store = findManifest(app, 'ObjectStore', 'pg-backups');
    expect(store.apiVersion).toBe('barmancloud.cnpg.io/v1');
    expect(store.spec.configuration).toMatchObject({
      destinationPath: 's3://backups/bt/',
      endpointURL: 'http://seaweedfs-all-in-one.seaweedfs.svc.cluster.local:8333',
      s3Credentials: {
        accessKeyId: { name: 'seaweedfs-s3-credentials', key: 'accessKey' },
        secretAccessKey: { name: 'seaweedfs-s3-credentials', key: 'secretKey' },
      },
      wal: { compression: 'gzip' },
    });
    expect(store.spec.retentionPolicy).toBe('7d');
    expect(store.spec.instanceSidecarConfiguration.resources).toEqual({
      requests: { cpu: '50m', memory: '64Mi' }, limits: { cpu: '500m', memory: '256Mi' },
    });
    const secret = findManifest(app, 'ExternalSecret', 'seaweedfs-s3-credentials');
    expect(secret.metadata.namespace).toBe('bt');
    expect(secret.spec.secretStoreRef).toEqual({ kind: 'ClusterSecretStore', name: 'openbao' });
    expect(secret.spec.data.map((d: any) => d.remoteRef)).toEqual([
      { key: 'seaweedfs/s3', property: 'access-key' }, { key: 'seaweedfs/s3', property: 'secret-key' },
    ]);
    expect(pg.backup).toMatchObject({ objectStoreName: 'pg-backups', serverName: 'pg', namespace: 'bt' });
  });

  it('schedules base backups through the plugin, the first at once', () => {
    const { app } = inExperiment({ schedule: '0 30 2 * * 0', retention: '4w', compression: 'snappy' });
    const scheduled = findManifest(app, 'ScheduledBackup', 'pg');
    expect(scheduled.spec).toEqual({
      cluster: { name: 'pg' }, schedule: '0 30 2 * * 0', immediate: true, method: 'plugin',
      pluginConfiguration: { name: 'barman-cloud.cloudnative-pg.io' }, backupOwnerReference: 'self',
    });
    expect(findManifest(app, 'ObjectStore', 'pg-backups').spec.retentionPolicy).toBe('4w');
  });

  it('writes objects that validate strictly against the pinned CRD and Kubernetes schemas', () => {
    const { app } = inExperiment();
    const objects = manifestsOf(app).filter((m) => ['Cluster', 'ObjectStore', 'ScheduledBackup', 'ExternalSecret'].includes(m.kind))
      .map((object, i) => ({ file: `test/${object.kind}`, document: i + 1, object }));
    expect(objects.length).toBe(4);
    expect(validateObjects(objects as any).map(formatIssue)).toEqual([]);
  });

  it('has no plugin, ObjectStore or ScheduledBackup without the option', () => {
    const { app, site } = testSite();
    const pg = new PostgresCluster(site, 'pg', { namespace: 'db' });
    expect(findManifest(app, 'Cluster', 'pg').spec.plugins).toBeUndefined();
    expect(manifestsOf(app).filter((m) => ['ObjectStore', 'ScheduledBackup'].includes(m.kind))).toEqual([]);
    expect(pg.backup).toBeUndefined();
  });

  it.each([
    [{ schedule: '0 3 * * *' }, 'bt/pg: backup.schedule "0 3 * * *" is invalid: six cron fields, seconds first'],
    [{ retention: '7 days' }, 'bt/pg: backup.retention "7 days" is invalid: a whole number of days, weeks or months'],
    [{ compression: 'zip' as any }, 'bt/pg: backup.compression "zip" is invalid'],
    [{ bucket: 'backups' as any }, 'bt/pg: backup.bucket "backups" is invalid: a bucket of an object store'],
    [{ sidecarResources: { requests: { cpu: '1', memory: '64Mi' }, limits: { cpu: '500m', memory: '64Mi' } } }, 'bt/pg: backup.sidecarResources.requests.cpu "1" is invalid'],
  ])('refuses %j', (backup, message) => {
    expect(() => inExperiment(backup as Partial<PostgresBackupProps>)).toThrow(message);
  });

  it('refuses a bucket the hub does not offer experiments', () => {
    expect(() => HUB_OBJECT_STORE.bucket('results')).toThrow('hub object store: bucket "results" is invalid: a bucket experiments use: backups');
  });
});

describe('BarmanCloudPlugin', () => {
  it('installs the pinned chart beside the operator, after cert-manager, with pinned images', () => {
    const { app, site } = testSite();
    const certManager = new CertManager(site, 'cert-manager', { chart: CHARTS.certManager });
    new BarmanCloudPlugin(site, 'barman', { chart: CHARTS.barmanCloud, certManager });
    const application = findManifest(app, 'Application', 'barman-cloud');
    expect(application.spec.destination.namespace).toBe('cnpg-system');
    expect(application.spec.sources[0]).toMatchObject({
      repoURL: 'https://cloudnative-pg.github.io/charts', chart: 'plugin-barman-cloud', targetRevision: '0.7.0',
      helm: { valuesObject: { crds: { create: true }, image: { tag: 'v0.13.0' }, sidecarImage: { tag: 'v0.13.0' } } },
    });
    const wave = (name: string) => Number(findManifest(app, 'Application', name).metadata.annotations!['argocd.argoproj.io/sync-wave']);
    expect(wave('barman-cloud')).toBeGreaterThan(wave('cert-manager'));
  });

  it('refuses a request above its limit', () => {
    const { site } = testSite();
    const certManager = new CertManager(site, 'cert-manager', { chart: CHARTS.certManager });
    expect(() => new BarmanCloudPlugin(site, 'barman', {
      chart: CHARTS.barmanCloud, certManager, resources: { requests: { cpu: '1', memory: '64Mi' }, limits: { cpu: '250m', memory: '128Mi' } },
    })).toThrow('site/barman: resources.requests.cpu "1" is invalid: a request must not exceed its limit');
  });
});

describe('backups on a hub', () => {
  it('the hub\'s store and secret store are what experiments are told; the backups bucket comes with the plugin', () => {
    const app = new App();
    const hub = new Hub(app, { lab: TEST_LAB, environment: testEnvironment() });
    expect(hub.objectStore.endpoint).toBe(HUB_OBJECT_STORE.endpoint);
    expect(hub.objectStore.url).toBe(HUB_OBJECT_STORE.url);
    expect({ storeName: hub.externalSecrets.store.storeName, kvMount: hub.externalSecrets.store.kvMount }).toEqual(HUB_SECRET_STORE);
    expect(hub.objectStore.buckets).not.toContain('backups');
    new Experiment(app, 'bt', { lab: TEST_LAB, definition: definitionWith() }).enableOn(hub);
    expect(hub.objectStore.buckets).toContain(HUB_OBJECT_STORE.bucket('backups').name);
    const values = findManifest(app, 'Application', 'seaweedfs').spec.sources[0].helm.valuesObject;
    expect(values.allInOne.s3.createBuckets).toContainEqual({ name: 'backups' });
  });

  it('a hub whose experiment backs a cluster up installs the plugin after CloudNativePG and cert-manager; others run none', () => {
    const app = new App();
    const hub = new Hub(app, { lab: TEST_LAB, environment: testEnvironment() });
    expect(hub.node.tryFindChild('barman-cloud')).toBeUndefined();
    new Experiment(app, 'bt', { lab: TEST_LAB, definition: definitionWith() }).enableOn(hub);
    expect(hub.capabilities.map((c) => [c.capability.name, c.neededBy])).toEqual(expect.arrayContaining([
      ['barman-cloud', ['bt']], ['cloudnative-pg', ['barman-cloud', 'bt']],
    ]));
    const wave = (name: string) => Number(findManifest(app, 'Application', name).metadata.annotations!['argocd.argoproj.io/sync-wave']);
    expect(wave('barman-cloud')).toBeGreaterThan(wave('cloudnative-pg'));
    expect(wave('barman-cloud')).toBeGreaterThan(wave('cert-manager'));
  });
});
