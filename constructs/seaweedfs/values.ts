import type { Resources } from '../k8s/resources';

/** The subset of the seaweedfs chart's values the lab sets (chart 4.44.0). */
export interface SeaweedFsValues {
  readonly master: { readonly enabled: boolean };
  readonly volume: { readonly enabled: boolean };
  readonly filer: { readonly enabled: boolean };
  readonly allInOne: {
    readonly enabled: boolean;
    readonly s3: {
      readonly enabled: boolean;
      readonly enableAuth: boolean;
      readonly existingConfigSecret: string;
      readonly createBuckets: ReadonlyArray<{ readonly name: string }>;
      readonly createBucketsHook: { readonly resources: Resources };
    };
    readonly data: {
      readonly type: 'persistentVolumeClaim';
      readonly size: string;
      readonly storageClass: string;
    };
    readonly resources: Resources;
  };
}
