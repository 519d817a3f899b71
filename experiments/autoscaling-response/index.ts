import { HelloApp } from '../../constructs/apps/hello-app';
import { CpuAutoscaler } from '../../constructs/autoscaling/cpu-autoscaler';
import { PrometheusScaledObject } from '../../constructs/autoscaling/prometheus-scaled-object';
import { requestRate } from '../../constructs/autoscaling/prometheus-query';
import { ResourceRecommendation } from '../../constructs/autoscaling/resource-recommendation';
import { ScalingReport } from '../../constructs/autoscaling/scaling-report';
import type { ExperimentDefinition } from '../../constructs/experiment/experiment';
import type { Resources } from '../../constructs/k8s/resources';
import { K6Script } from '../../constructs/loadgen/k6-script';
import { K6Test } from '../../constructs/loadgen/k6-test';

/** The most pods any variant runs: the fixed baseline runs this many all the time. */
const MAX_REPLICAS = 6;
/**
 * Each pod's share: a CPU request large enough that 70 % of it is real work for http-echo, so
 * the HPA reacts to load and not to noise.
 */
const APP_RESOURCES: Resources = { requests: { cpu: '50m', memory: '16Mi' }, limits: { cpu: '200m', memory: '64Mi' } };
/** Requests/s one pod is given under KEDA before another is added. */
const REQUESTS_PER_POD = 100;

/**
 * How fast and how cheaply an autoscaler follows a rising load: the same hello app three times,
 * at a fixed size (the cost baseline), under an HPA on CPU and under KEDA on the requests/s the
 * load generator sends it, each given the same k6 ramping-arrival-rate load in turn. Every app
 * also carries a VerticalPodAutoscaler in recommendation mode. ADR 0101 says what each
 * variant's numbers mean.
 */
export const autoscalingResponse: ExperimentDefinition = {
  name: 'autoscaling-response',
  description: 'Latency and pod use of a fixed-size app, an HPA on CPU and KEDA on requests/s under the same rising load',
  // rate: the peak requests/s; duration: the ramp's length, and again the hold's.
  parameters: { users: 50, duration: '2m', rate: 400, thresholds: { p95LatencyMs: 500, errorRate: 0.05 } },
  build(exp) {
    // A namespace per variant: a results document reports each variant's usage by namespace.
    const fixed = new HelloApp(exp, 'app-fixed', { namespace: exp.namespace('fixed'), appName: 'fixed', replicas: MAX_REPLICAS, resources: APP_RESOURCES });
    const hpa = new HelloApp(exp, 'app-hpa-cpu', { namespace: exp.namespace('hpa-cpu'), appName: 'hpa-cpu', replicas: 'autoscaled', resources: APP_RESOURCES });
    const keda = new HelloApp(exp, 'app-keda-rps', { namespace: exp.namespace('keda-rps'), appName: 'keda-rps', replicas: 'autoscaled', resources: APP_RESOURCES });
    new CpuAutoscaler(exp, 'hpa-cpu', { app: hpa, minReplicas: 1, maxReplicas: MAX_REPLICAS, cpuUtilization: 70 });

    const ramp = K6Script.fromFile('experiments/autoscaling-response/ramp.js');
    const kedaLoad = new K6Test(exp, 'load-keda-rps', { target: keda.http, script: ramp, variant: 'keda-rps' });
    // The app serves no metrics of its own: KEDA reads the request rate k6 reports for it.
    new PrometheusScaledObject(exp, 'keda-rps', {
      app: keda, metric: requestRate(kedaLoad), threshold: REQUESTS_PER_POD, minReplicas: 1, maxReplicas: MAX_REPLICAS,
    });
    const loads = [
      new K6Test(exp, 'load-fixed', { target: fixed.http, script: ramp, variant: 'fixed' }),
      new K6Test(exp, 'load-hpa-cpu', { target: hpa.http, script: ramp, variant: 'hpa-cpu' }),
      kedaLoad,
    ];
    // One stage per variant, so the loads do not compete for the node's CPU; beside each load, the
    // report of how its app scaled and what the VPA recommends for it (ADR 0105).
    for (const [i, app] of [fixed, hpa, keda].entries()) {
      const recommendation = new ResourceRecommendation(exp, `vpa-${app.componentName}`, { app });
      exp.runLoad(loads[i], new ScalingReport(exp, `report-${loads[i].variant}`, {
        app, recommendation, variant: loads[i].variant, minReplicas: app === fixed ? MAX_REPLICAS : 1, baselineReplicas: MAX_REPLICAS,
      }));
    }
  },
};
