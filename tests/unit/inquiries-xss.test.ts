/**
 * User text (subject, message, replies, notes, tag names) is rendered as text: an HTML/script
 * payload comes out escaped, never as markup (issue 2, "Bad input and failures").
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import { InquiryTimeline } from "@/components/inquiries/inquiry-timeline";
import { CustomerMessage, InquiryHeader } from "@/components/inquiries/inquiry-view";
import type { InquiryDetail } from "@/lib/inquiries/queries";
import { messages } from "@/messages";

const payload = `<img src=x onerror="alert(1)"><script>alert("xss")</script>`;
const at = new Date("2026-03-02T00:00:00Z");

const inquiry = {
  id: "3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e",
  number: 7,
  subject: payload,
  body: payload,
  channel: "EMAIL",
  status: "OPEN",
  priority: "HIGH",
  customerType: "BUYER",
  dueAt: at,
  firstResponseAt: null,
  resolvedAt: null,
  closedAt: null,
  createdAt: at,
  updatedAt: at,
  version: 1,
  customer: { id: "c1", name: payload, email: null, phone: null, company: null, type: "BUYER", paidBy: null },
  assignee: null,
  createdBy: null,
  tags: [],
  events: [
    { id: "e1", kind: "REPLY", body: payload, data: null, createdAt: at, actor: { id: "u1", name: payload } },
    { id: "e2", kind: "NOTE", body: payload, data: null, createdAt: at, actor: { id: "u1", name: "Agent" } },
    { id: "e3", kind: "TAGS", body: null, data: { added: ["t"], removed: [], addedNames: [payload], removedNames: [] }, createdAt: at, actor: null },
  ],
  overdue: false,
  allowedStatuses: ["PENDING", "RESOLVED"],
  options: { staff: [], tags: [] },
} as unknown as InquiryDetail;

function render(node: ReturnType<typeof createElement>) {
  return renderToStaticMarkup(
    createElement(NextIntlClientProvider, {
      locale: "en",
      messages: messages.en,
      timeZone: "Asia/Seoul",
      formats: { dateTime: { short: { dateStyle: "medium", timeStyle: "short" } } },
      children: node,
    }),
  );
}

describe("inquiry page escapes user text", () => {
  it.each([
    ["header", () => createElement(InquiryHeader, { inquiry })],
    ["customer message", () => createElement(CustomerMessage, { inquiry })],
    ["timeline", () => createElement(InquiryTimeline, { events: inquiry.events, channel: "EMAIL" })],
  ])("%s", (_name, make) => {
    const html = render(make());
    expect(html).toContain("&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;");
    expect(html).not.toContain("<script");
    expect(html).not.toMatch(/<img[^>]*onerror/i);
  });
});
