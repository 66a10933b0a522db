/** Fixed-window arithmetic for rate limits (pure). */
export function windowStart(now: Date, windowSeconds: number): Date {
  const ms = windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / ms) * ms);
}

export function retryAfterSeconds(now: Date, windowSeconds: number): number {
  const end = windowStart(now, windowSeconds).getTime() + windowSeconds * 1000;
  return Math.max(1, Math.ceil((end - now.getTime()) / 1000));
}

/**
 * Delay before answering a sign-in attempt after `failures` recent failures: none for the first
 * few, then doubling from 500 ms up to 8 s, so guessing is slow and a typo costs nothing.
 */
export function signInDelayMs(failures: number, freeAttempts = 3): number {
  if (failures < freeAttempts) return 0;
  return Math.min(8000, 500 * 2 ** (failures - freeAttempts));
}
