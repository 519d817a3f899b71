// Types of tools/run-cache.cjs for the tests.
export declare function codeCacheFile(bundle: string, execArgv?: readonly string[], nodeOptions?: string): string;
export declare function stampedFiles(inputs: readonly string[], bundler?: readonly string[]): string[];
