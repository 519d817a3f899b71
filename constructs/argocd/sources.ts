import type { ApplicationSpecSources } from '../../imports/argocd-application-argoproj.io';
import type { LabChart } from '../../charts/lab-chart';
import type { HelmChart } from '../helm/helm-chart';
import { ValidationError } from '../core/errors';

/** The repository an Application pulls a folder from. */
export interface SourceRepository {
  readonly url: string;
  readonly revision: string;
}

/** One source of an Application. */
export interface IApplicationSource {
  /** Checks the source for the Application at construct path `where`; throws on bad input. */
  check(where: string): void;
  /** The source as ArgoCD writes it, or undefined when it contributes nothing. */
  render(): ApplicationSpecSources | undefined;
}

export interface HelmSourceProps {
  /** The pinned chart. */
  readonly chart: HelmChart;
  /** Values, checked against the chart's defaults and written inline as `valuesObject`. */
  readonly values?: object;
  /**
   * Helm release name.
   * @default - the Application's name
   */
  readonly releaseName?: string;
  /**
   * Paths in `values` (dotted, such as `speaker.resources`) of resource blocks that size a
   * DaemonSet's pod: the usage model (`npm run cost`, the capacity check) counts them once per node.
   * Each must name a map that `values` sets.
   * @default - none: every block is counted as one pod (times a replica count beside it)
   */
  readonly perNodeValues?: readonly string[];
  /**
   * Paths in `values` (dotted) of resource blocks and sizes that belong to each of several pods
   * whose count the chart reads from elsewhere in the values (NATS's `config.cluster.replicas`
   * for `container.resources`), with that count. Each must name a map that `values` sets.
   * @default - none
   */
  readonly replicatedValues?: Readonly<Record<string, number>>;
  /**
   * Paths in `values` (dotted) of resource blocks that size a container the chart's controller
   * injects into other workloads' pods (a mesh's sidecar proxy): they size no pod of the chart's
   * own, so the usage model leaves them out here and counts them per meshed pod instead
   * (hub/application-usage.ts). Each must name a map that `values` sets.
   * @default - none
   */
  readonly injectedValues?: readonly string[];
}

/** A Helm chart at a pinned version with typed inline values. */
export class HelmSource implements IApplicationSource {
  public readonly chart: HelmChart;
  public readonly values: object;
  public readonly releaseName?: string;
  public readonly perNodeValues: readonly string[];
  public readonly replicatedValues: Readonly<Record<string, number>>;
  public readonly injectedValues: readonly string[];

  public constructor(props: HelmSourceProps) {
    this.chart = props.chart;
    this.values = props.values ?? {};
    this.releaseName = props.releaseName;
    this.perNodeValues = [...(props.perNodeValues ?? [])];
    this.replicatedValues = { ...(props.replicatedValues ?? {}) };
    this.injectedValues = [...(props.injectedValues ?? [])];
  }

  public check(where: string): void {
    this.chart.checkValues(where, this.values);
    const checkPath = (field: string, at: string) => {
      const found = at.split('.').reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), this.values);
      if (found === null || typeof found !== 'object' || Array.isArray(found)) {
        throw new ValidationError(where, field, at, `a path of a map the ${this.chart.chart} values set`);
      }
    };
    for (const at of this.perNodeValues) checkPath('perNodeValues', at);
    for (const [at, count] of Object.entries(this.replicatedValues)) {
      checkPath('replicatedValues', at);
      if (!Number.isInteger(count) || count < 1) {
        throw new ValidationError(where, `replicatedValues["${at}"]`, count, 'a whole number of pods, at least 1');
      }
      if (this.perNodeValues.includes(at)) {
        throw new ValidationError(where, `replicatedValues["${at}"]`, count, 'a path not also in perNodeValues');
      }
    }
    for (const at of this.injectedValues) {
      checkPath('injectedValues', at);
      if (this.perNodeValues.includes(at) || at in this.replicatedValues) {
        throw new ValidationError(where, 'injectedValues', at, 'a path not also in perNodeValues or replicatedValues');
      }
    }
  }

  public render(): ApplicationSpecSources {
    const hasValues = Object.keys(this.values).length > 0;
    return {
      ...this.chart.location,
      targetRevision: this.chart.version,
      helm: {
        ...(this.releaseName ? { releaseName: this.releaseName } : {}),
        ...(hasValues ? { valuesObject: this.values } : {}),
      },
    };
  }
}

/** A folder of dist/ in the lab's repository: the objects of one LabChart. */
export class ChartSource implements IApplicationSource {
  public constructor(
    public readonly repository: SourceRepository,
    public readonly chart: LabChart,
  ) {}

  public check(): void {}

  /** Nothing when the chart is empty: its folder does not exist. */
  public render(): ApplicationSpecSources | undefined {
    if (this.chart.isEmpty) return undefined;
    return {
      repoUrl: this.repository.url,
      targetRevision: this.repository.revision,
      path: this.chart.repositoryPath,
    };
  }
}
