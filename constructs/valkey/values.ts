import type { Resources } from '../k8s/resources';

/** The subset of the valkey chart's values the lab sets (chart 0.11.0). */
export interface ValkeyValues {
  /** The Deployment's, Service's and ServiceAccount's name, instead of the chart's `<release>-valkey`. */
  readonly fullnameOverride: string;
  readonly image: { readonly tag: string };
  readonly resources: Resources;
  readonly initResources: Resources;
  readonly service: { readonly port: number };
  /** Data kept on a volume claim, or in the pod's emptyDir. */
  readonly dataStorage: { readonly enabled: boolean; readonly requestedSize?: string; readonly className?: string };
  readonly metrics: {
    readonly enabled: boolean;
    readonly exporter: {
      readonly image: { readonly tag: string };
      readonly resources: Resources;
      readonly securityContext: Record<string, unknown>;
    };
  };
}
