import type { Resources } from '../k8s/resources';

/** The subset of the strimzi-kafka-operator chart's values the lab sets (chart 1.2.0). */
export interface StrimziOperatorValues {
  /** Reconcile Kafka resources in every namespace: each experiment brings its own. */
  readonly watchAnyNamespace: boolean;
  readonly watchNamespaces: readonly string[];
  readonly resources: Resources;
}
