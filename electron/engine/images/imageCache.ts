// The offline image cache: after posts are stored, their images are found (a scan that follows
// the store, so a crash only delays it) and fetched in the background while no refresh runs;
// the faces ask it for an image by address, and a miss is fetched on demand when allowed.
// Over the size limit, images of the oldest read posts go first; starred posts' never.
import { imageOnUserGivenHost, userGivenHosts } from './privateImageHosts.ts';
import { httpUrl, isTrackingPixel } from '../../../shared/imageChoice.ts';
import type { ConcurrencyLimiter, FetchOptions } from '../fetch/types.ts';
import type { ImageIndex, ImageRecord } from '../store/imageIndex.ts';
import { parseEnclosures } from '../store/savePosts.ts';
import { createContentStore, type ContentStore } from './contentStore.ts';
import { fetchImage } from './fetchImage.ts';
import { findFeedIcon, findSiteIcon, iconRefreshMs } from './feedIcons.ts';
import { httpOrigin } from './siteIcons.ts';
import { imageUrlsOf } from './imageRefs.ts';
import {
  defaultImageCacheLimitBytes,
  defaultRemoteImages,
  type RemoteImages,
} from './remoteImages.ts';

export interface ImageCacheOptions {
  readonly dataDir: string;
  readonly index: ImageIndex;
  readonly fetch: FetchOptions;
  readonly limiter: ConcurrencyLimiter;
  readonly now: () => Date;
  /** True while feeds are being polled: background image fetches wait for the refresh to end. */
  readonly busy: () => boolean;
  readonly remoteImages?: RemoteImages;
  readonly limitBytes?: number;
  /** Feeds' icons were looked for (found, changed or gone): the faces reload the feed list. */
  readonly onIconsChecked?: () => void;
}

export interface CachedImage {
  readonly bytes: Uint8Array;
  readonly type: string;
}

/** Background fetches at once (the limiter still caps each host at 2). */
const backgroundParallel = 4;
const scanChunk = 200;
const evictChunk = 200;

export class ImageCache {
  readonly #options: ImageCacheOptions;
  readonly #index: ImageIndex;
  readonly #files: ContentStore;
  readonly #abort = new AbortController();
  readonly #fetching = new Map<string, Promise<void>>();
  /** Site icon lookups running, by origin: concurrent asks for one site share one lookup. */
  readonly #siteLookups = new Map<string, Promise<void>>();
  #policy: RemoteImages;
  #limitBytes: number;
  #draining: Promise<void> | null = null;
  /** Bytes in the cache, counted once per pass and kept up to date by this pass's fetches. */
  #bytes: number | null = null;
  #again = false;

  constructor(options: ImageCacheOptions) {
    this.#options = options;
    this.#index = options.index;
    this.#files = createContentStore(options.dataDir);
    this.#policy = options.remoteImages ?? defaultRemoteImages;
    this.#limitBytes = options.limitBytes ?? defaultImageCacheLimitBytes;
  }

  get policy(): RemoteImages {
    return this.#policy;
  }

  /** Applies the setting; a change starts a background pass (more to fetch, or less room). */
  setPolicy(policy: RemoteImages, limitBytes = this.#limitBytes): void {
    if (policy === this.#policy && limitBytes === this.#limitBytes) return;
    this.#policy = policy;
    this.#limitBytes = limitBytes;
    this.schedule();
  }

  /** Starts (or queues) a background pass: scan new posts, fetch their images, keep the limit. */
  schedule(): void {
    if (this.#abort.signal.aborted) return;
    if (this.#draining) {
      this.#again = true;
      return;
    }
    this.#draining = this.#drain()
      .catch((error: unknown) => console.error('orrery: image caching stopped:', error))
      .finally(() => {
        this.#draining = null;
        if (this.#again && !this.#abort.signal.aborted) {
          this.#again = false;
          this.schedule();
        }
      });
  }

  /**
   * Resolves true when the background pass (if any) has ended, or false once `withinMs` have
   * passed first (the pass goes on; close() stops it, and what it had not fetched stays pending
   * for the next one). The CLI waits for it, within a bound, before exiting.
   */
  async idle(withinMs = Infinity): Promise<boolean> {
    const deadline = Date.now() + withinMs;
    while (this.#draining) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      if (!(await settlesWithin(this.#draining, left))) return false;
    }
    return true;
  }

  async #drain(): Promise<void> {
    while (!this.#stopped() && this.#index.scanNewPosts(scanChunk, postImages) > 0) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (this.#policy === 'never') return;
    // A pass may fetch an image and an icon page for every feed: reading and parsing every
    // user-given feed's address for each was quadratic (25M URLs parsed after 5,000 new feeds).
    let hosts: ReadonlySet<string> | null = null;
    const hostsOfPass = () => (hosts ??= this.#userGivenHosts());
    if (this.#policy === 'keep') await this.#fetchPending(hostsOfPass);
    await this.#findIcons(hostsOfPass);
    if (this.#overLimit()) await this.#evict();
  }

  /** Read now: an on-demand fetch sees a feed the user has just given. */
  #userGivenHosts(): ReadonlySet<string> {
    return userGivenHosts(this.#index.userGivenFeedUrls());
  }

  async #fetchPending(hosts: () => ReadonlySet<string>): Promise<void> {
    let after = 0;
    while (!this.#stopped() && !this.#options.busy()) {
      if (this.#overLimit() && !(await this.#evict())) return;
      const batch = this.#index.pendingImages(after, backgroundParallel * 4);
      if (batch.length === 0) break;
      after = batch.at(-1)!.id;
      await runLimited(batch, backgroundParallel, (image) => this.#fetch(image, hosts));
    }
  }

  /** Feeds whose icon was never looked for, or not this week. */
  async #findIcons(hosts: () => ReadonlySet<string>): Promise<void> {
    const deps = this.#iconDeps(hosts);
    const nowIso = () => this.#options.now().toISOString();
    let checked = false;
    while (!this.#stopped() && !this.#options.busy()) {
      const weekAgo = new Date(this.#options.now().getTime() - iconRefreshMs).toISOString();
      const due = this.#index.iconsDue(weekAgo, backgroundParallel * 2);
      if (due.length === 0) break;
      await runLimited(due, backgroundParallel, (feed) => findFeedIcon(feed, deps, nowIso));
      checked = true;
    }
    if (checked && !this.#stopped()) this.#options.onIconsChecked?.();
  }

  #iconDeps(hosts: () => ReadonlySet<string>) {
    return {
      index: this.#index,
      fetch: this.#options.fetch,
      limiter: this.#options.limiter,
      signal: this.#abort.signal,
      userGivenHosts: hosts,
      fetchImage: (image: ImageRecord) => this.#fetch(image, hosts),
    };
  }

  /** A feed's cached icon, or null (the faces then show a letter badge). */
  async feedIcon(feedId: number): Promise<CachedImage | null> {
    if (this.#stopped()) return null;
    return this.#read(this.#index.feedIconImage(feedId));
  }

  /**
   * A web site's own icon (a planet member's, by origin), or null. Looked for on demand when the
   * setting allows and it was never looked for, or not this week; a cached one is served as is.
   */
  async siteIcon(site: string): Promise<CachedImage | null> {
    const origin = httpOrigin(site);
    if (origin === null || this.#stopped()) return null;
    const known = this.#index.siteIcon(origin);
    const cached = await this.#read(known?.imageId ? this.#index.imageById(known.imageId) : null);
    const weekAgo = new Date(this.#options.now().getTime() - iconRefreshMs).toISOString();
    const due = !known?.checkedAt || known.checkedAt < weekAgo;
    if (cached || !due || this.#policy === 'never') return cached;
    await this.#lookUpSite(origin);
    const found = this.#index.siteIcon(origin)?.imageId;
    return found && !this.#stopped() ? this.#read(this.#index.imageById(found)) : null;
  }

  #lookUpSite(origin: string): Promise<void> {
    const running = this.#siteLookups.get(origin);
    if (running) return running;
    const nowIso = () => this.#options.now().toISOString();
    let hosts: ReadonlySet<string> | null = null;
    const deps = this.#iconDeps(() => (hosts ??= this.#userGivenHosts()));
    const work = findSiteIcon(origin, deps, nowIso).finally(() => this.#siteLookups.delete(origin));
    this.#siteLookups.set(origin, work);
    return work;
  }

  #stopped(): boolean {
    return this.#abort.signal.aborted;
  }

  #overLimit(): boolean {
    this.#bytes ??= this.#index.cacheBytes();
    return this.#bytes > this.#limitBytes;
  }

  /** Evicts until under the limit; false when nothing more may go (the rest is unread or starred). */
  async #evict(): Promise<boolean> {
    while (this.#overLimit()) {
      const { evicted, hashes } = this.#index.evictOldest(evictChunk);
      this.#bytes = null;
      await this.#files.remove(hashes);
      if (evicted === 0) return false;
    }
    return true;
  }

  /** Fetches one image into the cache; concurrent requests for one address share the fetch. */
  #fetch(image: ImageRecord, hosts: () => ReadonlySet<string>): Promise<void> {
    const running = this.#fetching.get(image.url);
    if (running) return running;
    const work = this.#fetchNow(image, hosts).finally(() => this.#fetching.delete(image.url));
    this.#fetching.set(image.url, work);
    return work;
  }

  async #fetchNow(image: ImageRecord, hosts: () => ReadonlySet<string>): Promise<void> {
    const haveFile = image.status === 'ok' && image.hash !== null;
    const result = await fetchImage(
      {
        url: image.url,
        etag: haveFile ? image.etag : null,
        lastModified: haveFile ? image.lastModified : null,
        userGiven: imageOnUserGivenHost(image.url, hosts()),
      },
      { fetch: this.#options.fetch, limiter: this.#options.limiter, signal: this.#abort.signal },
    );
    if (this.#stopped()) return;
    const now = this.#options.now().toISOString();
    if (result.kind === 'failed') return this.#index.markFailed(image.id, result.message, now);
    if (result.kind === 'not-modified') {
      if (haveFile) this.#index.markUsed(image.id, now);
      else this.#index.markFailed(image.id, 'The server answered 304 to a first request.', now);
      return;
    }
    const hash = await this.#files.put(result.bytes);
    if (this.#stopped()) return;
    this.#index.markFetched(
      image.id,
      { hash, type: result.type, size: result.bytes.length },
      { etag: result.etag, lastModified: result.lastModified },
      now,
    );
    if (this.#bytes !== null) this.#bytes += result.bytes.length;
  }

  /**
   * The cached image for an address. A miss is fetched now when `fetchMissing` says so (the
   * setting allows it, or the person asked for this post's images); null when there is none.
   */
  async image(url: string, fetchMissing: boolean): Promise<CachedImage | null> {
    const address = httpUrl(url);
    if (address === null || this.#stopped()) return null;
    const cached = await this.#read(this.#index.imageByUrl(address));
    if (cached || !fetchMissing || isTrackingPixel(address)) return cached;
    await this.#fetch(this.#index.ensureImage(address), () => this.#userGivenHosts());
    return this.#stopped() ? null : this.#read(this.#index.imageByUrl(address));
  }

  /** Whether a miss may be fetched on demand under the current setting. */
  get fetchesOnDemand(): boolean {
    return this.#policy !== 'never';
  }

  async #read(image: ImageRecord | null): Promise<CachedImage | null> {
    if (image?.status !== 'ok' || !image.hash || !image.type) return null;
    const bytes = await this.#files.get(image.hash);
    if (bytes && !this.#stopped())
      this.#index.markUsed(image.id, this.#options.now().toISOString());
    return bytes ? { bytes, type: image.type } : null;
  }

  /** Frees the images only these posts showed (retention calls it before deleting posts). */
  async releaseImagesOf(entryIds: readonly number[]): Promise<void> {
    if (entryIds.length === 0) return;
    await this.#files.remove(this.#index.releaseImagesOf(entryIds));
    this.#bytes = null;
  }

  /** Retention's hook, inside its prune transaction: the index rows go with the posts; the files
   * once that has committed, and only if no cached image still uses them (a rollback keeps them). */
  releaseImagesOfPruned(entryIds: readonly number[]): void {
    const hashes = this.#index.releaseImagesOf(entryIds);
    this.#bytes = null;
    if (hashes.length === 0) return;
    setImmediate(() => {
      if (!this.#stopped()) void this.#files.remove(this.#index.orphaned(hashes));
    });
  }

  /** Stops background work; fetches in flight are aborted. */
  async close(): Promise<void> {
    this.#abort.abort();
    await Promise.allSettled([
      this.#draining,
      ...this.#fetching.values(),
      ...this.#siteLookups.values(),
    ]);
  }
}

function postImages(post: { contentHtml: string | null; enclosures: string | null }): string[] {
  return imageUrlsOf(post.contentHtml, parseEnclosures(post.enclosures));
}

/** Whether `work` settles within `ms` (an infinite bound simply waits for it). */
async function settlesWithin(work: Promise<void>, ms: number): Promise<boolean> {
  if (!Number.isFinite(ms)) return work.then(() => true);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([work.then(() => true as const), late]);
  } finally {
    clearTimeout(timer);
  }
}

async function runLimited<T>(
  items: readonly T[],
  parallel: number,
  work: (item: T) => Promise<void>,
) {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(parallel, items.length) }, worker));
}
