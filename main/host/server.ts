import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AccordApi } from '../../shared/api';
import type { DownloadSource } from '../services/downloadStore';
import { apiRoute } from './apiRoute';
import { downloadRoute } from './downloadRoute';
import { hostAllowed, originAllowed } from './guards';
import { applySecurityHeaders, sendRefusal, sendText } from './respond';
import type { Route } from './route';
import { staticRoute } from './staticRoute';

/** What the browser host serves and how. */
export interface HostOptions {
  api: AccordApi;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** 0 or absent: a free port chosen by the system. */
  port?: number;
  /** Absent: 32 random bytes in hex. */
  token?: string;
  log?: (line: string) => void;
  /** Largest API request body in bytes; only tests lower it. */
  maxBodyBytes?: number;
  /** Exports kept for download at /download/<id>; absent: every download is not found. */
  downloads?: DownloadSource;
}

/** A running browser host. */
export interface RunningHost {
  /** `http://127.0.0.1:<port>`, without the token. */
  url: string;
  origin: string;
  port: number;
  token: string;
  /** Where the socket is bound (always 127.0.0.1). */
  address: () => AddressInfo;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

const LOOPBACK = '127.0.0.1';

/** What a token may look like: long enough to guess never, and safe in a header and a cookie. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,256}$/;

/**
 * Serves the API contract and the built renderer over HTTP on 127.0.0.1 only. Every request must
 * name this host (DNS-rebinding guard), come from no page or from our own origin, and carry the
 * session token (a header for API calls, the address or a cookie for pages).
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(32).toString('hex');
  if (!TOKEN_PATTERN.test(token)) {
    throw new RangeError('The host token must be 16 to 256 letters, digits, - or _');
  }
  const log = options.log ?? (() => undefined);
  const routes: Route[] = [
    apiRoute({ api: options.api, maxBodyBytes: options.maxBodyBytes }),
    downloadRoute(options.downloads ?? { find: () => null }),
    // Must stay last: it claims every path the routes above did not.
    staticRoute(options.staticDir),
  ];
  let port = 0;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    applySecurityHeaders(res);
    if (!hostAllowed(req.headers.host, port)) {
      log(`refused a request for host ${JSON.stringify(req.headers.host ?? '')}`);
      sendRefusal(res, 403, 'forbidden-path', `Accord only answers at ${LOOPBACK}:${port}.`);
      return;
    }
    if (!originAllowed(req.headers.origin, port)) {
      log(`refused a request from origin ${JSON.stringify(req.headers.origin)}`);
      sendRefusal(res, 403, 'forbidden-path', 'Accord only answers its own pages.');
      return;
    }
    let url: URL;
    try {
      url = new URL(req.url ?? '/', `http://${LOOPBACK}:${port}`);
    } catch {
      sendText(res, 400, 'Bad request.');
      return;
    }
    const route = routes.find((r) => r.claims(url.pathname));
    if (!route) {
      sendText(res, 404, 'Not found.');
      return;
    }
    await route.handle({ req, res, url, token, log });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`bug: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      sendRefusal(res, 500, 'internal', 'Accord hit an unexpected problem. Try again.');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://${LOOPBACK}:${port}`;
  return {
    url: origin,
    origin,
    port,
    token,
    address: () => server.address() as AddressInfo,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
