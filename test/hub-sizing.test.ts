import { App } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { Hub } from '../hub/hub';
import { TEST_LAB, testEnvironment } from './support/lab';

/** Prometheus' retention in the hub's kube-prometheus-stack values. */
function retentionOn(memory: string): string {
  const hub = new Hub(new App(), {
    lab: TEST_LAB,
    environment: testEnvironment({ capacity: { nodes: 1, allocatablePerNode: { cpu: '8', memory }, clusterPods: { cpu: '0', memory: '0' } } }),
  });
  return (hub.monitoring.application.helmSources[0].values as any).prometheus.prometheusSpec.retention;
}

describe('the measurement stack is sized by what the nodes leave for the lab', () => {
  it('keeps a short history below 16Gi, whatever the storage mode, and a longer one above', () => {
    expect(retentionOn('12Gi')).toBe('3d');
    expect(retentionOn('32Gi')).toBe('15d');
  });
});
