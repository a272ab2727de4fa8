import type { AccordApi } from '../../shared/api';
import { dispatch, isApiMethod } from '../../shared/apiDispatch';
import { LIMITS } from '../../shared/document/fileSchema';
import { jsonDepth } from '../../shared/document/jsonDepth';
import { readBody } from './readBody';
import { sendJson, sendRefusal } from './respond';
import { TOKEN_HEADER, tokensMatch } from './guards';
import type { RequestContext, Route } from './route';

const PREFIX = '/api/';

/** Largest API request body: a whole document at its size limit plus room for the envelope. */
export const MAX_API_BODY_BYTES = LIMITS.maxFileBytes + 1024 * 1024;

/** Options of the API route. */
export interface ApiRouteOptions {
  api: AccordApi;
  /** Overrides {@link MAX_API_BODY_BYTES} (tests use a small cap). */
  maxBodyBytes?: number;
}

function isJson(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/**
 * `POST /api/<method>`: the contract over HTTP. Needs the token header (a cookie is not enough, so
 * another page cannot forge a call) and a JSON body; the payload then goes through `dispatch`,
 * which validates it before any service sees it.
 */
export function apiRoute(options: ApiRouteOptions): Route {
  const maxBytes = options.maxBodyBytes ?? MAX_API_BODY_BYTES;
  return {
    claims: (pathname) => pathname.startsWith(PREFIX),
    async handle({ req, res, url, token, log }: RequestContext) {
      if (req.method !== 'POST') {
        sendRefusal(res, 405, 'invalid-argument', 'Accord’s API only accepts POST requests.', {
          Allow: 'POST',
        });
        return;
      }
      const presented = req.headers[TOKEN_HEADER];
      if (!tokensMatch(typeof presented === 'string' ? presented : undefined, token)) {
        log(`refused ${url.pathname}: missing or wrong token`);
        sendRefusal(
          res,
          401,
          'forbidden-path',
          'This page is not connected to the running Accord (its access token is missing or out of date). Open the address Accord printed when it started.',
        );
        return;
      }
      if (!isJson(req.headers['content-type'])) {
        sendRefusal(res, 415, 'invalid-argument', 'Accord’s API only accepts JSON requests.');
        return;
      }
      const method = url.pathname.slice(PREFIX.length);
      if (!isApiMethod(method)) {
        sendRefusal(
          res,
          404,
          'invalid-argument',
          `Unknown operation “${method.slice(0, 80)}”. This page may be from another Accord version; reload it.`,
        );
        return;
      }
      const body = await readBody(req, maxBytes);
      if (!body.ok) {
        if (body.reason === 'aborted') return;
        sendRefusal(
          res,
          413,
          'too-large',
          `The request is too large (over ${Math.round(maxBytes / 1024 / 1024)} MB).`,
          { Connection: 'close' },
        );
        return;
      }
      if (jsonDepth(body.text, LIMITS.maxJsonDepth) > LIMITS.maxJsonDepth) {
        sendRefusal(
          res,
          400,
          'invalid-argument',
          `The request is nested more than ${LIMITS.maxJsonDepth} levels deep.`,
        );
        return;
      }
      let payload: unknown;
      try {
        payload = JSON.parse(body.text);
      } catch {
        sendRefusal(res, 400, 'invalid-argument', 'The request is not valid JSON.');
        return;
      }
      const result = await dispatch(options.api, method, payload, (error) =>
        log(
          `bug in ${method}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        ),
      );
      sendJson(res, 200, result);
    },
  };
}
