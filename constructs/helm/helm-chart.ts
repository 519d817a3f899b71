import { KUBE_VERSIONS, PINNED_CHARTS, valuesShape } from '../../imports/helm-values';
import { LabError } from '../core/errors';
import type { KubernetesVersion } from '../core/kubernetes-version';
import { checkValues, type ValuesShape } from './values-shape';

/** A Helm chart pinned to one version, as ArgoCD pulls it. */
export interface HelmChartProps {
  /**
   * The chart repository: a Helm repository such as `https://argoproj.github.io/argo-helm`, or an
   * OCI registry path such as `oci://quay.io/strimzi-helm` (the chart name is appended).
   */
  readonly repoUrl: string;
  /** The chart's name in the repository, e.g. `argo-cd`. */
  readonly chart: string;
  /** The pinned chart version; must be one whose defaults are in imports/helm-values. */
  readonly version: string;
  /**
   * The chart's folder under ../shared/helm-values when it differs from the chart name
   * (Istio's `base` chart is kept as `istio-base`).
   * @default - the chart name
   */
  readonly defaultsName?: string;
  /**
   * The key the chart's defaults are nested under, when the chart merges them in at render time
   * and users set the same keys at the top level (Istio's `_internal_defaults_do_not_set`).
   * @default - the defaults are at the top level
   */
  readonly defaultsRoot?: string;
  /**
   * Dotted values paths whose content is free-form although the chart's defaults list some keys
   * there (for example `configs.cm` of argo-cd).
   * @default - none
   */
  readonly openValuePaths?: readonly string[];
  /**
   * API groups of the CustomResourceDefinitions the chart installs, so that the objects of those
   * groups can be ordered after it.
   * @default - none
   */
  readonly crdGroups?: readonly string[];
  /**
   * Subcharts whose own defaults are pinned separately, by the values key they are configured
   * under, as `chart@version` (kube-prometheus-stack's `grafana`: `grafana@12.11.1`). Keys under
   * it are checked against the subchart's defaults merged with what the parent sets there.
   * @default - none
   */
  readonly subchartDefaults?: Readonly<Record<string, string>>;
}

/** A pinned Helm chart that checks the values given to it against its own defaults. */
export class HelmChart {
  public readonly repoUrl: string;
  public readonly chart: string;
  public readonly version: string;
  public readonly crdGroups: readonly string[];
  private readonly openValuePaths: readonly string[];
  private readonly defaultsName: string;

  public constructor(private readonly props: HelmChartProps) {
    this.repoUrl = props.repoUrl;
    this.chart = props.chart;
    this.version = props.version;
    this.crdGroups = props.crdGroups ?? [];
    this.openValuePaths = props.openValuePaths ?? [];
    this.defaultsName = props.defaultsName ?? props.chart;
  }

  /** Whether the chart is pulled from an OCI registry rather than a Helm repository. */
  public get isOci(): boolean {
    return this.repoUrl.startsWith('oci://');
  }

  /**
   * Where an Application finds the chart. ArgoCD (3.1 and later) pulls an OCI chart as an OCI
   * source: the chart's full reference as `repoURL` and path `.`, with no repository to register;
   * a Helm repository is named by its URL and the chart by name.
   */
  public get location(): { readonly repoUrl: string; readonly chart?: string; readonly path?: string } {
    return this.isOci
      ? { repoUrl: `${this.repoUrl.replace(/\/+$/, '')}/${this.chart}`, path: '.' }
      : { repoUrl: this.repoUrl, chart: this.chart };
  }

  /** `chart@version`, as errors name it. */
  public get label(): string {
    return `${this.chart}@${this.version}`;
  }

  /** The same chart at another version (an environment may pin its own). */
  public withVersion(version: string): HelmChart {
    return new HelmChart({ ...this.props, version });
  }

  /** The chart's `kubeVersion` constraint, from its pinned Chart.yaml; undefined when it sets none. */
  public get kubeVersion(): string | undefined {
    return KUBE_VERSIONS[`${this.defaultsName}@${this.version}`];
  }

  /**
   * Why the chart cannot be installed on a cluster of `version`, or undefined when it can: Helm
   * refuses to render a chart whose `kubeVersion` excludes the cluster's.
   */
  public kubernetesVersionProblem(version: KubernetesVersion): string | undefined {
    const constraint = this.kubeVersion;
    if (constraint === undefined || version.satisfies(constraint)) return undefined;
    return `chart ${this.label} requires Kubernetes ${constraint}`;
  }

  /**
   * Checks values against this chart version's defaults; `where` names the construct for errors.
   * Throws when a key is unknown or a structure does not match.
   */
  public checkValues(where: string, values: object): void {
    const pinned = valuesShape(`${this.defaultsName}@${this.version}`);
    const root = this.props.defaultsRoot;
    const shape = root !== undefined && pinned !== undefined && typeof pinned === 'object' ? pinned[root] : pinned;
    if (shape === undefined) {
      const known = PINNED_CHARTS.filter((k) => k.startsWith(`${this.defaultsName}@`));
      throw new LabError(`${where}: chart ${this.label} has no pinned defaults in imports/helm-values ` +
        `(pinned: ${known.length ? known.join(', ') : 'none'}); pin one of those or add its defaults and run npm run import`);
    }
    checkValues(where, this.label, values, this.withSubcharts(where, shape), this.openValuePaths);
  }

  /** The shape with each pinned subchart's defaults merged under its key. */
  private withSubcharts(where: string, shape: ValuesShape): ValuesShape {
    const subcharts = Object.entries(this.props.subchartDefaults ?? {});
    if (subcharts.length === 0 || typeof shape !== 'object') return shape;
    const merged: Record<string, ValuesShape> = { ...shape };
    for (const [key, pinned] of subcharts) {
      const sub = valuesShape(pinned);
      if (sub === undefined) {
        throw new LabError(`${where}: subchart ${pinned} of ${this.label} has no pinned defaults in imports/helm-values; add them and run npm run import`);
      }
      merged[key] = mergeShapes(sub, shape[key] ?? 'any');
    }
    return merged;
  }
}

/** Both shapes' keys; where both are maps, merged key by key, otherwise `over` wins. */
function mergeShapes(under: ValuesShape, over: ValuesShape): ValuesShape {
  if (typeof under !== 'object' || typeof over !== 'object') return over === 'any' ? under : over;
  const out: Record<string, ValuesShape> = { ...under };
  for (const [key, child] of Object.entries(over)) out[key] = key in out ? mergeShapes(out[key], child) : child;
  return out;
}
