import { App, Chart } from 'cdk8s';
import * as kplus from 'cdk8s-plus-30';
import { LAB_LABELS } from '../core/labels';
import { restrictedContainer } from '../k8s/security';

/** An environment variable of a bench Job: a value, or a key of a Secret in the Job's namespace. */
export type BenchEnv = { readonly value: string } | { readonly secret: string; readonly key: string };

/** Everything one run's bench Job is made of. */
export interface BenchJobSpec {
  /** The part's name: the Job's infix and `app.kubernetes.io/part-of`. */
  readonly name: string;
  /** `app.kubernetes.io/name` of the Job's pods: the tool. */
  readonly tool: string;
  readonly namespace: string;
  readonly image: string;
  /** The user the image runs as. */
  readonly user: number;
  /** The script `/bin/sh -c` runs; it must exit non-zero when the tool fails. */
  readonly script: string;
  readonly env: Readonly<Record<string, BenchEnv>>;
  readonly resources: kplus.ContainerResources;
}

/** The name of a run's Job. */
export function benchJobName(name: string, runId: string): string {
  return `${runId}-${name}`;
}

/**
 * A run's bench Job as cdk8s-plus renders it: one container running the tool's script as a
 * fixed non-root user with a read-only root filesystem and a writable `/tmp` (also `HOME`, where
 * JVMs and CLIs keep scratch files). It belongs to the run that creates it, not to Git.
 */
export function renderBenchJob(spec: BenchJobSpec, runId: string, runLabels: Readonly<Record<string, string>>): Record<string, any> {
  const labels = { ...runLabels, 'app.kubernetes.io/name': spec.tool, [LAB_LABELS.partOf]: spec.name };
  const chart = new Chart(new App(), 'run');
  const tmp = kplus.Volume.fromEmptyDir(chart, 'tmp', 'tmp');
  const job = new kplus.Job(chart, 'job', {
    metadata: { name: benchJobName(spec.name, runId), namespace: spec.namespace, labels },
    podMetadata: { labels },
    // A failed run is a result to look at, not to repeat on top of what it already sent.
    backoffLimit: 0,
    restartPolicy: kplus.RestartPolicy.NEVER,
    securityContext: { ensureNonRoot: true, user: spec.user, group: spec.user },
    volumes: [tmp],
  });
  const env: Record<string, kplus.EnvValue> = { HOME: kplus.EnvValue.fromValue('/tmp') };
  for (const [key, value] of Object.entries(spec.env)) {
    env[key] = 'value' in value
      ? kplus.EnvValue.fromValue(value.value)
      : kplus.EnvValue.fromSecretValue({ secret: kplus.Secret.fromSecretName(chart, `secret-${key}`, value.secret), key: value.key });
  }
  job.addContainer({
    name: spec.tool,
    image: spec.image,
    imagePullPolicy: kplus.ImagePullPolicy.IF_NOT_PRESENT,
    command: ['/bin/sh', '-c', spec.script],
    resources: spec.resources,
    securityContext: restrictedContainer(spec.user),
    envVariables: env,
    volumeMounts: [{ path: '/tmp', volume: tmp }],
  });
  return chart.toJson()[0];
}
