// A real HTTP server on 127.0.0.1 for tests: each route is a function of the request,
// so a test can serve fixture feeds, count conditional requests, or misbehave on purpose.
import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

export interface TestServer {
  /** Base URL without trailing slash, e.g. http://127.0.0.1:41234 */
  readonly origin: string;
  url(path: string): string;
  /** Replace or add a route at run time. */
  route(path: string, handler: Handler): void;
  /** Every request seen, in order: method, path and headers. */
  readonly requests: { method: string; path: string; headers: IncomingMessage['headers'] }[];
  close(): Promise<void>;
}

/** `host` is another loopback address when a test needs two (127.0.0.2 works on Linux). */
export async function startServer(
  routes: Record<string, Handler> = {},
  host = '127.0.0.1',
  port = 0,
): Promise<TestServer> {
  const table = new Map(Object.entries(routes));
  const requests: TestServer['requests'] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ method: req.method ?? 'GET', path, headers: req.headers });
    const handler = table.get(path) ?? table.get(path.split('?')[0] ?? path);
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    Promise.resolve(handler(req, res)).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(error));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const origin = `http://${host}:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => origin + path,
    route: (path, handler) => void table.set(path, handler),
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A handler that serves fixed bytes with the given headers. */
export function serve(
  body: string | Buffer,
  headers: Record<string, string> = {},
  status = 200,
): Handler {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/xml', ...headers });
    res.end(body);
  };
}
