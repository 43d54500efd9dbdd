// The browser preview: the built renderer and the same ReaderApi over HTTP on 127.0.0.1 only.
// POST /api/reader/<method> and /api/host/<method> (JSON body checked by the method's zod schema),
// GET /api/events (Server-Sent Events). Every request needs the token: the x-orrery-token header
// for POST; in the path for the page and its assets (/t/<token>/…, tokenPath.ts); the ?token=
// parameter for the other GETs (events, cache). No cookie: browsers send cookies to every port of
// 127.0.0.1, so any other local server the browser visits would learn the token. The Host header
// must name this server, so a DNS-rebound name cannot reach it.
import { previewTokenHeader } from '../../shared/channels.ts';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, resolve, sep } from 'node:path';
import { z } from 'zod';
import {
  hostMethods,
  readerEventNames,
  readerMethods,
  type Preferences,
  type ReaderApi,
  type ReaderEventSource,
} from '../../shared/api.ts';
import { decodedPath } from './decodedPath.ts';
import { securityHeaders } from './securityHeaders.ts';
import { contentTypeFor } from '../shell/appProtocol.ts';
import { newToken, tokensMatch } from './token.ts';
import { tokenPagePath, tokenPathOf } from './tokenPath.ts';
import { serveCache } from './serveCache.ts';
import type { ImageSource } from '../shell/cacheRoute.ts';

/** importOpml accepts 20 million characters of OPML; JSON escaping adds some. */
export const maxBodyBytes = 24 * 1024 * 1024;
const heartbeatMs = 25_000;

/** The preferences in the data directory, as the Reader keeps them (shared with the app and the CLI). */
export interface PreferenceSource {
  getPreferences(): Preferences;
  setPreferences(patch: Partial<Preferences>): Preferences;
}

export interface PreviewServerOptions {
  readonly reader: ReaderApi & ReaderEventSource & PreferenceSource;
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /** The built renderer (dist/renderer). */
  readonly staticDir: string;
  /** The engine's image cache (Reader.images), served at /cache/ to the article frame. */
  readonly images?: ImageSource;
  /** Fixed token, for tests only; otherwise a random one. */
  readonly token?: string;
}

export interface PreviewServer {
  /** http://127.0.0.1:PORT/t/<token>/ */
  readonly url: string;
  readonly origin: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

class HttpError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

function send(res: ServerResponse, status: number, body: string, type: string): void {
  res.writeHead(status, { ...securityHeaders, 'content-type': type });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value ?? null), 'application/json; charset=utf-8');
}

const wrongToken = () =>
  new HttpError(401, 'missing or wrong token: open the address the preview printed');

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(308, { ...securityHeaders, location });
  res.end();
}

async function readBody(req: IncomingMessage): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBodyBytes) throw new HttpError(413, 'request body too large');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBodyBytes) throw new HttpError(413, 'request body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const { reader } = options;
  const token = options.token ?? newToken();
  const staticRoot = resolve(options.staticDir);
  const sockets = new Set<Socket>();
  const streams = new Set<ServerResponse>();
  let allowedHosts: ReadonlySet<string> = new Set();

  const hostHandlers: Record<keyof typeof hostMethods, (args: never) => unknown> = {
    // Checked by the schema already; the page, which is the user's browser, opens it itself
    // (opened: false tells the bridge to), so no server-side process ever launches a browser.
    openExternal: () => ({ opened: false }),
    getPreferences: () => reader.getPreferences(),
    setPreferences: (args: Partial<Preferences>) => reader.setPreferences(args),
  };

  async function callMethod(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
  ): Promise<void> {
    if (!tokensMatch(token, req.headers[previewTokenHeader] as string | undefined)) {
      throw new HttpError(401, 'missing or wrong token');
    }
    const [, , side, name = ''] = path.split('/');
    const table: Record<string, { args: z.ZodType }> =
      side === 'reader' ? readerMethods : hostMethods;
    if ((side !== 'reader' && side !== 'host') || !Object.hasOwn(table, name)) {
      throw new HttpError(404, `no such method: ${side}/${name}`);
    }
    const type = req.headers['content-type'] ?? '';
    if (!/^application\/json\b/i.test(type)) throw new HttpError(415, 'send application/json');
    const text = await readBody(req);
    let json: unknown;
    try {
      json = text.trim() === '' ? {} : JSON.parse(text);
    } catch {
      throw new HttpError(400, 'the body is not JSON');
    }
    const parsed = table[name]!.args.safeParse(json);
    if (!parsed.success) throw new HttpError(400, `${name}: ${z.prettifyError(parsed.error)}`);
    let result: unknown;
    try {
      result =
        side === 'reader'
          ? await (reader[name as keyof ReaderApi] as (args: unknown) => Promise<unknown>)(
              parsed.data,
            )
          : await (hostHandlers[name as keyof typeof hostMethods] as (args: unknown) => unknown)(
              parsed.data,
            );
    } catch (error) {
      throw new HttpError(422, error instanceof Error ? error.message : String(error));
    }
    sendJson(res, 200, result);
  }

  function openEvents(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, {
      ...securityHeaders,
      'content-type': 'text/event-stream; charset=utf-8',
      connection: 'keep-alive',
    });
    res.write(': orrery events\n\n');
    const offs = readerEventNames.map((event) =>
      reader.on(event, (payload) => {
        res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
      }),
    );
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), heartbeatMs);
    streams.add(res);
    const stop = (): void => {
      clearInterval(heartbeat);
      offs.forEach((off) => off());
      streams.delete(res);
    };
    req.on('close', stop);
    res.on('close', stop);
  }

  async function serveStatic(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
  ): Promise<void> {
    const decoded = decodedPath(path);
    if (decoded === null) throw new HttpError(400, 'the address is not valid percent-encoding');
    const relative = path === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
    const file = resolve(join(staticRoot, normalize(relative)));
    if (!file.startsWith(staticRoot + sep)) throw new HttpError(404, 'not found');
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) throw new HttpError(404, 'not found');
    const headers: Record<string, string> = {
      ...securityHeaders,
      'content-type': contentTypeFor(file),
    };
    res.writeHead(200, headers);
    if (req.method === 'HEAD') return void res.end();
    const body = await readFile(file);
    res.end(body);
  }

  function servePage(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    const place = tokenPathOf(pathname, token);
    if (place.kind === 'refused') throw wrongToken();
    if (place.kind === 'add-slash') return Promise.resolve(redirect(res, tokenPagePath(token)));
    return serveStatic(req, res, place.path);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!allowedHosts.has((req.headers.host ?? '').toLowerCase())) {
      throw new HttpError(421, 'wrong Host header');
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/') && req.method === 'POST') {
      return callMethod(req, res, url.pathname);
    }
    if (url.pathname.startsWith('/api/reader/') || url.pathname.startsWith('/api/host/')) {
      throw new HttpError(405, 'use POST');
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'use GET');
    if (url.pathname.startsWith('/t/')) return servePage(req, res, url.pathname);
    if (!tokensMatch(token, url.searchParams.get('token'))) throw wrongToken();
    if (url.pathname === '/api/events') return openEvents(req, res);
    if (url.pathname.startsWith('/cache/')) return serveCache(req, res, url, options.images);
    // The address form of earlier versions: the page now lives under its token.
    if (url.pathname === '/') return redirect(res, tokenPagePath(token));
    throw new HttpError(404, 'not found');
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      const message = error instanceof Error ? error.message : String(error);
      if (res.headersSent) return void res.end();
      sendJson(res, status, { error: message });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${tokenPagePath(token)}`,
    origin,
    port,
    token,
    close: () =>
      new Promise<void>((resolveClose) => {
        for (const stream of streams) stream.end();
        for (const socket of sockets) socket.destroy();
        server.close(() => resolveClose());
      }),
  };
}
