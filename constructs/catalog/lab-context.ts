import type { WorkflowRunner } from '../argo-workflows/runner';
import type { SourceRepository } from '../argocd/sources';
import type { ChartCatalog } from './charts';

/**
 * What is lab-wide, handed down from the lab to every hub and experiment: the one repository
 * ArgoCD pulls dist/ from, the account that runs experiment workflows, and the pinned charts.
 * The lab (lab/lab.ts) is its one implementation; hubs and experiments receive it and never
 * restate any of it.
 */
export interface LabContext {
  /** The Git repository and revision every Application pulls from. */
  readonly repository: SourceRepository;
  /** Who runs experiment workflows, on every hub. */
  readonly runner: WorkflowRunner;
  /** The pinned Helm charts; an environment may pin other versions of some. */
  readonly charts: ChartCatalog;
  /**
   * Every environment's DNS domain: experiments, built once for all hubs, name their gateways'
   * hosts in each (ADR 0131).
   * @default - none: gateways answer in-cluster names only
   */
  readonly domains?: readonly string[];
}
