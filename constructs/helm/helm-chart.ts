import { VALUES_SHAPES } from '../../imports/helm-values';
import { LabError } from '../core/errors';
import { checkValues } from './values-shape';

/** A Helm chart pinned to one version, as ArgoCD pulls it. */
export interface HelmChartProps {
  /** The chart repository, e.g. `https://argoproj.github.io/argo-helm`. */
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

  /** `chart@version`, as errors name it. */
  public get label(): string {
    return `${this.chart}@${this.version}`;
  }

  /** The same chart at another version (an environment may pin its own). */
  public withVersion(version: string): HelmChart {
    return new HelmChart({ ...this.props, version });
  }

  /**
   * Checks values against this chart version's defaults; `where` names the construct for errors.
   * Throws when a key is unknown or a structure does not match.
   */
  public checkValues(where: string, values: object): void {
    const shape = VALUES_SHAPES[`${this.defaultsName}@${this.version}`];
    if (shape === undefined) {
      const known = Object.keys(VALUES_SHAPES).filter((k) => k.startsWith(`${this.defaultsName}@`));
      throw new LabError(`${where}: chart ${this.label} has no pinned defaults in imports/helm-values ` +
        `(pinned: ${known.length ? known.join(', ') : 'none'}); pin one of those or add its defaults and run npm run import`);
    }
    checkValues(where, this.label, values, shape, this.openValuePaths);
  }
}
