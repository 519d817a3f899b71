import * as kplus from 'cdk8s-plus-30';
import {
  WorkflowTemplateSpecTemplatesContainerResourcesLimits as Limits,
  WorkflowTemplateSpecTemplatesContainerResourcesRequests as Requests,
} from '../../imports/argo-workflowtemplate-argoproj.io';
import type { WorkflowRunner } from '../argo-workflows/runner';
import type { Component } from '../argocd/component';
import { ARGOCD_NAMESPACE } from '../argocd/constants';
import { bindingResources, Resources } from '../k8s/resources';
import { WorkflowTemplateSpecTemplatesResourceAction } from '../../imports/argo-workflowtemplate-argoproj.io';
import { LAB_LABELS } from '../core/labels';
import { toYaml } from '../core/yaml';
import type { StepTemplate } from './load-generator';

/** The images of the workflow's own steps, pinned. */
export const STEP_IMAGES = {
  /** Shell-free: every kubectl step is one kubectl command. */
  kubectl: 'registry.k8s.io/kubectl:v1.31.2',
  busybox: 'busybox:1.37.0',
  /** Has a shell (Alpine), for the few steps that chain commands. */
  curl: 'curlimages/curl:8.11.1',
  /** Runs the results step, a bundled script (constructs/results/collect). */
  node: 'node:20.19.5-alpine3.22',
} as const;

/** The unprivileged user every step runs as (the images' root is never used). */
export const STEP_USER = 65532;

/** Requests and limits of a step container: they wait and talk to the API, little more. */
export const STEP_RESOURCES: Resources = {
  requests: { cpu: '10m', memory: '32Mi' },
  limits: { cpu: '200m', memory: '128Mi' },
};

/** A container template with the lab's step defaults: pinned image, resources, non-root. */
export function containerStep(image: string, command: readonly string[], args: readonly string[], resources: Resources = STEP_RESOURCES): StepTemplate {
  return {
    container: {
      image,
      command: [...command],
      args: [...args],
      // kubectl keeps its discovery cache under $HOME; the images' home belongs to root.
      env: [{ name: 'HOME', value: '/tmp' }],
      resources: bindingResources(resources, Limits, Requests),
      securityContext: {
        runAsNonRoot: true,
        runAsUser: STEP_USER,
        runAsGroup: STEP_USER,
        allowPrivilegeEscalation: false,
        capabilities: { drop: ['ALL'] },
      },
    },
  };
}

/** One kubectl command as a step. */
export function kubectlStep(...args: string[]): StepTemplate {
  return containerStep(STEP_IMAGES.kubectl, ['kubectl'], args);
}

/** A shell script run by the curl image's shell, for HTTP APIs (Locust's web API). */
export function curlScriptStep(script: string, env: Readonly<Record<string, string>> = {}): StepTemplate {
  const step = containerStep(STEP_IMAGES.curl, ['/bin/sh', '-c'], [script]);
  return {
    container: {
      ...step.container,
      env: [...(step.container?.env ?? []), ...Object.entries(env).map(([name, value]) => ({ name, value }))],
    },
  };
}

/** Waits until every named Application reports `status.<field>` equal to `value`. */
export function waitForApplications(names: readonly string[], jsonPath: string, value: string, timeout: string): StepTemplate {
  return kubectlStep('wait', '--namespace', ARGOCD_NAMESPACE, `--for=jsonpath={${jsonPath}}=${value}`, `--timeout=${timeout}`,
    ...names.map((n) => `application/${n}`));
}

/** A rule of what the workflow's service account may do in a part's namespace. */
export interface RunnerRule {
  /** API group; `''` for the core group. */
  readonly apiGroup: string;
  /** Plural resource, e.g. `testruns` or `pods/log`. */
  readonly resource: string;
  readonly verbs: readonly string[];
  /**
   * Limits the rule to these objects.
   * @default - every object of the resource in the namespace
   */
  readonly resourceNames?: readonly string[];
}

/**
 * Grants the workflow runner `rules` in a part's namespace: a Role and RoleBinding in the part's
 * own folder, so they come and go with the part and its namespace.
 */
export function grantRunner(runner: WorkflowRunner, part: Component, name: string, rules: readonly RunnerRule[]): kplus.Role {
  const metadata = { name: `${runner.serviceAccountName}-${name}`, namespace: part.namespace };
  const role = new kplus.Role(part.objects, 'RunnerRole', { metadata });
  for (const rule of rules) {
    const resources = (rule.resourceNames ?? [undefined]).map((resourceName) => ({
      apiGroup: rule.apiGroup, resourceType: rule.resource, ...(resourceName ? { resourceName } : {}),
    }));
    role.allow([...rule.verbs], ...resources);
  }
  const binding = new kplus.RoleBinding(part.objects, 'RunnerRoleBinding', { metadata, role });
  binding.addSubjects(kplus.ServiceAccount.fromServiceAccountName(part.objects, 'Runner', runner.serviceAccountName, {
    namespaceName: runner.namespace,
  }));
  return role;
}

/**
 * What the runner needs for a part whose runs are Jobs: create them and watch them to the end,
 * find their pods and read their logs (the summary), delete them on exit.
 */
export const JOB_RUNNER_RULES: readonly RunnerRule[] = [
  { apiGroup: 'batch', resource: 'jobs', verbs: ['create', 'get', 'list', 'watch', 'delete'] },
  { apiGroup: '', resource: 'pods', verbs: ['get', 'list'] },
  { apiGroup: '', resource: 'pods/log', verbs: ['get'] },
];

/**
 * A step that creates an object of the run and waits until `success` holds (or `failure`, which
 * fails the step), at most `timeout`. For a Job: {@link createJobStep}.
 */
export function createObjectStep(manifest: object, timeout: string, success: string, failure?: string): StepTemplate {
  return {
    resource: {
      action: WorkflowTemplateSpecTemplatesResourceAction.CREATE,
      manifest: toYaml(manifest),
      successCondition: success,
      ...(failure ? { failureCondition: failure } : {}),
    },
    timeout,
  };
}

/** A step that creates a run's Job and waits until it has succeeded or failed. */
export function createJobStep(manifest: object, timeout: string): StepTemplate {
  return createObjectStep(manifest, timeout, 'status.succeeded > 0', 'status.failed > 0');
}

/** A summary step: the whole log of a run's Job (`extra`: more `kubectl logs` flags, such as `--container=...`). */
export function jobLogsStep(namespace: string, jobName: string, ...extra: string[]): StepTemplate {
  return kubectlStep('logs', '--namespace', namespace, `job/${jobName}`, ...extra, '--tail=-1');
}

/**
 * A cleanup step: every object of the part's runs (`kinds`, Jobs unless given), by the
 * experiment's and the part's labels, so a run whose exit handler never ran is removed too.
 */
export function deleteRunObjectsStep(namespace: string, experiment: string, part: string, kinds = 'jobs'): StepTemplate {
  return kubectlStep('delete', kinds, '--namespace', namespace,
    '--selector', `${LAB_LABELS.experiment}=${experiment},${LAB_LABELS.partOf}=${part}`,
    '--ignore-not-found', '--timeout=5m');
}
