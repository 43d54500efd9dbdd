// What an OPML import yields: subscriptions to add and what could not be imported, per line.

export interface OpmlFeed {
  /** The feed address, normalised by the URL parser (http or https only). */
  readonly url: string;
  /** The name the exporter gave it, trimmed; null when it gave none. */
  readonly title: string | null;
  /** The site's web page (htmlUrl), when given and http(s). */
  readonly siteUrl: string | null;
  /** Folder names from the top down; [] for the top level. */
  readonly folder: readonly string[];
  /** 1-based line of the outline in the file. */
  readonly line: number;
}

export interface OpmlProblem {
  /** 1-based line in the file, when known. */
  readonly line: number | null;
  readonly message: string;
}

export interface OpmlDocument {
  readonly title: string | null;
  readonly feeds: readonly OpmlFeed[];
  readonly problems: readonly OpmlProblem[];
}

/** Bounds on the work one file may cause. */
export interface OpmlLimits {
  readonly maxBytes: number;
  readonly maxOutlines: number;
  readonly maxDepth: number;
}

export const DEFAULT_OPML_LIMITS: OpmlLimits = {
  maxBytes: 20_000_000,
  maxOutlines: 50_000,
  maxDepth: 32,
};
