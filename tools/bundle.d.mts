// Types of tools/bundle.mjs for the TypeScript tools that import it (bench).
import type { BuildOptions } from 'esbuild';

export declare const BUNDLED_PACKAGES: readonly string[];
export declare function bundleOptions(where: { root: string; entry: string; outfile: string; sourceMap?: boolean }): BuildOptions & { metafile: true };
export declare const UNDEFINED_FILTER: string;
export declare function linearBindingSource(source: string): { code: string; replaced: number };
export declare function fastResolveSource(source: string): string;
export declare class CompactedBindings {
  constructor(dir: string, esbuild: { version: string; transform: typeof import('esbuild').transform });
  compact(file: string): Promise<string>;
  forgetUnused(): void;
}
export declare function lazyCdk8sSource(name: string, source: string): string;
