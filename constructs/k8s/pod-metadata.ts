/** Labels and annotations added to a workload's pods (mesh enrollment, for example). */
export interface PodMetadata {
  /** @default - none */
  readonly labels?: Readonly<Record<string, string>>;
  /** @default - none */
  readonly annotations?: Readonly<Record<string, string>>;
}
