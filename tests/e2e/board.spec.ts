/**
 * The fix board's loop, through the UI (issue 3): an agent pushes two inquiries to a new problem →
 * product accepts it on the board (by keyboard) and ships it with a release note, resolving the
 * linked inquiries → both inquiries are resolved with the closing reply, the outbox holds one
 * "it's fixed" message per customer, and the card sits in Shipped. A member reads the board and
 * the problem but gets no controls.
 */
import { test, expect, type Page } from "@playwright/test";
import { createCustomer, createInquiry } from "../../prisma/seed/factories";
import { authFile } from "./support/env";
import { closeE2eDb, e2eDb, uniqueSuffix } from "./support/db";
import { searchQueue } from "./support/ui";

test.afterAll(closeE2eDb);

const column = (page: Page, status: string) => page.getByTestId(`column-${status}`);
const card = (page: Page, number: number) => page.locator(`[data-testid="problem-card"][data-problem-number="${number}"]`);

test("agent pushes two inquiries to a new problem; product accepts and ships it; the loop closes", async ({ browser }) => {
  const id = uniqueSuffix();
  const db = e2eDb();
  const [mina, james] = await Promise.all([
    createCustomer(db, { name: `Mina Cho ${id}`, email: `mina-${id}@example.com`, type: "BUYER" }),
    createCustomer(db, { name: `James Park ${id}`, email: `james-${id}@example.com`, type: "USER" }),
  ]);
  const [first, second] = await Promise.all([
    createInquiry(db, { customerId: mina.id, subject: `Receipt printer prints blank slips ${id}`, body: `Since this morning every receipt comes out blank. (${id})`, status: "OPEN" }),
    createInquiry(db, { customerId: james.id, subject: `Blank receipts from the printer ${id}`, body: `Our receipts are empty paper today. (${id})` }),
  ]);
  const title = `Receipts print blank after the printer update ${id}`;
  const releaseNote = `Receipts print again: the printer driver from ${id} no longer clears the text buffer.`;

  await test.step("the agent selects both inquiries in the queue and creates a new problem with them", async () => {
    const context = await browser.newContext({ storageState: authFile("agent") });
    const page = await context.newPage();
    await page.goto("/inquiries");
    await searchQueue(page, id);
    await page.getByRole("checkbox", { name: `Select inquiry #${first.number}` }).check();
    await page.getByRole("checkbox", { name: `Select inquiry #${second.number}` }).check();
    await page.getByRole("region", { name: "Selected inquiries" }).getByRole("button", { name: "Push to fix board" }).click();
    const dialog = page.getByRole("dialog", { name: /Push to fix board/ });
    await expect(dialog.getByText("2 inquiries selected")).toBeVisible();
    await dialog.getByRole("radio", { name: "Create a new problem" }).check();
    await dialog.getByLabel("Title").fill(title);
    await dialog.getByRole("button", { name: "Create problem" }).click();
    await expect(dialog.getByRole("status")).toContainText(/Problem #\d+ created with 2 inquiries as evidence/);
    await context.close();
  });

  const problem = await db.problem.findFirstOrThrow({ where: { title }, select: { id: true, number: true } });

  const context = await browser.newContext({ storageState: authFile("product") });
  const page = await context.newPage();

  await test.step("product finds the card under Reported and accepts it with the keyboard", async () => {
    await page.goto("/board");
    const reported = card(page, problem.number);
    await expect(column(page, "REPORTED").locator(reported)).toBeVisible();
    await expect(reported).toContainText("2 inquiries · 2 customers");
    await expect(reported.getByRole("listitem")).toHaveText(["1 Buyer", "1 User"]);
    // Focus the card's title link, Tab to its first move button, Enter.
    await reported.getByRole("link", { name: title }).focus();
    await page.keyboard.press("Tab");
    await expect(reported.getByRole("button", { name: "Accept" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(column(page, "ACCEPTED").locator(card(page, problem.number))).toBeVisible();
  });

  await test.step("product ships it with a release note, resolving the open linked inquiries", async () => {
    const accepted = column(page, "ACCEPTED").locator(card(page, problem.number));
    await accepted.getByRole("button", { name: `More moves for problem #${problem.number}` }).click();
    await page.getByRole("dialog", { name: `More moves for problem #${problem.number}` }).getByRole("button", { name: "Ship…" }).click();
    const ship = page.getByRole("dialog", { name: `Ship problem #${problem.number}` });
    const resolve = ship.getByRole("checkbox", { name: "Resolve the 2 open linked inquiries with a closing reply" });
    await expect(resolve).toBeChecked();
    await expect(ship.getByText("2 customers with an email address will get an “it’s fixed” message (one each).")).toBeVisible();
    await ship.getByLabel("Release note").fill(releaseNote);
    await ship.getByRole("button", { name: "Ship", exact: true }).click();
    await expect(column(page, "SHIPPED").locator(card(page, problem.number))).toBeVisible({ timeout: 20_000 });
    // Still there after a fresh load, and the problem's page tells the story.
    await page.goto("/board");
    await expect(column(page, "SHIPPED").locator(card(page, problem.number))).toBeVisible();
    await page.goto(`/board/${problem.id}`);
    await expect(page.getByTestId("problem-status")).toHaveText("Shipped");
    await expect(page.getByText(releaseNote).first()).toBeVisible();
    await expect(page.getByText("2 inquiries resolved, 2 customer messages queued.")).toBeVisible();
  });

  await test.step("both inquiries are resolved with the closing reply", async () => {
    for (const inquiry of [first, second]) {
      await page.goto(`/inquiries/${inquiry.id}`);
      await expect(page.getByTestId("inquiry-status")).toHaveText("Resolved");
      const reply = page.locator('[data-kind="REPLY"]').filter({ hasText: releaseNote });
      await expect(reply).toHaveCount(1);
      await expect(reply).toContainText("the problem you reported has been fixed");
    }
    const rows = await db.inquiry.findMany({ where: { id: { in: [first.id, second.id] } }, select: { status: true, resolvedAt: true } });
    expect(rows.map((r) => r.status)).toEqual(["RESOLVED", "RESOLVED"]);
  });
  await context.close();

  await test.step("the outbox shows one message per customer", async () => {
    const admin = await browser.newContext({ storageState: authFile("admin") });
    const outbox = await admin.newPage();
    await outbox.goto("/outbox");
    const messages = outbox.getByTestId("outbox-message").filter({ hasText: title });
    await expect(messages).toHaveCount(2);
    await expect(messages.filter({ hasText: `mina-${id}@example.com` })).toHaveCount(1);
    await expect(messages.filter({ hasText: `james-${id}@example.com` })).toHaveCount(1);
    await admin.close();
  });

  await test.step("a member reads the board and the problem, with no controls", async () => {
    const member = await browser.newContext({ storageState: authFile("member") });
    const memberPage = await member.newPage();
    await memberPage.goto("/board");
    const shipped = column(memberPage, "SHIPPED").locator(card(memberPage, problem.number));
    await expect(shipped).toBeVisible();
    await expect(memberPage.getByRole("button", { name: /^(Accept|Start work|Ship…|Reopen|Move to…)$/ })).toHaveCount(0);
    await shipped.getByRole("link", { name: title }).click();
    await expect(memberPage.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(memberPage.getByText("Only the product team and admins move, own or ship problems.")).toBeVisible();
    await expect(memberPage.getByRole("button", { name: "Unlink" })).toHaveCount(0);
    await expect(memberPage.getByLabel("Comment")).toHaveCount(0);
    await member.close();
  });
});

test("two people move the same card: the later one is told it changed, and reload shows the new state", async ({ browser }) => {
  const db = e2eDb();
  const title = `Stale move check ${uniqueSuffix()}`;
  const problem = await db.problem.create({ data: { title }, select: { id: true, number: true } });
  const context = await browser.newContext({ storageState: authFile("product") });
  const [first, second] = [await context.newPage(), await context.newPage()];
  await Promise.all([first.goto("/board"), second.goto("/board")]);

  await card(first, problem.number).getByRole("button", { name: "Accept" }).click();
  await expect(column(first, "ACCEPTED").locator(card(first, problem.number))).toBeVisible();

  const stale = card(second, problem.number);
  await stale.getByRole("button", { name: "Accept" }).click();
  await expect(stale.getByRole("alert")).toContainText("This problem changed since you loaded it.");
  expect((await db.problem.findUniqueOrThrow({ where: { id: problem.id } })).version).toBe(2);
  await stale.getByRole("button", { name: "Reload" }).click();
  await expect(column(second, "ACCEPTED").locator(card(second, problem.number)).getByRole("button", { name: "Start work" })).toBeVisible();
  await context.close();
});
