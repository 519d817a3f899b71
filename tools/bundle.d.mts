// Types of tools/bundle.mjs for the TypeScript tools that import it (bench).
import type { BuildOptions, Metafile } from 'esbuild';

export declare const BUNDLED_PACKAGES: readonly string[];
export declare const GENERATED_ID: string;
export declare function isLibraryId(id: string): boolean;
/** What a command's bundle needs from its libraries' bundle: ids, and for generated modules the names it reads (null: all). */
export type LibraryNeeds = Record<string, string[] | null>;
export declare function bundleOptions(where: { root: string; entry: string; outfile: string; sourceMap?: boolean }): BuildOptions & { metafile: true };
export declare function bundleInputs(metafile: Metafile): string[];
export declare function libraryNeeds(metafile: Metafile, text: string): LibraryNeeds;
export declare function librariesOptions(what: { root: string; needs: LibraryNeeds; outfile: string; sourceMap?: boolean }): BuildOptions & { metafile: true };
export declare const UNDEFINED_FILTER: string;
export declare function linearBindingSource(source: string): { code: string; replaced: number };
export declare function fastResolveSource(source: string): string;
export declare class CompactedBindings {
  constructor(dir: string, esbuild: { version: string; transform: typeof import('esbuild').transform });
  compact(file: string): Promise<string>;
  forgetUnused(): void;
}
export declare function lazyCdk8sSource(name: string, source: string): string;
