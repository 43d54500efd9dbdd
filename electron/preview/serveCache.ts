// The preview's token-protected /cache/ route (the token is checked before this is reached):
// article images and feed icons from the engine's cache, by the same rules as the desktop protocol.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { answerCacheRequest, parseCacheRequest, type ImageSource } from '../shell/cacheRoute.ts';

export async function serveCache(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  images: ImageSource | undefined,
): Promise<void> {
  const request = parseCacheRequest(url);
  // A malformed cache address is a miss like any other.
  const answer = await answerCacheRequest(
    request ?? { kind: 'icon', feedId: 1 },
    request ? (images ?? null) : null,
  );
  res.writeHead(answer.status, answer.headers);
  res.end(req.method === 'HEAD' ? undefined : (answer.body ?? undefined));
}
