// A loopback HTTP proxy in front of the real Tiny Tiny RSS API that records every call's op and
// arguments (the password is dropped), so a test can say which calls Orrery made, not only what
// the server ended up with. Bodies pass through unchanged both ways.
import { createServer, type Server } from 'node:http';

export interface RecordedCall {
  readonly op: string;
  readonly params: Readonly<Record<string, unknown>>;
}

export interface RecordingProxy {
  readonly url: string;
  readonly calls: RecordedCall[];
  close(): Promise<void>;
}

export async function recordingProxy(apiUrl: string): Promise<RecordingProxy> {
  const calls: RecordedCall[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      try {
        const { op, password: _password, ...params } = JSON.parse(body.toString('utf8'));
        calls.push({ op: String(op), params });
      } catch {
        calls.push({ op: '(not JSON)', params: {} });
      }
      fetch(apiUrl, {
        method: 'POST',
        headers: {
          'content-type': request.headers['content-type'] ?? 'application/json',
          'user-agent': request.headers['user-agent'] ?? '',
        },
        body,
      })
        .then(async (upstream) => {
          response.writeHead(upstream.status, {
            'content-type': upstream.headers.get('content-type') ?? 'application/json',
          });
          response.end(Buffer.from(await upstream.arrayBuffer()));
        })
        .catch(() => {
          response.writeHead(502).end();
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/api/`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
