import { App } from 'cdk8s';
import { ENVIRONMENT_PROPS, TEST_LAB } from './support/lab';
import { describe, expect, it } from 'vitest';
import { HelloApp } from '../constructs/apps/hello-app';
import { CertManager } from '../constructs/cert-manager/cert-manager';
import { AppOfApps } from '../constructs/argocd/app-of-apps';
import { ValidationError } from '../constructs/core/errors';
import { CrossplaneProvider } from '../constructs/crossplane/provider';
import { Experiment } from '../constructs/experiment/experiment';
import { Kyverno } from '../constructs/kyverno/kyverno';
import { imagesSignedByGitHubActions } from '../constructs/kyverno/signed-images';
import { K6Script } from '../constructs/loadgen/k6-script';
import { K6Test } from '../constructs/loadgen/k6-test';
import { OpenBao } from '../constructs/openbao/openbao';
import { LabChart } from '../charts/lab-chart';
import { CHARTS } from '../constructs/catalog/charts';
import { Environment, EnvironmentProps } from '../hub/environment';
import { testSite } from './support/constructs';

/** Props that JavaScript callers (and synth, which does not typecheck) can pass. */
const untyped = <T>(value: unknown): T => value as T;

const SCRIPT = K6Script.fromFile('experiments/http-baseline/baseline.js');

function experiment(build: (exp: Experiment) => void, scope = new App()): Experiment {
  return new Experiment(scope, 'exp', { lab: TEST_LAB, definition: { name: 'exp', description: 'test', build } });
}

const ENV: EnvironmentProps = { ...ENVIRONMENT_PROPS, name: 'lab' };

describe('union-typed props are checked at run time, not only by the type checker', () => {
  it('an environment storage mode with a typo fails instead of falling back to volume claims', () => {
    expect(() => new Environment({ ...ENV, storage: untyped('hostpath') })).toThrow(
      'environment "lab": storage "hostpath" is invalid: must be one of volume-claim, host-path');
  });

  it('an OpenBao storage kind that is neither host path nor volume claim', () => {
    const { site } = testSite();
    const certManager = new CertManager(site, 'cert-manager', { chart: CHARTS.certManager });
    expect(() => new OpenBao(site, 'openbao', { chart: CHARTS.openbao, certManager, storage: untyped({ kind: 'pvc', size: '1Gi' }) })).toThrow(
      'site/openbao: storage.kind "pvc" is invalid: must be one of volume-claim, host-path');
  });

  it('a Kyverno failure action in the wrong case is refused, not read as the default', () => {
    const { site } = testSite();
    const signedImages = imagesSignedByGitHubActions('test', TEST_LAB.repository.url);
    expect(() => new Kyverno(site, 'kyverno', { chart: CHARTS.kyverno, signedImages, signatureAction: untyped('enforce') })).toThrow(
      'site/kyverno: signatureAction "enforce" is invalid: must be one of Audit, Enforce');
    expect(() => new Kyverno(testSite().site, 'kyverno', { chart: CHARTS.kyverno, signedImages, podSecurityAction: untyped('audit') })).toThrow(
      'site/kyverno: podSecurityAction "audit" is invalid: must be one of Audit, Enforce');
  });

  it('a Crossplane provider kind the lab does not configure', () => {
    const chart = new LabChart(new App(), 'objects', { path: 'test' });
    expect(() => new CrossplaneProvider(chart, 'aws', {
      package: untyped({ kind: 'aws', image: 'xpkg.crossplane.io/crossplane-contrib/provider-aws:v1.0.0' }), namespace: 'crossplane-system',
    })).toThrow('objects/aws: package.kind "aws" is invalid: must be one of kubernetes, helm');
  });

  it('an image of the lab\'s own app that is not pinned', () => {
    expect(() => experiment((exp) => {
      new HelloApp(exp, 'target', { namespace: exp.namespace(), image: 'hashicorp/http-echo:latest' });
    })).toThrow('exp/target: image "hashicorp/http-echo:latest" is invalid: an image pinned to a version tag (not latest) or a digest');
  });

  it('a mesh mode asked for through an experiment namespace is checked, not dropped', () => {
    expect(() => experiment((exp) => {
      exp.namespace('amb', { mesh: { mode: 'proxyless' as never } });
    })).toThrow('mode "proxyless" is invalid: must be one of sidecar, ambient, linkerd');
  });

  it('a dependsOn on a component of another app-of-apps is refused: waves order nothing there', () => {
    const app = new App();
    const other = new AppOfApps(app, 'other', {
      repository: TEST_LAB.repository, path: 'test/other', projectName: 'other', projectDescription: 'test',
    });
    const foreign = new HelloApp(other, 'foreign', { namespace: 'other' });
    expect(() => experiment((exp) => {
      const target = new HelloApp(exp, 'target', { namespace: exp.namespace(), dependsOn: [foreign] });
      exp.runLoad(new K6Test(exp, 'load', { target: target.http, script: SCRIPT }));
    }, app)).toThrow('exp/target: dependsOn "other/foreign" is invalid: a component of the same hub or experiment (exp); sync waves do not order Applications of different app-of-apps');
  });

  it('a duplicate construct id ends in one ValidationError line, not a stack trace of the constructs library', () => {
    let error: unknown;
    try {
      experiment((exp) => {
        new HelloApp(exp, 'target', { namespace: exp.namespace() });
        new HelloApp(exp, 'target', { namespace: exp.namespace(), name: 'second' });
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toBe('exp/target: id "target" is invalid: each id once within its parent; exp already holds a construct named "target"');
  });

  it('two app-of-apps with one id are refused the same way', () => {
    const app = new App();
    const props = { repository: TEST_LAB.repository, path: 'test/a', projectName: 'a', projectDescription: 'test' };
    new AppOfApps(app, 'a', props);
    expect(() => new AppOfApps(app, 'a', props)).toThrow('a: id "a" is invalid: each id once within its parent; the app already holds a construct named "a"');
  });
});
