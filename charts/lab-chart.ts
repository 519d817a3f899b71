import { ApiObject, Chart } from 'cdk8s';
import { Construct, IConstruct } from 'constructs';

const LAB_CHART = Symbol.for('illm-lab.LabChart');

export interface LabChartProps {
  /** The chart's folder under dist/, e.g. `hub/kind/openbao`. */
  readonly path: string;
  /**
   * Labels added to every object of the chart.
   * @default - none
   */
  readonly labels?: Record<string, string>;
  /**
   * Namespace of the chart's namespaced objects that set none.
   * @default - none
   */
  readonly namespace?: string;
}

/**
 * A cdk8s Chart that is one folder of dist/: the synth writes each of its objects to
 * `dist/<path>/<kind>-<name>.yaml`, and exactly one Application points at that folder.
 * Object names are explicit and stable: cdk8s name hashes are off.
 */
export class LabChart extends Chart {
  /** Whether a construct is a LabChart (instanceof is unreliable across bundles). */
  public static isLabChart(x: unknown): x is LabChart {
    return x !== null && typeof x === 'object' && (x as { [LAB_CHART]?: boolean })[LAB_CHART] === true;
  }

  /** The folder under dist/. */
  public readonly path: string;

  public constructor(scope: Construct, id: string, props: LabChartProps) {
    super(scope, id, { disableResourceNameHashes: true, labels: props.labels, namespace: props.namespace });
    this.path = props.path;
    Object.defineProperty(this, LAB_CHART, { value: true });
  }

  /** The folder as a path in the repository, as Applications name it. */
  public get repositoryPath(): string {
    return `dist/${this.path}`;
  }

  /** Whether the chart holds no Kubernetes object (then it gets no folder). */
  public get isEmpty(): boolean {
    return !this.node.findAll().some((c: IConstruct) => c !== this && ApiObject.isApiObject(c));
  }
}
