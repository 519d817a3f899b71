import type { Resources } from '../k8s/resources';

/** The subset of the argo-cd chart's values the lab sets (chart 10.1.1). */
export interface ArgoCdValues {
  /** The host name the chart derives argocd-cm's `url` from. */
  readonly global: { readonly domain: string };
  readonly configs: {
    readonly cm: Readonly<Record<string, string>>;
    readonly secret: { readonly githubSecret: string };
  };
  readonly dex: { readonly enabled: boolean };
  readonly controller: { readonly resources: Resources };
  readonly repoServer: { readonly resources: Resources };
  readonly applicationSet: { readonly resources: Resources };
  readonly notifications: { readonly resources: Resources };
  readonly redis: { readonly resources: Resources };
  readonly server: {
    readonly resources: Resources;
    readonly certificate: { readonly enabled: boolean };
    readonly service: {
      readonly type: 'ClusterIP' | 'LoadBalancer';
      readonly annotations?: Readonly<Record<string, string>>;
    };
  };
}
