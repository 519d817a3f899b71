import { Construct } from 'constructs';
import type { Application } from '../argocd/application';
import type { Component } from '../argocd/component';
import { ValidationError } from '../core/errors';
import { checkLabelName } from '../core/validation';
import { WorkflowTemplateSpecTemplatesResourceAction } from '../../imports/argo-workflowtemplate-argoproj.io';
import { toYaml } from '../../tools/synth/yaml';
import { Experiment } from './experiment';
import type { ILoadGenerator, LoadStep, LoadSteps, RunContext } from './load-generator';
import { grantRunner, kubectlStep } from './steps';

export interface GitJobsLoadProps {
  /** The part whose folder holds the Jobs, synced by its Application. */
  readonly part: Component;
  /** The Jobs, in the order ArgoCD runs them (sync waves). */
  readonly jobNames: readonly string[];
  /**
   * The load's name in the workflow (template prefix, Role suffix).
   * @default - the construct id
   */
  readonly name?: string;
}

/**
 * A load whose run is a set of Jobs kept in Git by another part (Kafka's perf tools, for example):
 * ArgoCD creates them, so they run once when the experiment is enabled. A workflow run deletes
 * them, lets ArgoCD's self-heal create them again, waits for each to succeed or fail, and prints
 * their logs. Their parameters are fixed at synth, so the workflow takes none for them; nothing is
 * removed afterwards, since the completed Jobs are what Git declares.
 */
export class GitJobsLoad extends Construct implements ILoadGenerator {
  public readonly loadName: string;
  public readonly namespace: string;
  public readonly takesRunParameters = false;
  public readonly runApplications: readonly Application[];
  public readonly jobNames: readonly string[];

  public constructor(scope: Construct, id: string, props: GitJobsLoadProps) {
    super(scope, id);
    const where = this.node.path;
    if (Experiment.of(props.part) !== Experiment.of(this)) {
      throw new ValidationError(where, 'part', props.part.node.path, 'a part of the same experiment');
    }
    this.loadName = checkLabelName(where, 'name', props.name ?? id);
    if (props.jobNames.length === 0) throw new ValidationError(where, 'jobNames', [], 'at least one Job');
    props.jobNames.forEach((j, i) => checkLabelName(where, `jobNames[${i}]`, j));
    this.jobNames = [...props.jobNames];
    this.namespace = props.part.namespace;
    this.runApplications = [props.part.application];
    grantRunner(props.part, this.loadName, [
      // Deleting is what starts a run again: only these Jobs.
      { apiGroup: 'batch', resource: 'jobs', verbs: ['delete'], resourceNames: this.jobNames },
      { apiGroup: 'batch', resource: 'jobs', verbs: ['get', 'list', 'watch'] },
      { apiGroup: '', resource: 'pods', verbs: ['get', 'list'] },
      { apiGroup: '', resource: 'pods/log', verbs: ['get'] },
    ]);
  }

  public loadSteps(run: RunContext): LoadSteps {
    const ns = this.namespace;
    const perJob = this.jobNames.flatMap((job): LoadStep[] => [
      { name: `created-${job}`, template: kubectlStep('wait', '--namespace', ns, '--for=create', `job/${job}`, `--timeout=${run.parameters.loadTimeout}`) },
      {
        name: `done-${job}`,
        template: {
          resource: {
            action: WorkflowTemplateSpecTemplatesResourceAction.GET,
            manifest: toYaml({ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: job, namespace: ns } }),
            successCondition: 'status.succeeded > 0',
            failureCondition: 'status.failed > 0',
          },
          timeout: run.parameters.loadTimeout,
        },
      },
    ]);
    return {
      run: [
        { name: 'reset', template: kubectlStep('delete', '--namespace', ns, 'jobs', ...this.jobNames, '--ignore-not-found', '--timeout=5m') },
        ...perJob,
      ],
      summary: kubectlStep('logs', '--namespace', ns, '--selector', `job-name in (${this.jobNames.join(',')})`,
        '--tail=-1', '--prefix', `--max-log-requests=${this.jobNames.length + 1}`),
    };
  }
}
