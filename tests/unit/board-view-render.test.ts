/**
 * The problem page's read-only parts rendered to HTML: user text (comments, decline reasons,
 * titles, customer names) comes out escaped, and the impact formula and "inquiries removed" read
 * as the numbers they are built from.
 */
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import { CustomersAffected } from "@/components/board/customers-affected";
import { ImpactExplainer } from "@/components/board/impact-explainer";
import { InquiriesRemoved } from "@/components/board/inquiries-removed";
import { ProblemActivity } from "@/components/board/problem-activity";
import { Sparkline } from "@/components/board/sparkline";
import type { ImpactBreakdown, ProblemDetail, RemovedDetail } from "@/lib/board/queries-detail";
import { messages } from "@/messages";

const payload = `<img src=x onerror="alert(1)"><script>alert("xss")</script>`;
const at = new Date("2026-06-01T00:00:00Z");
const week = (n: number) => new Date(at.getTime() + n * 7 * 86_400_000);

function render(node: ReactElement, locale: "en" | "ko" = "en") {
  return renderToStaticMarkup(
    createElement(NextIntlClientProvider, {
      locale,
      messages: messages[locale],
      timeZone: "Asia/Seoul",
      formats: { dateTime: { short: { dateStyle: "medium", timeStyle: "short" } } },
      children: node,
    }),
  );
}

/** Visible text: tags dropped, then entities decoded (so an escaped payload reads as typed). */
const text = (html: string) =>
  html.replace(/<[^>]+>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, "&");

describe("problem activity", () => {
  const problem = {
    eventsTruncated: false,
    events: [
      { id: "1", kind: "CREATED", body: null, data: { inquiryIds: ["a", "b"] }, createdAt: at, actor: { id: "u1", name: payload } },
      { id: "2", kind: "LINKED", body: null, data: { count: 2 }, createdAt: at, actor: { id: "u1", name: payload } },
      { id: "3", kind: "COMMENT", body: payload, data: null, createdAt: week(1), actor: { id: "u2", name: "Pat" } },
      { id: "4", kind: "STATUS", body: null, data: { from: "REPORTED", to: "DECLINED", declineReason: payload }, createdAt: week(2), actor: { id: "u2", name: "Pat" } },
      { id: "5", kind: "EDITED", body: null, data: { fromTitle: payload, toTitle: "Safe" }, createdAt: week(3), actor: null },
      { id: "6", kind: "STATUS", body: null, data: { from: "IN_PROGRESS", to: "SHIPPED", releaseNote: "Fixed it", resolved: 2, queued: 1 }, createdAt: week(4), actor: { id: "u2", name: "Pat" } },
    ],
  } as unknown as ProblemDetail;

  it("renders comments, reasons and titles as text, never as markup", () => {
    const html = render(createElement(ProblemActivity, { problem }));
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(text(html)).toContain(`Reason: ${payload}`);
    expect(text(html)).toContain(`renamed it from “${payload}” to “Safe”`);
  });

  it("tells the story in words, folding the creation's own LINKED event into 'reported with N inquiries'", () => {
    const t = text(render(createElement(ProblemActivity, { problem })));
    expect(t).toContain("reported the problem with 2 inquiries");
    expect(t).not.toContain("linked 2 inquiries");
    expect(t).toContain("Pat declined it");
    expect(t).toContain("Loopdesk renamed it");
    expect(t).toContain("Pat shipped it");
    expect(t).toContain("2 inquiries resolved, 1 customer message queued.");
  });
});

describe("problem activity: runs of links", () => {
  it("folds consecutive LINKED events into one line and keeps what is between runs", () => {
    const linked = (id: string, n: number, name: string, count: number) =>
      ({ id, kind: "LINKED", body: null, data: { count }, createdAt: week(n), actor: { id: name, name } });
    const problem = {
      eventsTruncated: false,
      events: [
        linked("a", 1, "Ann", 1), linked("b", 2, "Bo", 2), linked("c", 3, "Ann", 1),
        { id: "d", kind: "COMMENT", body: "Still coming in", data: null, createdAt: week(4), actor: { id: "p", name: "Pat" } },
        linked("e", 5, "Bo", 1),
      ],
    } as unknown as ProblemDetail;
    const t = text(render(createElement(ProblemActivity, { problem })));
    expect(t).toContain("Ann and Bo linked 4 inquiries over 3 pushes");
    expect(t).toContain("Bo linked 1 inquiry");
    expect(t.indexOf("over 3 pushes")).toBeLessThan(t.indexOf("Still coming in"));
  });
});

describe("impact explainer", () => {
  const impact: ImpactBreakdown = {
    score: 10.5, people: 7, linkedCount: 4, recentCount: 2, recentWeeks: 4, recencyShare: 0.5,
    terms: [{ type: "CHURNED", customers: 1, weight: 3, points: 3 }, { type: "BUYER", customers: 2, weight: 2, points: 4 }],
    weights: { CHURNED: 3, BUYER: 2, USER: 1.5, INTERNAL: 1, PROSPECT: 0.5 },
  };

  it("spells out the formula with the numbers it used", () => {
    const t = text(render(createElement(ImpactExplainer, { impact })));
    expect(t).toContain("1 Churned × 3 + 2 Buyer × 2 = 7");
    expect(t).toContain("× (1 + 2 of 4 inquiries from the last 4 weeks) = 7 × 1.5 = 10.5");
    expect(t).toContain("Weights: Churned 3, Buyer 2, User 1.5, Internal 1, Prospect 0.5.");
  });

  it("reads naturally in Korean", () => {
    const t = text(render(createElement(ImpactExplainer, { impact }), "ko"));
    expect(t).toContain("이탈 고객 1명 × 3 + 구매 고객 2명 × 2 = 7");
  });

  it("says why the score is 0 when no customer is linked", () => {
    const t = text(render(createElement(ImpactExplainer, { impact: { ...impact, score: 0, people: 0, terms: [] } })));
    expect(t).toContain("No customers are linked yet, so the score is 0.");
  });
});

describe("inquiries removed", () => {
  const removed: RemovedDetail = {
    shipWeek: week(0), beforePerWeek: 5, afterPerWeek: 0.5, removedPerWeek: 4.5, weeksAfterElapsed: 4,
    before: [4, 6, 5, 5].map((count, i) => ({ weekStart: week(i - 4), count })),
    after: [1, 0, 1, 0].map((count, i) => ({ weekStart: week(i + 1), count })),
  };

  it("shows before and after per week and the difference", () => {
    const t = text(render(createElement(InquiriesRemoved, { removed })));
    expect(t).toContain("4.5 fewer inquiries a week");
    expect(t).toContain("(5 → 0.5)");
  });

  it("marks after-weeks that have not begun, and says the comparison is partial", () => {
    const t = text(render(createElement(InquiriesRemoved, { removed: { ...removed, weeksAfterElapsed: 2 } })));
    expect(t.match(/not yet/g)).toHaveLength(2);
    expect(t).toContain("Only 2 of the 4 weeks after shipping have started");
  });

  it("does not claim a result in the ship week itself", () => {
    const t = text(render(createElement(InquiriesRemoved, { removed: { ...removed, weeksAfterElapsed: 0 } })));
    expect(t).toContain("Shipped this week: the comparison starts next week");
    expect(t).not.toContain("fewer inquiries");
  });
});

describe("customers affected and the sparkline", () => {
  it("escapes customer names and says how many are not listed", () => {
    const problem = {
      customerCount: 3,
      customers: [{ id: "c1", name: payload, type: "CHURNED", inquiryCount: 2, lastInquiryAt: at }],
    } as unknown as ProblemDetail;
    const html = render(createElement(CustomersAffected, { problem }));
    expect(html).not.toContain("<script>");
    expect(text(html)).toContain("2 inquiries");
    expect(text(html)).toContain("and 2 more");
  });

  it("puts the weekly numbers in the sparkline's accessible label", () => {
    const html = renderToStaticMarkup(createElement(Sparkline, { values: [0, 1, 3, 0, 0, 2, 5, 1], label: "weeks: 0, 1, 3, 0, 0, 2, 5, 1" }));
    expect(html).toContain('role="img"');
    expect(html).toContain('aria-label="weeks: 0, 1, 3, 0, 0, 2, 5, 1"');
    expect(html.match(/<polyline points="([^"]+)"/)?.[1].split(" ")).toHaveLength(8);
  });
});
