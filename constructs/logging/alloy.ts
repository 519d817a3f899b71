import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import { recordWiring } from '../core/wiring';
import type { HelmChart } from '../helm/helm-chart';
import { checkResources, Resources } from '../k8s/resources';
import { scrape } from '../monitoring/metrics-declarations';
import { LOG_PIPELINE_LABEL } from './log-pipeline';
import type { Loki } from './loki';
import type { AlloyValues } from './values';

/** Alloy's image at the pinned chart's app version (alloy 1.11.1). */
export const ALLOY_VERSION = 'v1.18.1';

export interface AlloyProps extends ComponentProps {
  /** The pinned alloy chart. */
  readonly chart: HelmChart;
  /** The Loki it ships to; its pipeline names the pods it collects. */
  readonly loki: Loki;
  /**
   * Requests and limits of each collector pod (one per node).
   * @default 100m/128Mi requested, 1 CPU/512Mi limit
   */
  readonly resources?: Resources;
}

/** Prometheus' label name for a Kubernetes label: every character outside [a-zA-Z0-9_] becomes `_`. */
function metaLabel(label: string): string {
  return `__meta_kubernetes_pod_label_${label.replace(/[^a-zA-Z0-9_]/g, '_')}`;
}

/**
 * The collector's program: pods on this node that carry the pipeline's label, their CRI log
 * files under /var/log/pods tailed (the same files Fluent Bit reads through /var/log/containers),
 * each line sent to Loki with its namespace, pod, container and pipeline as labels.
 */
function alloyConfig(pipeline: string, pushUrl: string): string {
  return [
    'discovery.kubernetes "pods" {',
    '  role = "pod"',
    '  selectors {',
    '    role  = "pod"',
    `    label = "${LOG_PIPELINE_LABEL}=${pipeline}"`,
    '    field = "spec.nodeName=" + sys.env("NODE_NAME")',
    '  }',
    '}',
    '',
    'discovery.relabel "pods" {',
    '  targets = discovery.kubernetes.pods.targets',
    '  rule {',
    '    source_labels = ["__meta_kubernetes_namespace"]',
    '    target_label  = "namespace"',
    '  }',
    '  rule {',
    '    source_labels = ["__meta_kubernetes_pod_name"]',
    '    target_label  = "pod"',
    '  }',
    '  rule {',
    '    source_labels = ["__meta_kubernetes_pod_container_name"]',
    '    target_label  = "container"',
    '  }',
    '  rule {',
    `    source_labels = ["${metaLabel(LOG_PIPELINE_LABEL)}"]`,
    '    target_label  = "pipeline"',
    '  }',
    '  rule {',
    '    source_labels = ["__meta_kubernetes_pod_uid", "__meta_kubernetes_pod_container_name"]',
    '    separator     = "/"',
    '    target_label  = "__path__"',
    '    replacement   = "/var/log/pods/*$1/*.log"',
    '  }',
    '}',
    '',
    'local.file_match "pods" {',
    '  path_targets = discovery.relabel.pods.output',
    '}',
    '',
    'loki.source.file "pods" {',
    '  targets    = local.file_match.pods.targets',
    '  forward_to = [loki.process.cri.receiver]',
    '}',
    '',
    'loki.process "cri" {',
    '  stage.cri {}',
    '  forward_to = [loki.write.default.receiver]',
    '}',
    '',
    'loki.write "default" {',
    '  endpoint {',
    `    url = "${pushUrl}"`,
    '  }',
    '}',
    '',
  ].join('\n');
}

/**
 * Grafana Alloy as a DaemonSet: the collector of the `loki` log pipeline. Each pod tails the log
 * files of its node's pods that carry the pipeline's label and pushes them to Loki's push API.
 * The chart's PodLogs CRD is not installed: the lab configures Alloy by its own program.
 */
export class Alloy extends Component {
  public constructor(scope: Construct, id: string, props: AlloyProps) {
    super(scope, id, props, { name: 'alloy', namespace: props.loki.pipeline.namespace, after: [props.loki] });
    const where = this.node.path;
    const pipeline = props.loki.pipeline;
    const values: AlloyValues = {
      image: { tag: ALLOY_VERSION },
      crds: { create: false },
      controller: { type: 'daemonset' },
      alloy: {
        configMap: { content: alloyConfig(pipeline.name, `${pipeline.backend.url}/loki/api/v1/push`) },
        // /var/log/pods, where the kubelet keeps the containers' CRI log files.
        mounts: { varlog: true },
        extraEnv: [{ name: 'NODE_NAME', valueFrom: { fieldRef: { fieldPath: 'spec.nodeName' } } }],
        resources: checkResources(where, 'resources', props.resources ?? {
          requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '1', memory: '512Mi' },
        }),
      },
    };
    // controller.type daemonset: one collector per node, each reading that node's pod logs.
    this.installChart(props.chart, values, { perNodeValues: ['alloy.resources'] });
    recordWiring(this, props.loki, 'logs');
    // Alloy serves its own metrics on the `http-metrics` port (12345, alloy.listenPort); chart 1.11.1
    // labels its pods with the chart's name and the release.
    scrape(this, {
      job: 'alloy', target: 'pod', namespace: this.namespace,
      selector: { 'app.kubernetes.io/name': 'alloy', 'app.kubernetes.io/instance': this.componentName },
      port: 'http-metrics',
    });
  }
}
