/**
 * Surveys through the UI (issue 4): an agent resolves an inquiry → the outbox holds the survey
 * mail → its link, opened in a fresh browser WITHOUT signing in, takes a CSAT 2 with a comment →
 * thank-you, and the link then says "already answered" → the comment is in /surveys' low scores,
 * and "Reopen inquiry" reopens the inquiry. Also: a tampered link gets the friendly error page, an
 * expired one the "closed" page, and the scale answers by keyboard alone.
 */
import { test, expect, type Browser } from "@playwright/test";
import { createCustomer, createInquiry } from "../../prisma/seed/factories";
import { signSurveyToken, surveyExpiry } from "../../lib/surveys/token";
import { NO_AGENT, SURVEY_TTL_MS } from "../../lib/surveys/rules";
import { authFile } from "./support/env";
import { closeE2eDb, e2eDb, uniqueSuffix, userIdByEmail } from "./support/db";
import { failOnDialog } from "./support/ui";

test.afterAll(closeE2eDb);

/** The app secret tests/e2e/server.ts starts `next start` with (links are signed with it). */
const E2E_SECRET = "e2e-secret-not-for-production-0123456789";

/** A fresh browser context with no session: what a customer clicking the mail has. */
const anonymous = (browser: Browser) => browser.newContext({ storageState: { cookies: [], origins: [] } });

test("the survey mail's link is answered without signing in; the low score reaches /surveys and reopens the inquiry", async ({ browser }) => {
  const id = uniqueSuffix();
  const db = e2eDb();
  const subject = `Tablet will not pair with the kitchen printer ${id}`;
  const comment = `Still drops every hour <img src=x onerror="alert('xss')"> ${id}`;
  const customer = await createCustomer(db, { name: `Jisoo Lee ${id}`, email: `jisoo-${id}@example.com`, type: "USER" });
  const inquiry = await createInquiry(db, {
    customerId: customer.id, subject, body: "It pairs, then drops after a few minutes.", status: "OPEN",
    channel: "EMAIL", assigneeId: await userIdByEmail("agent@loopdesk.test"),
  });

  await test.step("an agent resolves the inquiry", async () => {
    const agent = await browser.newContext({ storageState: authFile("agent") });
    const page = await agent.newPage();
    await page.goto(`/inquiries/${inquiry.id}`);
    await page.getByRole("button", { name: "Resolve", exact: true }).click();
    await expect(page.getByTestId("inquiry-status")).toHaveText("Resolved");
    await agent.close();
  });

  let link = "";
  await test.step("the admin's outbox shows the survey mail with its link", async () => {
    const admin = await browser.newContext({ storageState: authFile("admin") });
    const page = await admin.newPage();
    await page.goto("/outbox");
    const mail = page.getByTestId("outbox-message").filter({ hasText: subject });
    await expect(mail).toHaveCount(1);
    await expect(mail).toContainText(`jisoo-${id}@example.com`);
    await expect(mail).toContainText("Survey");
    await mail.getByText("Show message").click();
    const body = (await mail.locator("details").textContent()) ?? "";
    const found = /https?:\/\/\S+\/s\/[A-Za-z0-9_-]{30}\.[A-Za-z0-9_-]{22}/.exec(body)?.[0];
    expect(found, body).toBeTruthy();
    link = new URL(found!).pathname;
    await admin.close();
  });

  await test.step("the customer answers CSAT 2 with a comment, without signing in", async () => {
    const customerContext = await anonymous(browser);
    const page = await customerContext.newPage();
    await page.goto(link);
    await expect(page).toHaveURL(new RegExp(`${link}$`)); // not sent to /login
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await expect(page.getByText(subject)).toBeVisible();
    const scale = page.getByRole("group", { name: "How satisfied are you with the help you got?" });
    await expect(scale.getByRole("radio")).toHaveCount(5);
    await scale.getByRole("radio", { name: "2 of 5" }).click();
    await expect(scale.getByRole("radio", { name: "2 of 5" })).toBeChecked();
    await page.getByLabel(/Anything you would like to add/).fill(comment);
    await expect(page.getByText(`${comment.length} / 2,000`)).toBeVisible();
    await page.getByRole("button", { name: "Send answer" }).click();
    await expect(page.getByRole("heading", { name: "Thank you for your answer" })).toBeVisible();

    const stored = await db.surveyResponse.findMany({ where: { inquiryId: inquiry.id }, select: { csatScore: true, comment: true, low: true } });
    expect(stored).toEqual([{ csatScore: 2, comment, low: true }]);

    await page.goto(link);
    await expect(page.getByRole("heading", { name: "Already answered — thank you" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Send answer" })).toHaveCount(0);
    await customerContext.close();
  });

  await test.step("the agent finds the comment in /surveys' low scores and reopens the inquiry", async () => {
    const agent = await browser.newContext({ storageState: authFile("agent") });
    const page = await agent.newPage();
    const dialogs = failOnDialog(page);
    // Their own results (the inquiry is theirs): the list stays theirs whatever else is answered meanwhile.
    await page.goto("/surveys?agent=me");
    const lowScore = page.getByTestId("low-score").filter({ hasText: comment });
    await expect(lowScore).toHaveCount(1);
    // The comment is shown as text: no element made from it, no script run.
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await lowScore.getByRole("button", { name: "Reopen inquiry" }).click();
    await expect(lowScore.getByRole("button", { name: "Reopened" })).toBeDisabled();

    await page.goto(`/inquiries/${inquiry.id}`);
    await expect(page.getByTestId("inquiry-status")).toHaveText("Open");
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: inquiry.id }, select: { status: true } })).status).toBe("OPEN");
    expect(dialogs).toEqual([]);
    await agent.close();
  });
});

/** A survey request made directly (no mail), and its signed link. */
async function surveyRequest(opts: { form?: "CSAT" | "CES"; expiresAt?: Date } = {}) {
  const db = e2eDb();
  const id = uniqueSuffix();
  const customer = await createCustomer(db, { name: `Minho Kim ${id}`, type: "USER" });
  const inquiry = await createInquiry(db, { customerId: customer.id, subject: `Order sound does not play ${id}`, status: "RESOLVED", channel: "PHONE" });
  const weekStart = new Date("2026-03-02T00:00:00Z");
  const request = await db.surveyRequest.create({
    data: {
      form: opts.form ?? "CSAT", inquiryId: inquiry.id, customerId: customer.id, channel: "PHONE", customerType: "USER",
      weekStart, expiresAt: opts.expiresAt ?? surveyExpiry(new Date(), SURVEY_TTL_MS),
    },
  });
  // Counted in the rollup like a real request, so the results stay consistent.
  const key = { weekStart, agentId: NO_AGENT, channel: "PHONE" as const, customerType: "USER" as const };
  await db.surveyWeek.upsert({ where: { weekStart_agentId_channel_customerType: key }, create: { ...key, requests: 1 }, update: { requests: { increment: 1 } } });
  return { request, subject: inquiry.subject, path: `/s/${signSurveyToken(request.id, request.expiresAt, E2E_SECRET)}` };
}

test("a tampered link shows the friendly error page; an expired one says the survey has closed", async ({ browser }) => {
  const context = await anonymous(browser);
  const page = await context.newPage();
  const { request, path } = await surveyRequest();
  const [payload, mac] = path.slice(3).split(".");
  const tampered = `/s/${payload}.${mac.slice(0, 8)}${mac[8] === "Q" ? "R" : "Q"}${mac.slice(9)}`;

  const response = await page.goto(tampered);
  expect(response?.status()).toBeLessThan(500);
  await expect(page.getByRole("heading", { name: "This survey link isn't valid" })).toBeVisible();
  await expect(page.getByText(/Open it again from the email/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Send answer" })).toHaveCount(0);
  await expect(page.locator("body")).not.toContainText(/Error:|at .*\(|prisma|SELECT/i);
  const api = await page.request.post(`/api${tampered}`, { data: { csat: 5 }, headers: { Accept: "application/json" } });
  expect(api.status()).toBe(404);
  expect(await api.json()).toMatchObject({ ok: false, code: "invalid" });

  const expired = await surveyRequest({ expiresAt: new Date(Math.floor(Date.now() / 1000) * 1000 - 86_400_000) });
  await page.goto(expired.path);
  await expect(page.getByRole("heading", { name: "This survey has closed" })).toBeVisible();
  const late = await page.request.post(`/api${expired.path}`, { data: { csat: 5 }, headers: { Accept: "application/json" } });
  expect(late.status()).toBe(410);
  expect(await late.json()).toMatchObject({ ok: false, code: "expired" });

  expect(await e2eDb().surveyResponse.count({ where: { requestId: { in: [request.id, expired.request.id] } } })).toBe(0);
  await context.close();
});

test("a CES survey is answered by keyboard alone, in Korean when the browser asks for it", async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, locale: "ko-KR" });
  const page = await context.newPage();
  const { request, path } = await surveyRequest({ form: "CES" });
  await page.goto(path);
  const scale = page.getByRole("group", { name: "문제를 해결하기가 얼마나 쉬우셨나요?" });
  await expect(scale.getByRole("radio")).toHaveCount(7);
  await expect(page.getByText("매우 어려움")).toBeVisible();
  await expect(page.getByText("매우 쉬움")).toBeVisible();

  // Submitting with no score says so and stores nothing.
  await page.getByRole("button", { name: "답변 보내기" }).click();
  await expect(page.getByText("점수를 선택해 주세요.")).toBeVisible();

  await scale.getByRole("radio", { name: /^7점 중 1점/ }).focus();
  await page.keyboard.press("Space");
  for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight");
  await expect(scale.getByRole("radio", { name: "7점 중 5점" })).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel(/더 하고 싶은 말씀/)).toBeFocused();
  await page.keyboard.type("전화 한 통으로 해결됐어요.");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "답변 보내기" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "답변해 주셔서 감사합니다" })).toBeVisible();

  const stored = await e2eDb().surveyResponse.findUniqueOrThrow({ where: { requestId: request.id }, select: { cesScore: true, csatScore: true, comment: true, low: true } });
  expect(stored).toEqual({ cesScore: 5, csatScore: null, comment: "전화 한 통으로 해결됐어요.", low: false });
  await context.close();
});
