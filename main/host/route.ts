import type { IncomingMessage, ServerResponse } from 'node:http';

/** What a route gets for one request that already passed the Host and Origin checks. */
export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  /** The parsed request address (path and query; the host part is this server's). */
  url: URL;
  /** The session token every API call and page load must present. */
  token: string;
  /** Writes one line to the host's log (never tokens or document contents). */
  log: (line: string) => void;
}

/**
 * One family of addresses the host serves. The server asks each route in order and the first that
 * claims a path handles it, so a new family (say `GET /download/<id>`) is one more entry.
 */
export interface Route {
  /** Whether this route owns the path (whatever the HTTP method; it answers 405 itself). */
  claims(pathname: string): boolean;
  /** Answers the request; may throw only for bugs (the server turns those into a 500). */
  handle(ctx: RequestContext): Promise<void>;
}
