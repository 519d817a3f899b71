import * as kplus from 'cdk8s-plus-30';
import {
  WorkflowTemplateSpecTemplatesContainerResourcesLimits as Limits,
  WorkflowTemplateSpecTemplatesContainerResourcesRequests as Requests,
} from '../../imports/argo-workflowtemplate-argoproj.io';
import type { WorkflowRunner } from '../argo-workflows/runner';
import type { Component } from '../argocd/component';
import { ARGOCD_NAMESPACE } from '../argocd/constants';
import { bindingResources, Resources } from '../k8s/resources';
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
