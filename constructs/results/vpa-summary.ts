import { ValidationError } from '../core/errors';
import { parseQuantity } from '../k8s/quantity';
import { isRecord, labelName } from './checks';
import type { OtherLoadSummary } from './results-document';

/** The bounds a VPA recommender writes per container (autoscaling.k8s.io/v1 RecommendedContainerResources). */
const BOUNDS = ['target', 'lowerBound', 'upperBound', 'uncappedTarget'] as const;

/**
 * Reads a VerticalPodAutoscaler as `kubectl get verticalpodautoscaler NAME -o json` prints it and
 * turns `status.recommendation.containerRecommendations` into figures: for each container and
 * bound, `<container>.<bound>.cpuCores` and `<container>.<bound>.memoryBytes` (quantities such as
 * `25m` and `262144k` read as Kubernetes reads them). A VPA whose recommender has not written a
 * recommendation yet gives no figures, which is a result of its own (too little history).
 */
export function vpaSummary(output: string, options: { readonly name: string }): OtherLoadSummary {
  const name = labelName('vpa summary', 'name', options.name);
  const where = `vpa summary "${name}"`;
  let object: unknown;
  try {
    object = JSON.parse(typeof output === 'string' ? output : '');
  } catch {
    throw new ValidationError(where, 'output', firstLine(output), 'must be a VerticalPodAutoscaler as JSON (kubectl get -o json)');
  }
  if (!isRecord(object) || object.kind !== 'VerticalPodAutoscaler') {
    throw new ValidationError(where, 'kind', isRecord(object) ? object.kind : typeof object, 'must be VerticalPodAutoscaler');
  }
  const status = isRecord(object.status) ? object.status : {};
  const recommendation = isRecord(status.recommendation) ? status.recommendation : {};
  const containers = Array.isArray(recommendation.containerRecommendations) ? recommendation.containerRecommendations : [];
  const metrics: Record<string, number> = {};
  for (const [i, container] of containers.entries()) {
    if (!isRecord(container) || typeof container.containerName !== 'string') {
      throw new ValidationError(where, `containerRecommendations[${i}].containerName`, isRecord(container) ? container.containerName : container, 'a container name');
    }
    for (const bound of BOUNDS) {
      const resources = container[bound];
      if (resources === undefined) continue;
      if (!isRecord(resources)) throw new ValidationError(where, `${container.containerName}.${bound}`, resources, 'a map of cpu and memory quantities');
      for (const [resource, key] of [['cpu', 'cpuCores'], ['memory', 'memoryBytes']] as const) {
        if (resources[resource] === undefined) continue;
        const quantity = parseQuantity(String(resources[resource]));
        if (!quantity || quantity.negative) {
          throw new ValidationError(where, `${container.containerName}.${bound}.${resource}`, resources[resource], 'a Kubernetes quantity such as 25m or 262144k');
        }
        metrics[`${container.containerName}.${bound}.${key}`] = quantity.value;
      }
    }
  }
  return { tool: 'vpa', name, metrics };
}

function firstLine(output: unknown): unknown {
  return typeof output === 'string' ? output.trim().split('\n')[0] : output;
}
