/**
 * A local HTTP proxy that refuses every request and records each one that
 * reaches it. Firefox's proxy prefs point here, so a request that would leave
 * the browser from anywhere — a page, a content script, the add-on's
 * background or its own pages — ends here instead (BiDi interception alone
 * sees only a tab's own requests).
 */
import { createServer } from 'node:http';
import type { Socket } from 'node:net';

export interface RefusingProxy {
  port: number;
  /** "GET http://host/path" for plain HTTP, "CONNECT host:443" for TLS and secure WebSockets. */
  requests: string[];
  close(): Promise<void>;
}

export async function startRefusingProxy(): Promise<RefusingProxy> {
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  const refuse = (socket: Socket) => {
    if (!socket.destroyed) socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  };
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(403, { Connection: 'close', 'Content-Length': '0' }).end();
  });
  server.on('connect', (req, socket: Socket) => {
    requests.push(`CONNECT ${req.url}`);
    refuse(socket);
  });
  server.on('upgrade', (req, socket: Socket) => {
    requests.push(`UPGRADE ${req.url}`);
    refuse(socket);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The refusing proxy has no port');
  return {
    port: address.port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
