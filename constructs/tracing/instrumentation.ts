import { Construct } from 'constructs';
import {
  Instrumentation as InstrumentationL1,
  InstrumentationSpecPropagators,
  InstrumentationSpecSamplerType,
} from '../../imports/otel-instrumentation-opentelemetry.io';
import { Capabilities } from '../catalog/capabilities';
import { ValidationError } from '../core/errors';
import { checkLabelName, checkNumber } from '../core/validation';
import { recordWiring } from '../core/wiring';
import { Experiment } from '../experiment/experiment';
import type { OtlpTarget } from './otel-collector';

/** Languages whose SDK the operator injects through an annotation, as its annotations name them. */
export type InstrumentedLanguage = 'java' | 'nodejs' | 'python' | 'dotnet' | 'go';

const LANGUAGES: readonly InstrumentedLanguage[] = ['java', 'nodejs', 'python', 'dotnet', 'go'];
/** OTLP over HTTP, the protocol the operator's injected SDKs use by default. */
const OTLP_HTTP_PORT = 4318;

export interface InstrumentationProps {
  /** The namespace of the instrumented pods. */
  readonly namespace: string;
  /**
   * The object's name; pods name it in their annotation.
   * @default 'default'
   */
  readonly name?: string;
  /** The collector the injected SDKs send to. */
  readonly collector: OtlpTarget;
  /**
   * The share of new traces kept (a parent's decision is followed).
   * @default 1
   */
  readonly samplingRatio?: number;
}

/**
 * The OpenTelemetry operator's Instrumentation (opentelemetry.io/v1alpha1, typed by the binding
 * of the pinned v0.158.0 CRD): which collector the SDKs the operator injects send to, with W3C
 * trace context and baggage propagation and a parent-based ratio sampler. A pod opts in with the
 * annotation {@link annotationFor} gives. In an experiment it requires the operator's capability.
 */
export class Instrumentation extends Construct {
  public readonly instrumentationName: string;
  public readonly namespace: string;

  public constructor(scope: Construct, id: string, props: InstrumentationProps) {
    super(scope, id);
    const where = this.node.path;
    this.namespace = checkLabelName(where, 'namespace', props.namespace);
    this.instrumentationName = checkLabelName(where, 'name', props.name ?? 'default');
    const ratio = checkNumber(where, 'samplingRatio', props.samplingRatio ?? 1, 0, 1);
    const host = props.collector.otlpGrpcEndpoint.replace(/:\d+$/, '');
    new InstrumentationL1(this, 'Resource', {
      metadata: { name: this.instrumentationName, namespace: this.namespace },
      spec: {
        exporter: { endpoint: `http://${host}:${OTLP_HTTP_PORT}` },
        propagators: [InstrumentationSpecPropagators.TRACECONTEXT, InstrumentationSpecPropagators.BAGGAGE],
        sampler: { type: InstrumentationSpecSamplerType.PARENTBASED_UNDERSCORE_TRACEIDRATIO, argument: String(ratio) },
      },
    });
    Experiment.tryOf(this)?.require(Capabilities.openTelemetryOperator);
    recordWiring(this, props.collector.owner, 'spans');
  }

  /** The pod annotation that asks the operator to inject `language`'s SDK configured by this object. */
  public annotationFor(language: InstrumentedLanguage): Readonly<Record<string, string>> {
    if (!LANGUAGES.includes(language)) {
      throw new ValidationError(this.node.path, 'language', language, `one of ${LANGUAGES.join(', ')}`);
    }
    return { [`instrumentation.opentelemetry.io/inject-${language}`]: `${this.namespace}/${this.instrumentationName}` };
  }
}
