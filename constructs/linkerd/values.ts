/** Linkerd's form of requests and limits (`proxy.resources` in the chart's values). */
export interface LinkerdResources {
  readonly cpu: { readonly request: string; readonly limit: string };
  readonly memory: { readonly request: string; readonly limit: string };
}

/** A webhook whose serving certificate cert-manager issues and whose CA bundle its CA injector writes. */
export interface LinkerdWebhookValues {
  readonly externalSecret: true;
  /** `<namespace>/<Certificate>`, read by cert-manager's CA injector. */
  readonly injectCaFrom: string;
}

/** The subset of the linkerd-crds chart's values the lab sets (chart 2026.4.4). */
export interface LinkerdCrdsValues {
  readonly installGatewayAPI: boolean;
}

/** The subset of the linkerd-control-plane chart's values the lab sets (chart 2026.4.4). */
export interface LinkerdControlPlaneValues {
  readonly controllerReplicas: number;
  readonly disableHeartBeat: boolean;
  readonly identity: {
    /** The trust roots ConfigMap exists before the chart is installed. */
    readonly externalCA: true;
    readonly issuer: { readonly scheme: 'kubernetes.io/tls' };
  };
  readonly proxyInjector: LinkerdWebhookValues;
  readonly profileValidator: LinkerdWebhookValues;
  readonly policyValidator: LinkerdWebhookValues;
  readonly proxy: { readonly nativeSidecar: boolean; readonly resources: LinkerdResources };
  readonly policyController: { readonly resources: LinkerdResources };
  readonly identityResources: LinkerdResources;
  readonly destinationResources: LinkerdResources;
  readonly proxyInjectorResources: LinkerdResources;
  readonly spValidatorResources: LinkerdResources;
}
