import { describe, expect, it } from "vitest";
import {
  canMoveProblem, closingReply, impactScore, inquiriesRemoved, messageLanguage, problemStatuses, shippedDedupeKey, shippedMessage,
  type ProblemStatus,
} from "@/lib/board/rules";
import { addWeeks } from "@/lib/time/week";

describe("problem moves", () => {
  const allowed: [ProblemStatus, ProblemStatus][] = [
    ["REPORTED", "ACCEPTED"], ["REPORTED", "IN_PROGRESS"], ["REPORTED", "DECLINED"],
    ["ACCEPTED", "REPORTED"], ["ACCEPTED", "IN_PROGRESS"], ["ACCEPTED", "SHIPPED"], ["ACCEPTED", "DECLINED"],
    ["IN_PROGRESS", "ACCEPTED"], ["IN_PROGRESS", "SHIPPED"], ["IN_PROGRESS", "DECLINED"],
    ["SHIPPED", "IN_PROGRESS"], ["DECLINED", "REPORTED"],
  ];
  it("allows exactly the listed moves", () => {
    for (const from of problemStatuses) {
      for (const to of problemStatuses) {
        expect(canMoveProblem(from, to), `${from} → ${to}`).toBe(allowed.some(([f, t]) => f === from && t === to));
      }
    }
  });
});

describe("impact score", () => {
  const none = { INTERNAL: 0, PROSPECT: 0, BUYER: 0, USER: 0, CHURNED: 0 };
  it("weighs distinct customers by type", () => {
    // 2 churned × 3 + 1 buyer × 2 + 2 prospects × 0.5 = 9, no recent inquiries.
    expect(impactScore({ customersByType: { ...none, CHURNED: 2, BUYER: 1, PROSPECT: 2 }, linkedCount: 6, recentCount: 0 })).toBe(9);
  });
  it("grows with the share of recent inquiries, at most double", () => {
    const base = { customersByType: { ...none, USER: 4 }, linkedCount: 10 };
    expect(impactScore({ ...base, recentCount: 5 })).toBe(9); // 6 × 1.5
    expect(impactScore({ ...base, recentCount: 10 })).toBe(12);
  });
  it("uses admin weights", () => {
    const weights = { CHURNED: 1, BUYER: 1, USER: 1, INTERNAL: 1, PROSPECT: 1 };
    expect(impactScore({ customersByType: { ...none, CHURNED: 3, INTERNAL: 1 }, linkedCount: 4, recentCount: 0 }, weights)).toBe(4);
  });
  it("is zero with nobody affected", () => {
    expect(impactScore({ customersByType: none, linkedCount: 0, recentCount: 0 })).toBe(0);
  });
});

describe("inquiries removed by a fix", () => {
  const tz = "Asia/Seoul";
  const step = (start: Date, weeks: number) => addWeeks(start, weeks, tz);
  const ship = new Date("2026-03-01T15:00:00Z"); // Monday 2026-03-02 00:00 KST
  it("is the weekly mean of the 4 weeks before minus the 4 weeks after", () => {
    const weekly = new Map<string, number>();
    [12, 10, 8, 10].forEach((n, i) => weekly.set(step(ship, i - 4).toISOString(), n));
    weekly.set(ship.toISOString(), 99); // the ship week counts in neither
    [2, 1, 0, 1].forEach((n, i) => weekly.set(step(ship, i + 1).toISOString(), n));
    expect(inquiriesRemoved(weekly, ship, step)).toEqual({
      beforePerWeek: 10, afterPerWeek: 1, removedPerWeek: 9, before: [12, 10, 8, 10], after: [2, 1, 0, 1],
    });
  });
  it("treats missing weeks as zero and can be negative", () => {
    const weekly = new Map([[step(ship, 2).toISOString(), 8]]);
    expect(inquiriesRemoved(weekly, ship, step)).toMatchObject({ beforePerWeek: 0, afterPerWeek: 2, removedPerWeek: -2 });
  });
});

describe("closing the loop", () => {
  const note = "Two-step sign-in works again on every browser.";

  it("writes in Korean when the customer wrote Hangul, else in English", () => {
    expect(messageLanguage("로그인이 안 돼요")).toBe("ko");
    expect(messageLanguage("Login fails", "비밀번호 오류")).toBe("ko");
    expect(messageLanguage("ㅠㅠ")).toBe("ko");
    expect(messageLanguage("Export to Excel fails", null, undefined)).toBe("en");
    expect(messageLanguage("日本語のお問い合わせ")).toBe("en");
  });

  it("builds the closing reply around the release note", () => {
    expect(closingReply(`  ${note}\n`, "en")).toBe(
      `Hello, the problem you reported has been fixed.\n\n${note}\n\nThank you for letting us know. If anything still doesn't work, just reply and we'll take another look.`,
    );
    const ko = closingReply(note, "ko");
    expect(ko).toContain("문의해 주신 문제를 해결했습니다");
    expect(ko).toContain(note);
  });

  it("keys the outbox message by problem × customer", () => {
    expect(shippedDedupeKey("p-1", "c-9")).toBe("problem-shipped:p-1:c-9");
    expect(shippedDedupeKey("p-1", "c-9")).not.toBe(shippedDedupeKey("p-2", "c-9"));
  });

  it("addresses one message per customer, mentioning how many of their inquiries it answers", () => {
    const one = shippedMessage({ customerName: "Ann", inquirySubject: " Cannot sign in ", releaseNote: note, inquiryCount: 1 }, "en");
    expect(one.subject).toBe("Fixed: Cannot sign in");
    expect(one.body).toContain("Hello Ann,");
    expect(one.body).toContain('"Cannot sign in". We have fixed it.');
    expect(one.body).toContain(note);
    const three = shippedMessage({ customerName: "김민지", inquirySubject: "로그인이 안 돼요", releaseNote: note, inquiryCount: 3 }, "ko");
    expect(three.subject).toBe("문의하신 문제가 해결되었습니다: 로그인이 안 돼요");
    expect(three.body).toContain("김민지님, 안녕하세요.");
    expect(three.body).toContain("「로그인이 안 돼요」 외 2건의 문의");
  });

  it("keeps HTML in user text as plain text (the message is text/plain)", () => {
    const m = shippedMessage({ customerName: "<b>Eve</b>", inquirySubject: "<script>x</script>", releaseNote: "<i>ok</i>", inquiryCount: 1 }, "en");
    expect(m.body).toContain("<b>Eve</b>");
    expect(m.subject).toBe("Fixed: <script>x</script>");
  });
});
