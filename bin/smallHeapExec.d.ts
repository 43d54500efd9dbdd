export declare const cliV8Flags: readonly string[];
export declare function smallHeapArgs(
  execArgv: readonly string[],
  argv: readonly string[],
): string[] | null;
export declare function execWithSmallHeap(): void;
