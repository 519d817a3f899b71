import * as kplus from 'cdk8s-plus-30';
import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import { ARGOCD_NAMESPACE } from '../argocd/constants';
import { checkLabelName } from '../core/validation';
import type { HelmChart } from '../helm/helm-chart';
import { checkResources, Resources } from '../k8s/resources';
import { scrape } from '../monitoring/metrics-declarations';
import type { MetricsEndpoint } from '../monitoring/metrics-endpoint';
import type { WorkflowRunner } from './runner';
import type { ArgoWorkflowsValues } from './values';

export interface ArgoWorkflowsProps extends ComponentProps {
  /** The pinned argo-workflows chart. */
  readonly chart: HelmChart;
  /** Who runs experiment workflows (the lab's runner): the component's namespace and the account it creates there. */
  readonly runner: WorkflowRunner;
  /**
   * Controller requests and limits.
   * @default 100m/128Mi requested, 500m/512Mi limit
   */
  readonly controllerResources?: Resources;
  /**
   * Server (UI and API) requests and limits.
   * @default 50m/64Mi requested, 200m/256Mi limit
   */
  readonly serverResources?: Resources;
  /**
   * Requests and limits of the executor containers added to every workflow pod.
   * @default 10m/32Mi requested, 200m/128Mi limit
   */
  readonly executorResources?: Resources;
}

/**
 * Argo Workflows, which runs the experiments, and the experiment runner's service account with
 * the one right every experiment needs outside its own namespaces: reading ArgoCD Applications in
 * ArgoCD's namespace, to wait for an experiment's parts to be synced and healthy. Anything more an experiment grants the runner in
 * its own namespaces, from its own folder. The chart gives the account the executor's rights in
 * the runner's namespace (workflow task results).
 */
export class ArgoWorkflows extends Component {
  /** The account experiment workflows run as. */
  public readonly runner: WorkflowRunner;
  /** The runner's service account. */
  public readonly serviceAccount: kplus.ServiceAccount;
  /** The API server's metrics (gRPC requests), for objectives on the API. */
  public readonly serverMetrics: MetricsEndpoint;
  /** The workflow controller's metrics (`argo_workflows_*`: workflows by phase, queue depth). */
  public readonly controllerMetrics: MetricsEndpoint;

  public constructor(scope: Construct, id: string, props: ArgoWorkflowsProps) {
    super(scope, id, props, {
      name: 'argo-workflows',
      // Workflows run where the controller runs: the runner's namespace.
      namespace: props.runner.namespace,
      serverSideApply: true,
    });
    const where = this.node.path;
    const runner = props.runner;
    const namespace = this.namespace;
    checkLabelName(where, 'runner.serviceAccountName', runner.serviceAccountName);
    const values: ArgoWorkflowsValues = {
      controller: {
        resources: checkResources(where, 'controllerResources', props.controllerResources ?? {
          requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '512Mi' },
        }),
        // The chart's default is `default`, a namespace the hub project does not deploy to.
        workflowNamespaces: [namespace],
        workflowDefaults: { spec: { serviceAccountName: runner.serviceAccountName } },
      },
      server: {
        resources: checkResources(where, 'serverResources', props.serverResources ?? {
          requests: { cpu: '50m', memory: '64Mi' }, limits: { cpu: '200m', memory: '256Mi' },
        }),
        // The UI acts as the server's account; it is reached only by port-forward.
        authModes: ['server'],
      },
      executor: {
        resources: checkResources(where, 'executorResources', props.executorResources ?? {
          requests: { cpu: '10m', memory: '32Mi' }, limits: { cpu: '200m', memory: '128Mi' },
        }),
      },
      // The account is created below; the chart only binds its executor Role to it.
      workflow: { serviceAccount: { create: false, name: runner.serviceAccountName }, rbac: { create: true } },
      // The chart's default (full: true) installs the CRDs with a pre-install/pre-upgrade Job that
      // downloads them from GitHub on every sync; `full: false` renders the chart's own minimal
      // CRDs as templates instead (argo-workflows 1.0.18, templates/crds.yaml). The lab validates
      // its WorkflowTemplates against the full schema at synth.
      crds: { full: false },
    };
    this.installChart(props.chart, values);
    this.runner = runner;

    // Workflow pods need the token: the executor reports results through the API.
    this.serviceAccount = new kplus.ServiceAccount(this.objects, 'Runner', {
      metadata: { name: runner.serviceAccountName, namespace }, automountToken: true,
    });
    // Applications live in ArgoCD's namespace only (the lab does not use apps in any namespace),
    // so reading them there is all a workflow's wait step needs.
    const metadata = { name: `${runner.serviceAccountName}-read-applications`, namespace: ARGOCD_NAMESPACE };
    const readApplications = new kplus.Role(this.objects, 'ReadApplications', { metadata });
    readApplications.allowRead(kplus.ApiResource.custom({ apiGroup: 'argoproj.io', resourceType: 'applications' }));
    new kplus.RoleBinding(this.objects, 'ReadApplicationsBinding', { metadata, role: readApplications }).addSubjects(this.serviceAccount);

    // Argo Workflows 4.0 through the argo-workflows 1.0.18 chart: pods labelled
    // app.kubernetes.io/name=<release>-<component>. The API server serves /metrics on its `web`
    // port (2746), open without a token in `server` auth mode.
    this.serverMetrics = scrape(this, {
      job: 'argo-workflows-server', target: 'pod', namespace,
      selector: { 'app.kubernetes.io/name': 'argo-workflows-server' }, port: 'web',
    });
    // The controller serves `metrics` (9090) over TLS with a self-signed certificate by default (3.6 and later).
    this.controllerMetrics = scrape(this, {
      job: 'argo-workflows-controller', target: 'pod', namespace,
      selector: { 'app.kubernetes.io/name': 'argo-workflows-workflow-controller' }, port: 'metrics',
      scheme: 'https', insecureSkipVerify: true,
    });
  }
}
