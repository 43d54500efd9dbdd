export declare const bundleInputsFile: string;
export declare function cliEntry(root?: string): URL;
