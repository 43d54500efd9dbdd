// What the pure parser returns: plain immutable values, no I/O. Identity and planet merge
// are functions over these (electron/engine/planet/).

export interface ParsedEnclosure {
  readonly url: string;
  readonly type: string | null;
  readonly length: number | null;
}

/** The feed an entry was first published in, when a planet says so (Atom <source>, RSS <source>). */
export interface EntrySource {
  readonly title: string | null;
  /** The source feed's own address (self link / RSS source url). */
  readonly feedUrl: string | null;
  /** The source's web site (alternate link). */
  readonly siteUrl: string | null;
  readonly id: string | null;
}

export interface ParsedEntry {
  /** RSS guid, Atom id or JSON Feed id, trimmed; null when absent or empty. */
  readonly guid: string | null;
  /** RSS guid isPermaLink (defaults true per RSS 2.0 when a guid is present); null for Atom/JSON. */
  readonly guidIsPermaLink: boolean | null;
  /** Absolute link to the post (alternate link), resolved against xml:base / entry / feed / fetch URL. */
  readonly link: string | null;
  /** feedburner:origLink or similar: the real address behind a tracking redirect. */
  readonly origLink: string | null;
  /** Plain text, entities decoded, whitespace folded; '' when the entry has no title. */
  readonly title: string;
  /** Plain text name(s); null when none. */
  readonly author: string | null;
  /** ISO 8601 UTC, or null when absent or unparseable. */
  readonly published: string | null;
  readonly updated: string | null;
  /** Full content HTML (content:encoded, Atom content, content_html), relative URLs made absolute. Untrusted. */
  readonly contentHtml: string | null;
  /** Summary/description HTML or text. Untrusted. */
  readonly summary: string | null;
  readonly enclosures: readonly ParsedEnclosure[];
  readonly categories: readonly string[];
  readonly thumbnail: string | null;
  readonly source: EntrySource | null;
}

export interface ParsedFeed {
  readonly format: 'rss' | 'rdf' | 'atom' | 'json';
  readonly title: string;
  /** The web site the feed belongs to (channel link / alternate link / home_page_url). */
  readonly siteUrl: string | null;
  /** The feed's own address as it declares it (atom:link rel=self / feed_url). */
  readonly selfUrl: string | null;
  readonly description: string | null;
  readonly generator: string | null;
  /** The feed's own icon or logo (Atom icon/logo, RSS image, JSON Feed icon/favicon), absolute. */
  readonly iconUrl: string | null;
  /** RSS <ttl>, or sy:updatePeriod/sy:updateFrequency, in minutes; null when not given. */
  readonly ttlMinutes: number | null;
  readonly entries: readonly ParsedEntry[];
  /** Set when a bound (time) cut the feed short: a sentence for its status line. */
  readonly truncation?: string | null;
  /** Things we recovered from (bad entities stripped, DOCTYPE removed …), for the log. */
  readonly warnings: readonly string[];
}

export type ParseResult =
  | { readonly kind: 'feed'; readonly feed: ParsedFeed }
  /** The body is an HTML page: the caller may look for <link rel="alternate"> feeds in it. */
  | { readonly kind: 'html'; readonly html: string }
  | { readonly kind: 'error'; readonly message: string };

export interface ParseInput {
  /** The address the bytes came from (after redirects): the base of last resort for relative URLs. */
  readonly url: string;
  readonly bytes: Uint8Array;
  /** The HTTP Content-Type header, including any charset parameter. */
  readonly contentType: string | null;
}
