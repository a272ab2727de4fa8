// shared/ has no DOM or Node typings; both runtimes provide Web Crypto's getRandomValues.
declare const crypto: { getRandomValues<T extends Uint8Array>(array: T): T };

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A new random block or entity id: 12 base-36 characters (about 62 bits). */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  let id = '';
  for (const byte of bytes) id += ALPHABET[byte % 36];
  return id;
}

/** Whether a string has the shape of an id this app writes or accepts. */
export function isValidId(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(value);
}
