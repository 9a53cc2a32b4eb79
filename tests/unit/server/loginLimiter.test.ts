import { describe, expect, it } from 'vitest';
import { LoginLimiter } from '../../../src/server/auth/loginLimiter.ts';

describe('the sign-in limits', () => {
  const limits = { perName: 3, perAddress: 5, windowMs: 60_000 };

  it('refuses a name after its failures, until the oldest leaves the window', () => {
    let now = 1_000_000;
    const limiter = new LoginLimiter(limits, () => now);
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfter('ana', 'a')).toBeNull();
      limiter.failed('ana', 'a');
      now += 10_000;
    }
    // Failures at 0 s, 10 s and 20 s; now 30 s: the first leaves the window at 60 s.
    expect(limiter.retryAfter('ana', 'a')).toBe(30);
    expect(limiter.retryAfter('ben', 'b')).toBeNull();
    now += 30_001;
    expect(limiter.retryAfter('ana', 'a')).toBeNull();
  });

  it('refuses an address trying many names, and forgets a name that signs in', () => {
    const limiter = new LoginLimiter(limits, () => 0);
    for (let i = 0; i < 5; i++) limiter.failed(`name ${i}`, 'a');
    expect(limiter.retryAfter('anyone', 'a')).toBe(60);
    expect(limiter.retryAfter('anyone', 'b')).toBeNull();
    limiter.failed('cai', 'c');
    limiter.failed('cai', 'd');
    limiter.succeeded('cai');
    limiter.failed('cai', 'e');
    limiter.failed('cai', 'f');
    expect(limiter.retryAfter('cai', 'g')).toBeNull();
  });
});
