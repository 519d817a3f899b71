/** The committed bundle of the results step. */
export declare const BUNDLE_FILE: string;
/** The bundle's text, built in memory with the options the committed file was built with. */
export declare function bundleResultsStep(): string;
