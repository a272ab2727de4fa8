import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccordApi } from '../../../../shared/api';
import { fail } from '../../../../shared/result';
import { CONTENT_SECURITY_POLICY } from '../../../../main/host/csp';
import { MAX_API_BODY_BYTES } from '../../../../main/host/apiRoute';
import { startHost, type RunningHost } from '../../../../main/host/server';
import { echoApi, send, type RawResponse } from './httpClient';

const TOKEN = 'a'.repeat(20) + '0123456789abcdef';
let host: RunningHost;
let staticDir: string;
const calls: string[] = [];
const logLines: string[] = [];

const api: AccordApi = {
  ...echoApi(),
  'app.info': () => {
    calls.push('app.info');
    return echoApi()['app.info']({});
  },
  'documents.open': ({ path }) =>
    Promise.resolve(fail('not-found', `There is no file at ${path}.`)),
  'documents.close': () => {
    throw new Error('secret internals of a bug');
  },
};

beforeAll(async () => {
  staticDir = await mkdtemp(join(tmpdir(), 'accord-host-api-'));
  host = await startHost({
    api,
    staticDir,
    token: TOKEN,
    log: (line) => logLines.push(line),
    maxBodyBytes: 4096,
  });
});
afterAll(async () => {
  await host.close();
  await rm(staticDir, { recursive: true, force: true });
});

function post(path: string, body: string, headers: Record<string, string> = {}) {
  return send(host.port, {
    method: 'POST',
    path,
    body,
    headers: { 'Content-Type': 'application/json', 'X-Accord-Token': TOKEN, ...headers },
  });
}

/** Sends bytes exactly as given (for requests a client library would not send). */
function rawExchange(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(text));
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('utf8')));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

function errorOf(response: RawResponse): { code: string; message: string } {
  const parsed = JSON.parse(response.body) as {
    ok: boolean;
    error: { code: string; message: string };
  };
  expect(parsed.ok).toBe(false);
  return parsed.error;
}

describe('the browser host API', () => {
  it('listens on 127.0.0.1 only, at the address it reports', () => {
    expect(host.address().address).toBe('127.0.0.1');
    expect(host.address().family).toBe('IPv4');
    expect(host.url).toBe(`http://127.0.0.1:${host.port}`);
    expect(host.origin).toBe(host.url);
    expect(host.token).toBe(TOKEN);
  });

  it('passes a valid call through dispatch and answers with its Result', async () => {
    const response = await post('/api/app.info', '{}');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(response.body)).toEqual({
      ok: true,
      value: { method: 'app.info', args: {} },
    });
  });

  it('returns a handler’s expected failure as a Result with status 200', async () => {
    const response = await post('/api/documents.open', JSON.stringify({ path: '/x.accord' }));
    expect(response.status).toBe(200);
    expect(errorOf(response)).toEqual({
      code: 'not-found',
      message: 'There is no file at /x.accord.',
    });
  });

  it('refuses a call without the token header, before any handler runs', async () => {
    const before = calls.length;
    const response = await send(host.port, {
      method: 'POST',
      path: '/api/app.info',
      body: '{}',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(response.status).toBe(401);
    const error = errorOf(response);
    expect(error.code).toBe('forbidden-path');
    expect(error.message).toMatch(/access token/);
    expect(calls.length).toBe(before);
  });

  it('refuses a call with a wrong token, whether shorter, longer or the same length', async () => {
    for (const wrong of ['x', TOKEN + 'x', TOKEN.replace(/.$/, 'Z')]) {
      const response = await post('/api/app.info', '{}', { 'X-Accord-Token': wrong });
      expect(response.status).toBe(401);
      expect(errorOf(response).code).toBe('forbidden-path');
    }
  });

  it('does not accept the page cookie in place of the token header', async () => {
    const response = await send(host.port, {
      method: 'POST',
      path: '/api/app.info',
      body: '{}',
      headers: { 'Content-Type': 'application/json', Cookie: `accord_token=${TOKEN}` },
    });
    expect(response.status).toBe(401);
  });

  it('refuses a call from another origin even with the right token', async () => {
    const before = calls.length;
    for (const origin of ['https://evil.example', 'null', `http://127.0.0.1:${host.port + 1}`]) {
      const response = await post('/api/app.info', '{}', { Origin: origin });
      expect(response.status).toBe(403);
      expect(errorOf(response).code).toBe('forbidden-path');
    }
    expect(calls.length).toBe(before);
  });

  it('accepts its own origin, by IP address or by localhost', async () => {
    for (const origin of [host.origin, `http://localhost:${host.port}`]) {
      const response = await post('/api/app.info', '{}', { Origin: origin });
      expect(response.status).toBe(200);
    }
  });

  it('refuses a request whose Host header names another site (DNS rebinding)', async () => {
    const rebound = await post('/api/app.info', '{}', { Host: `evil.example:${host.port}` });
    expect(rebound.status).toBe(403);
    expect(errorOf(rebound).message).toContain(`127.0.0.1:${host.port}`);
    const otherPort = await post('/api/app.info', '{}', { Host: `127.0.0.1:${host.port + 1}` });
    expect(otherPort.status).toBe(403);
    const none = await send(host.port, {
      method: 'POST',
      path: '/api/app.info',
      body: '{}',
      noHost: true,
      headers: { 'Content-Type': 'application/json', 'X-Accord-Token': TOKEN },
    });
    // Node itself turns away HTTP/1.1 without a Host header.
    expect(none.status).toBe(400);
    const http10 = await rawExchange(
      host.port,
      `POST /api/app.info HTTP/1.0\r\nContent-Type: application/json\r\nX-Accord-Token: ${TOKEN}\r\nContent-Length: 2\r\n\r\n{}`,
    );
    expect(http10).toMatch(/^HTTP\/1\.1 403 /);
    const localhost = await post('/api/app.info', '{}', { Host: `localhost:${host.port}` });
    expect(localhost.status).toBe(200);
  });

  it('refuses a body that is not declared as JSON', async () => {
    const response = await post('/api/app.info', '{}', { 'Content-Type': 'text/plain' });
    expect(response.status).toBe(415);
    expect(errorOf(response).code).toBe('invalid-argument');
  });

  it('accepts a JSON content type with a charset', async () => {
    const response = await post('/api/app.info', '{}', {
      'Content-Type': 'application/json; charset=utf-8',
    });
    expect(response.status).toBe(200);
  });

  it('refuses a body that is not JSON', async () => {
    for (const body of ['{not json', '', 'undefined']) {
      const response = await post('/api/app.info', body);
      expect(response.status).toBe(400);
      expect(errorOf(response)).toEqual({
        code: 'invalid-argument',
        message: 'The request is not valid JSON.',
      });
    }
  });

  it('refuses JSON nested deeper than the limit without parsing it', async () => {
    const response = await post('/api/app.info', '['.repeat(300) + ']'.repeat(300));
    expect(response.status).toBe(400);
    expect(errorOf(response).message).toMatch(/nested more than 256 levels/);
  });

  it('refuses a body that streams past the size cap', async () => {
    const response = await post('/api/app.info', JSON.stringify({ pad: 'x'.repeat(5000) }));
    expect(response.status).toBe(413);
    expect(errorOf(response).code).toBe('too-large');
  });

  it('refuses an unknown method and one that only exists on Object.prototype', async () => {
    for (const method of ['documents.delete', '__proto__', 'constructor', 'toString']) {
      const response = await post(`/api/${method}`, '{}');
      expect(response.status).toBe(404);
      expect(errorOf(response).code).toBe('invalid-argument');
    }
  });

  it('returns dispatch’s invalid-argument Result for a payload that breaks the contract', async () => {
    const response = await post('/api/documents.open', JSON.stringify({ path: 42 }));
    expect(response.status).toBe(200);
    const error = errorOf(response);
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toMatch(/documents\.open .*at path/);
    const extra = await post('/api/app.info', JSON.stringify({ sneaky: true }));
    expect(errorOf(extra).code).toBe('invalid-argument');
  });

  it('turns a handler’s bug into an internal Result with no stack trace, and logs it', async () => {
    const response = await post('/api/documents.close', JSON.stringify({ path: '/a.accord' }));
    expect(response.status).toBe(200);
    const error = errorOf(response);
    expect(error.code).toBe('internal');
    expect(response.body).not.toContain('secret internals');
    expect(response.body).not.toMatch(/at .*\.ts:\d+/);
    expect(logLines.some((l) => l.includes('secret internals'))).toBe(true);
  });

  it('answers only POST on the API', async () => {
    const response = await send(host.port, {
      path: '/api/app.info',
      headers: { 'X-Accord-Token': TOKEN },
    });
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('POST');
  });

  it('sets the security headers on answers and refusals alike', async () => {
    const answers = [
      await post('/api/app.info', '{}'),
      await post('/api/app.info', '{}', { 'X-Accord-Token': 'wrong' }),
      await post('/api/app.info', '{}', { Host: 'evil.example' }),
      await post('/api/app.info', '{oops'),
    ];
    for (const response of answers) {
      expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['cache-control']).toBe('no-store');
    }
  });
});

describe('the browser host’s default body cap', () => {
  it('is a whole document at its size limit plus a megabyte', () => {
    expect(MAX_API_BODY_BYTES).toBe(64 * 1024 * 1024 + 1024 * 1024);
  });

  it('refuses a declared length over the cap before reading the body', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'accord-host-cap-'));
    const big = await startHost({ api: echoApi(), staticDir: dir, token: TOKEN });
    try {
      const response = await send(big.port, {
        method: 'POST',
        path: '/api/app.info',
        body: '{}',
        headers: {
          'Content-Type': 'application/json',
          'X-Accord-Token': TOKEN,
          'Content-Length': String(MAX_API_BODY_BYTES + 1),
        },
      });
      expect(response.status).toBe(413);
      expect(errorOf(response).message).toMatch(/too large \(over 65 MB\)/);
    } finally {
      await big.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
