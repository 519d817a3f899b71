import * as kplus from 'cdk8s-plus-30';
import { Construct } from 'constructs';
import { ValidationError } from '../core/errors';
import { checkLabelName } from '../core/validation';
import type { UsagePrices } from './price-usage';

/**
 * The facts a hub tells every experiment run about itself. An experiment's workflow is built once
 * for every environment, so it cannot hold them: each hub writes them into one ConfigMap in the
 * runner's namespace, and a run reads them there when it starts (ADR 0090).
 */
export interface RunSettingValues {
  /** The environment's name, as the results document records it. */
  readonly environment: string;
  /**
   * The unit prices the run's usage is charged at (the environment's price sheet).
   * @default - none: the hub's runs end without a results document, and their results step says why
   */
  readonly prices?: UsagePrices;
  /** Prometheus' HTTP API, queried for the run's CPU and memory. */
  readonly prometheusUrl: string;
  /** Prometheus' remote-write receiver, where k6 streams its metrics. */
  readonly remoteWriteUrl: string;
  /** Where results documents go: an S3 bucket and the credentials Secret in the runner's namespace. */
  readonly results: {
    /** `host:port` of the S3 API. */
    readonly endpoint: string;
    readonly bucket: string;
    /** Only plain HTTP is supported: the S3 artifact's `insecure` is fixed in every workflow. */
    readonly insecure: boolean;
    readonly secretName: string;
    readonly accessKeyKey: string;
    readonly secretKeyKey: string;
  };
}

/** The keys of the settings ConfigMap; readers and the writer share this one table. */
export const RUN_SETTING_KEYS = {
  environment: 'environment',
  prices: 'prices.json',
  prometheusUrl: 'prometheus-url',
  remoteWriteUrl: 'remote-write-url',
  resultsEndpoint: 'results-endpoint',
  resultsBucket: 'results-bucket',
  resultsSecret: 'results-secret',
  resultsAccessKeyKey: 'results-access-key-key',
  resultsSecretKeyKey: 'results-secret-key-key',
} as const;

export type RunSettingKey = keyof typeof RUN_SETTING_KEYS;

/** The ConfigMap's name in the runner's namespace. */
export const RUN_SETTINGS_NAME = 'experiment-run-settings';

/**
 * Argo Workflows resolves `valueFrom.configMapKeyRef` of a parameter only from ConfigMaps with this
 * label (Argo Workflows' "parameters from ConfigMaps", 3.1 and later).
 */
const ARGO_PARAMETER_LABEL = { key: 'workflows.argoproj.io/configmap-type', value: 'Parameter' } as const;

/** An Argo input parameter read from the hub's run settings when the step starts. */
export interface SettingParameter {
  readonly name: string;
  readonly valueFrom: { readonly configMapKeyRef: { readonly name: string; readonly key: string } };
}

/** The input parameter of a step that reads `setting` from the hub, and the expression that uses it. */
export function settingInput(setting: RunSettingKey): { readonly parameter: SettingParameter; readonly expression: string } {
  const key = RUN_SETTING_KEYS[setting];
  const name = key.replace(/\.json$/, '');
  return {
    parameter: { name, valueFrom: { configMapKeyRef: { name: RUN_SETTINGS_NAME, key } } },
    expression: `{{inputs.parameters.${name}}}`,
  };
}

/**
 * A container environment variable read from the hub's run settings (plain Kubernetes, no Argo).
 * It is optional, so a missing setting reaches the program, which names it, instead of keeping the
 * container from starting.
 */
export function settingEnv(variable: string, setting: RunSettingKey): { name: string; valueFrom: { configMapKeyRef: { name: string; key: string; optional: boolean } } } {
  return { name: variable, valueFrom: { configMapKeyRef: { name: RUN_SETTINGS_NAME, key: RUN_SETTING_KEYS[setting], optional: true } } };
}

export interface RunSettingsProps {
  /** The runner's namespace, where the workflows run. */
  readonly namespace: string;
  /** The facts to publish. */
  readonly values: RunSettingValues;
}

/** The HTTP(S) URL of a service inside the cluster. */
const URL_PATTERN = /^https?:\/\/[a-z0-9.-]+(:[0-9]+)?(\/[^\s]*)?$/;

/**
 * A hub's run settings: one ConfigMap in the runner's namespace holding {@link RunSettingValues}
 * under {@link RUN_SETTING_KEYS}, labelled so Argo resolves parameters from it.
 */
export class RunSettings extends Construct {
  public readonly configMap: kplus.ConfigMap;

  public constructor(scope: Construct, id: string, props: RunSettingsProps) {
    super(scope, id);
    const where = this.node.path;
    const v = props.values;
    checkLabelName(where, 'namespace', props.namespace);
    checkLabelName(where, 'values.environment', v.environment);
    for (const field of ['prometheusUrl', 'remoteWriteUrl'] as const) {
      if (typeof v[field] !== 'string' || !URL_PATTERN.test(v[field])) {
        throw new ValidationError(where, `values.${field}`, v[field], 'an http(s) URL inside the cluster, such as http://prometheus.monitoring:9090');
      }
    }
    if (!v.results?.insecure) {
      throw new ValidationError(where, 'values.results.insecure', v.results?.insecure,
        'true: the workflows write results over the in-cluster plain-HTTP S3 API (their artifact sets insecure: true)');
    }
    const data: Partial<Record<(typeof RUN_SETTING_KEYS)[RunSettingKey], string>> = {
      [RUN_SETTING_KEYS.environment]: v.environment,
      [RUN_SETTING_KEYS.prometheusUrl]: v.prometheusUrl,
      [RUN_SETTING_KEYS.remoteWriteUrl]: v.remoteWriteUrl,
      [RUN_SETTING_KEYS.resultsEndpoint]: v.results.endpoint,
      [RUN_SETTING_KEYS.resultsBucket]: v.results.bucket,
      [RUN_SETTING_KEYS.resultsSecret]: v.results.secretName,
      [RUN_SETTING_KEYS.resultsAccessKeyKey]: v.results.accessKeyKey,
      [RUN_SETTING_KEYS.resultsSecretKeyKey]: v.results.secretKeyKey,
    };
    if (v.prices !== undefined) {
      for (const field of ['vcpuHour', 'gibHour'] as const) {
        const price = v.prices[field];
        if (typeof price !== 'number' || !Number.isFinite(price) || price < 0) {
          throw new ValidationError(where, `values.prices.${field}`, price, 'a price of at least 0');
        }
      }
      if (typeof v.prices.currency !== 'string' || !/^[A-Z]{3}$/.test(v.prices.currency)) {
        throw new ValidationError(where, 'values.prices.currency', v.prices.currency, 'an ISO 4217 code such as EUR');
      }
      const { name, currency, vcpuHour, gibHour } = v.prices;
      data[RUN_SETTING_KEYS.prices] = JSON.stringify({ name, currency, vcpuHour, gibHour });
    }
    this.configMap = new kplus.ConfigMap(this, 'ConfigMap', {
      metadata: { name: RUN_SETTINGS_NAME, namespace: props.namespace, labels: { [ARGO_PARAMETER_LABEL.key]: ARGO_PARAMETER_LABEL.value } },
      data,
    });
  }
}
