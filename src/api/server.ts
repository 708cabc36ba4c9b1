import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { UsageError } from '../domain/errors.js';

export interface RunningServer {
  url: string;
  port: number;
  hostname: string;
  close(): Promise<void>;
}

/** Starts the app on a port (0 = any free port) and resolves once it is listening. */
export function startServer(app: Hono, opts: { port: number; hostname: string }): Promise<RunningServer> {
  return new Promise((resolvePromise, reject) => {
    const server = serve({ fetch: app.fetch, port: opts.port, hostname: opts.hostname }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolvePromise({
        url: `http://${host}:${info.port}/`,
        port: info.port,
        hostname: info.address,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((err?: Error) => (err ? fail(err) : done()));
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE') reject(new UsageError(`port ${opts.port} on ${opts.hostname} is in use`, 'pick another with --port or LODESTONE_PORT'));
      else if (err.code === 'EACCES') reject(new UsageError(`not allowed to listen on port ${opts.port}`, 'use a port above 1023'));
      else reject(err);
    });
  });
}
