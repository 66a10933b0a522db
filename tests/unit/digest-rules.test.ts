import { describe, expect, it } from "vitest";
import {
  buildDigestSchema, DIGEST_CRON, digestDedupeKey, digestDue, digestLink, digestMail, digestOptInSchema, formatChange,
  formatDuration, shortQuote,
} from "@/lib/dashboard/digest-rules";
import { change } from "@/lib/dashboard/rules";
import type { DashboardData } from "@/lib/dashboard/types";

const row = (key: string, label: string, current: number, previous: number) => ({ key, label, count: change(current, previous) });

/** A week with a bit of everything, including hostile and Korean text. */
function fixture(): DashboardData {
  return {
    week: { start: "2026-11-15T15:00:00.000Z", end: "2026-11-22T15:00:00.000Z", param: "2026-11-16", lastDay: "2026-11-22", timeZone: "Asia/Seoul" },
    inquiries: {
      total: change(120, 100),
      byCustomerType: [row("INTERNAL", "INTERNAL", 0, 2), row("BUYER", "BUYER", 70, 60), row("USER", "USER", 50, 38)],
      byChannel: [row("EMAIL", "EMAIL", 80, 70), row("CHAT", "CHAT", 40, 30)],
      byTag: [row("t1", "결제", 30, 20), row("t2", "bug", 12, 12)],
      trend: [{ week: "2026-11-16", total: 120, byCustomerType: { BUYER: 70, USER: 50 } }],
    },
    stage: { meanPerDay: 16.4, stage: "stage1", inquiriesIn28Days: 460 },
    problems: {
      top: [{ id: "p1", number: 12, title: "로그인이 안 돼요", status: "IN_PROGRESS", newLinked: change(9, 3) }],
      shipped: [{ id: "p2", number: 8, title: "CSV export", shippedAt: "2026-11-18T01:00:00.000Z", removedPerWeek: null, notified: true, beforePerWeek: 4, weeksAfter: 0 }],
    },
    churn: { count: change(2, 1), customers: [] },
    satisfaction: {
      csat: { value: 0.82, mean: 4.3, responses: 40, previous: 0.8, small: false },
      ces: { value: 5.44, easy: 0.7, responses: 12, previous: null, small: true },
      byChannel: [],
      internal: { csat: null, responses: 0, small: true, fulfillmentRate: null, resolved: 0, withinTarget: 0 },
    },
    service: {
      firstResponseMedianMs: 2 * 3_600_000 + 10 * 60_000, firstResponseP90Ms: null,
      resolutionMedianMs: 27 * 3_600_000, resolutionP90Ms: null,
      previous: { firstResponseMedianMs: null, resolutionMedianMs: null }, backlog: 52, overdue: 7,
    },
    visibility: {
      staff: { total: change(5, 3), byRole: [{ role: "PRODUCT", count: 3 }] },
      readByNonCs: { share: 0.45, read: 54, created: 120, previous: null },
      fixBoardCoverage: { share: 0.3, linked: 36, created: 120, previous: null },
      productResponseMedianMs: null,
      productResponded: 0,
      loopClosure: { share: 1, notified: 1, shipped: 1 },
    },
    voices: [
      { kind: "lowScore", text: "환불이   너무\n늦어요", inquiryId: "i1", inquiryNumber: 301, customerName: "김하늘", score: 1, subject: "환불", at: "2026-11-18T01:00:00.000Z" },
    ],
  };
}

describe("digest mail", () => {
  it("is written in Korean, then English, with one absolute link to the week's digest page", () => {
    const { subject, body } = digestMail(fixture(), "https://desk.example.com/");
    expect(subject).toBe("[Loopdesk] 주간 VOC 다이제스트 / Weekly VOC digest — 2026-11-16 ~ 2026-11-22");
    const ko = body.indexOf("Loopdesk 주간 VOC 다이제스트");
    const en = body.indexOf("Loopdesk weekly VOC digest");
    expect(ko).toBe(0);
    expect(en).toBeGreaterThan(ko);
    expect(body.match(/https:\/\/desk\.example\.com\/digest\/2026-11-16/g)).toHaveLength(2);
    expect(body).toContain("https://desk.example.com/profile");
  });

  it("carries the week's figures in each language", () => {
    const { body } = digestMail(fixture(), "http://localhost:3000");
    const [ko, en] = body.split("— — —");
    expect(ko).toContain("문의: 120건 (지난주 대비 +20%)");
    expect(ko).toContain("고객 유형별: 구매 고객 70 · 사용 고객 50"); // zero rows left out
    expect(ko).toContain("많이 나온 태그: 결제 30 · bug 12");
    expect(ko).toContain("#12 로그인이 안 돼요: 새 문의 9건 (진행 중)");
    expect(ko).toContain("이탈 고객: 2명 (지난주 1명)");
    expect(ko).toContain("CSAT 82% (응답 40건) · CES 5.4점 / 7 (응답 12건)");
    expect(ko).toContain("첫 응답 중앙값 2시간 10분 · 해결 중앙값 1일 3시간 · 미해결 52건 · 기한 초과 7건");
    expect(ko).toContain("“환불이 너무 늦어요” — 김하늘 (#301)");
    expect(en).toContain("Inquiries: 120 (+20% vs previous week)");
    expect(en).toContain("By customer type: Buyer 70 · User 50");
    expect(en).toContain("By channel: Email 80 · Chat 40");
    expect(en).toContain("#12 로그인이 안 돼요: 9 new inquiries (In progress)");
    expect(en).toContain("Shipped this week (1): #8 CSV export");
    expect(en).toContain("First response median 2h 10m · resolution median 1d 3h · backlog 52 · overdue 7");
    expect(en).toContain("Non-CS staff who looked: 5 · read by non-CS: 45% · on the fix board: 30%");
  });

  it("an empty week reads as such, without NaN or undefined", () => {
    const empty = fixture();
    empty.inquiries = { total: change(0, 0), byCustomerType: [row("BUYER", "BUYER", 0, 0)], byChannel: [], byTag: [], trend: [] };
    empty.problems = { top: [], shipped: [] };
    empty.satisfaction.csat = { value: null, mean: null, responses: 0, previous: null, small: true };
    empty.satisfaction.ces = { value: null, easy: null, responses: 0, previous: null, small: true };
    empty.service = { ...empty.service, firstResponseMedianMs: null, resolutionMedianMs: null };
    empty.voices = [];
    const { body } = digestMail(empty, "http://localhost:3000");
    expect(body).not.toMatch(/NaN|undefined|null/);
    expect(body).toContain("Inquiries: 0 (same as previous week)");
    expect(body).toContain("CSAT — (0 answers) · CES — / 7 (0 answers)");
    expect(body).not.toContain("By customer type");
  });
});

describe("digest helpers", () => {
  it("keys one mail per week and recipient", () => {
    expect(digestDedupeKey("2026-11-16", "u1")).toBe("digest:2026-11-16:u1");
    expect(digestLink("http://x/", "2026-11-16")).toBe("http://x/digest/2026-11-16");
  });

  it("is due from Monday 07:00 in the org zone (Seoul, across the UTC date line)", () => {
    expect(DIGEST_CRON).toBe("0 7 * * 1");
    expect(digestDue(new Date("2026-11-22T21:59:59Z"), "Asia/Seoul")).toBe(false); // Mon 06:59:59 KST
    expect(digestDue(new Date("2026-11-22T22:00:00Z"), "Asia/Seoul")).toBe(true); // Mon 07:00 KST
    expect(digestDue(new Date("2026-11-22T14:59:59Z"), "Asia/Seoul")).toBe(true); // Sun 23:59 KST: last week's is long due
    expect(digestDue(new Date("2026-11-23T06:59:00Z"), "UTC")).toBe(false);
  });

  it("formats durations with the two largest units", () => {
    expect(formatDuration(null, "en")).toBeNull();
    expect(formatDuration(20_000, "en")).toBe("1m");
    expect(formatDuration(45 * 60_000, "ko")).toBe("45분");
    expect(formatDuration(3 * 3_600_000, "en")).toBe("3h");
    expect(formatDuration(50 * 3_600_000, "ko")).toBe("2일 2시간");
    expect(formatDuration(48 * 3_600_000, "en")).toBe("2d");
  });

  it("formats a change vs the previous week", () => {
    expect(formatChange(change(120, 100), "en")).toBe("+20% vs previous week");
    expect(formatChange(change(80, 100), "ko")).toBe("지난주 대비 -20%");
    expect(formatChange(change(5, 0), "en")).toBe("none the week before");
    expect(formatChange(change(0, 0), "en")).toBe("same as previous week");
  });

  it("cuts long quotes at a word, on one line", () => {
    expect(shortQuote("a  b\n c")).toBe("a b c");
    const long = "word ".repeat(60);
    const cut = shortQuote(long, 50);
    expect(cut.length).toBeLessThanOrEqual(51);
    expect(cut.endsWith("word…")).toBe(true);
  });

  it("parses the build and opt-in forms", () => {
    expect(buildDigestSchema.parse({ week: "2026-11-16" })).toEqual({ week: "2026-11-16", force: false });
    expect(buildDigestSchema.parse({ week: "2026-11-16", force: "1" }).force).toBe(true);
    expect(buildDigestSchema.safeParse({ week: "last week" }).success).toBe(false);
    expect(digestOptInSchema.parse({})).toEqual({ digestOptIn: false });
    expect(digestOptInSchema.parse({ digestOptIn: "1" })).toEqual({ digestOptIn: true });
  });
});
