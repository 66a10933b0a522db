/**
 * The results page's read-only parts rendered to HTML: a customer's comment (user text from a
 * public form) comes out as text, never markup; figures read as the numbers behind them, and a
 * small sample is flagged beside its figure rather than hidden.
 */
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import { BreakdownTable } from "@/components/surveys/results/breakdown-table";
import { HeadlineCards } from "@/components/surveys/results/headline-cards";
import { LowScoreItem } from "@/components/surveys/results/low-score-item";
import type { LowScore } from "@/lib/surveys/queries";
import { surveyFigures } from "@/lib/surveys/rules";
import { messages } from "@/messages";

const payload = `<img src=x onerror=alert(1)><script>alert("xss")</script>`;

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

const text = (html: string) =>
  html.replace(/<[^>]+>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, "&");

const item: LowScore = {
  id: "r1", csat: 1, ces: 3, comment: payload, createdAt: new Date("2026-06-01T03:00:00Z"), channel: "CHAT", customerType: "BUYER",
  agent: { id: "u1", name: `Ann ${payload}` }, customerName: `Dana ${payload}`,
  inquiry: { id: "i1", number: 42, subject: `Refund ${payload}`, status: "RESOLVED", version: 3, problemId: null, problem: null },
};

describe("low score item", () => {
  it("shows the comment, names and subject as text, never as markup", () => {
    const html = render(createElement(LowScoreItem, { item }));
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<script>");
    expect(html).toContain('data-testid="low-score"');
    const t = text(html);
    expect(t).toContain(payload);
    expect(t).toContain(`Dana ${payload}`);
    expect(t).toContain(`Ann ${payload}`);
    expect(t).toContain(`#42 Refund ${payload}`);
    expect(t).toContain("CSAT 1/5");
    expect(t).toContain("CES 3/7");
    expect(html).toContain('href="/inquiries/i1"');
  });

  it("says so when there is no comment or no agent, in Korean too", () => {
    const html = render(createElement(LowScoreItem, { item: { ...item, comment: null, agent: null } }), "ko");
    expect(text(html)).toContain("의견 없음");
    expect(text(html)).toContain("담당자 없음");
  });
});

describe("figures", () => {
  const small = surveyFigures({ requests: 8, responses: 4, csatCount: 4, csatSum: 15, csatHigh: 3, cesCount: 0, cesSum: 0, cesHigh: 0 });
  const big = surveyFigures({ requests: 40, responses: 20, csatCount: 20, csatSum: 80, csatHigh: 16, cesCount: 10, cesSum: 55, cesHigh: 8 });

  it("headline cards read the shares, means, rate and count; a small sample is flagged", () => {
    const t = text(render(createElement(HeadlineCards, { figures: small })));
    expect(t).toContain("75%"); // CSAT 3 of 4
    expect(t).toContain("3.8"); // mean 15 / 4 = 3.75
    expect(t).toContain("50%"); // 4 of 8 answered
    expect(t).toContain("4 of 8 surveys answered");
    expect(t).toContain("Small sample");
    expect(t).toContain("—"); // no CES answers
    expect(text(render(createElement(HeadlineCards, { figures: big })))).not.toContain("Small sample");
  });

  it("a breakdown row shows the response count beside its figures and flags only small ones", () => {
    const html = render(createElement(BreakdownTable, {
      title: "By channel", dimension: "Channel", testId: "by-channel",
      rows: [{ key: "EMAIL", label: "Email", figures: big }, { key: "CHAT", label: "Chat", figures: small }],
    }));
    const rows = html.split("<tr").slice(2);
    expect(text(rows[0])).toContain("Email");
    expect(text(rows[0])).toContain("80%"); // 16 of 20
    expect(text(rows[0])).toContain("5.5"); // CES 55 / 10
    expect(text(rows[0])).not.toContain("Small sample");
    expect(text(rows[1])).toContain("Small sample");
    expect(rows[1]).toContain('data-testid="responses">4<');
  });
});
