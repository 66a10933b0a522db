/**
 * Dashboard metric rules (pure: no db, no clock, no env — time and zone come in). One definition
 * each, as in DESIGN.md "Metrics"; the queries only count, these turn counts into figures.
 */
import { addWeeks, weekStart } from "@/lib/time/week";

/** The default week of the dashboard: the last complete Monday–Sunday week in the org zone. */
export function lastCompleteWeek(now: Date, timeZone: string): Date {
  return addWeeks(weekStart(now, timeZone), -1, timeZone);
}

/**
 * A week from the URL ("2026-11-16", its Monday in the org zone). Any date of the week is
 * accepted and snapped to its Monday; nonsense reads as null (the caller falls back to default).
 */
export function parseWeekParam(value: string | undefined | null, timeZone: string): Date | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const [y, m, d] = value.split("-").map(Number);
  const noonUtc = new Date(Date.UTC(y, m - 1, d, 12));
  if (noonUtc.getUTCMonth() !== m - 1 || noonUtc.getUTCDate() !== d) return null;
  return weekStart(noonUtc, timeZone);
}

// Building an Intl.DateTimeFormat costs far more than using one (a /dashboard render formats
// ~60 week params: building each one was a tenth of the page's CPU). One per zone.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The URL form of a week start: its Monday's local date (YYYY-MM-DD). */
export function weekParam(start: Date, timeZone: string): string {
  let f = dayFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayFormats.set(timeZone, f);
  }
  return f.format(start);
}

export type Change = { current: number; previous: number; delta: number; /** null when previous is 0 */ ratio: number | null };

/** The change of a figure vs the previous week. */
export function change(current: number, previous: number): Change {
  return { current, previous, delta: current - previous, ratio: previous === 0 ? null : (current - previous) / previous };
}

export const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

// ── Operating stage ────────────────────────────────────────────────────────────────────────────
export type OperatingStage = "stage1" | "growing" | "stage2";
export const STAGE1_MAX_PER_DAY = 30;
export const STAGE2_MIN_PER_DAY = 100;

/** Mean inquiries per day over 28 days: ≤ 30 stage 1 (everyone answers), ≥ 100 stage 2, else growing. */
export function operatingStage(inquiriesIn28Days: number): { meanPerDay: number; stage: OperatingStage } {
  const meanPerDay = inquiriesIn28Days / 28;
  const stage = meanPerDay <= STAGE1_MAX_PER_DAY ? "stage1" : meanPerDay >= STAGE2_MIN_PER_DAY ? "stage2" : "growing";
  return { meanPerDay, stage };
}

// ── Durations (first response, resolution) from a histogram rollup ──────────────────────────────
/**
 * Durations are counted in geometric buckets: bucket 0 is under one minute, bucket b ≥ 1 holds
 * [1.1^(b-1), 1.1^b) minutes. A weekly histogram is a few dozen rows whatever the volume, and a
 * median or p90 read from it is within 5% of the exact value (the bucket's geometric middle).
 */
const GROWTH = 1.1;

export function durationBucket(ms: number): number {
  const minutes = Math.max(0, ms) / 60_000;
  if (minutes < 1) return 0;
  return Math.floor(Math.log(minutes) / Math.log(GROWTH) + 1e-9) + 1;
}

/** The representative duration of a bucket (ms): its geometric middle (30 s for bucket 0). */
export function bucketMidpointMs(bucket: number): number {
  if (bucket <= 0) return 30_000;
  return Math.pow(GROWTH, bucket - 0.5) * 60_000;
}

/** The p-quantile (0–1) of a histogram {bucket → count}, or null when it is empty. */
export function quantileFromHistogram(histogram: ReadonlyArray<{ bucket: number; count: number }>, p: number): number | null {
  const sorted = [...histogram].filter((h) => h.count > 0).sort((a, b) => a.bucket - b.bucket);
  const total = sorted.reduce((n, h) => n + h.count, 0);
  if (!total) return null;
  const rank = Math.max(1, Math.ceil(p * total));
  let seen = 0;
  for (const h of sorted) {
    seen += h.count;
    if (seen >= rank) return bucketMidpointMs(h.bucket);
  }
  return bucketMidpointMs(sorted[sorted.length - 1].bucket);
}

// ── Fix board and loop ─────────────────────────────────────────────────────────────────────────
/** Fix-board coverage: share of the week's inquiries linked to a problem. */
export const fixBoardCoverage = (linked: number, created: number) => share(linked, created);

/** Loop closure: share of shipped problems whose askers were notified. */
export const loopClosure = (notified: number, shipped: number) => share(notified, shipped);

/** Visibility: share of the week's inquiries read by at least one non-CS person. */
export const readByNonCsShare = (read: number, created: number) => share(read, created);

/** Roles that count as "non-CS staff" for visibility: everyone but the CS agents. */
export const NON_CS_ROLES = ["ADMIN", "PRODUCT", "MEMBER"] as const;
