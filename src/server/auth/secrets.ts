/**
 * The server's secrets: session ids and API tokens are random, given to the
 * client once and kept only as SHA-256 hashes (a stolen database holds no
 * usable credential); a session's CSRF token is derived from its id, so it
 * needs no storage and only the holder of the cookie — which page scripts
 * cannot read — can learn it (GET /api/session, or the login's answer).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits, URL-safe. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** API tokens say what they are, so one pasted in the wrong place is recognised (and found by secret scanners). */
export function newApiToken(): string {
  return `sgt_${newSecret()}`;
}

/** 96 random bits: a park's id, not guessable from another's. */
export function newParkId(): string {
  return randomBytes(12).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function csrfTokenFor(sessionId: string): string {
  return createHash('sha256').update(`symbiograph-csrf\0${sessionId}`).digest('base64url');
}

/** Equal, compared in constant time. */
export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
