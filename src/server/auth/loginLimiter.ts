/**
 * Failed sign-ins counted per account name and per client address over a
 * sliding window: past the limit, sign-ins (and token requests) are refused
 * with 429 and how long to wait, before any password is checked. One
 * guesser cannot try many passwords on one account, nor one password on
 * many accounts. Kept in memory: a restart forgets, and each server of
 * several on one PostgreSQL counts its own.
 */

export interface LoginLimits {
  /** Failures of one account name within the window. */
  readonly perName: number;
  /** Failures from one address within the window. */
  readonly perAddress: number;
  readonly windowMs: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = { perName: 10, perAddress: 50, windowMs: 15 * 60_000 };

/** Names and addresses remembered at most: the oldest is forgotten first, so a flood cannot exhaust memory. */
const MAX_KEYS = 100_000;

export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limits: LoginLimits = DEFAULT_LOGIN_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds to wait before another attempt, or null when one is allowed now. */
  retryAfter(username: string, address: string): number | null {
    const wait = Math.max(
      this.wait(`name\0${username}`, this.limits.perName),
      this.wait(`address\0${address}`, this.limits.perAddress),
    );
    return wait > 0 ? Math.ceil(wait / 1000) : null;
  }

  failed(username: string, address: string): void {
    this.add(`name\0${username}`);
    this.add(`address\0${address}`);
  }

  /** A right password clears the name's failures (not the address's: one right password does not vouch for the rest). */
  succeeded(username: string): void {
    this.failures.delete(`name\0${username}`);
  }

  /** Milliseconds until the oldest failure counted against `key` leaves the window, when the key is at its limit. */
  private wait(key: string, limit: number): number {
    const recent = this.recent(key);
    if (recent.length < limit) return 0;
    return recent[recent.length - limit]! + this.limits.windowMs - this.now();
  }

  private recent(key: string): number[] {
    const since = this.now() - this.limits.windowMs;
    const times = (this.failures.get(key) ?? []).filter((time) => time > since);
    if (times.length === 0) this.failures.delete(key);
    else this.failures.set(key, times);
    return times;
  }

  private add(key: string): void {
    const times = this.recent(key);
    times.push(this.now());
    // Re-inserted, so the map's order is the order of last use and the first key is the one to forget.
    this.failures.delete(key);
    this.failures.set(key, times);
    if (this.failures.size > MAX_KEYS) this.failures.delete(this.failures.keys().next().value!);
  }
}
