import { request } from 'node:http';
import { API_METHODS, type AccordApi } from '../../../../shared/api';
import { ok } from '../../../../shared/result';

/** One raw HTTP exchange, with full control over Host, Origin and the request line. */
export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Options of {@link send}. */
export interface SendOptions {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Send no Host header at all. */
  noHost?: boolean;
}

/** Sends one request to 127.0.0.1:port and collects the answer (or the socket error). */
export function send(port: number, options: SendOptions): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
        setHost: !options.noHost,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

/**
 * A stand-in for the services: every method answers with what it was called with, so a test can
 * see the validated arguments that reached it.
 */
export function echoApi(overrides: Partial<AccordApi> = {}): AccordApi {
  const entries = API_METHODS.map(
    (method) => [method, (args: unknown) => Promise.resolve(ok({ method, args }))] as const,
  );
  return { ...(Object.fromEntries(entries) as unknown as AccordApi), ...overrides };
}
