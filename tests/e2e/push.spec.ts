/**
 * Push to fix board, through the UI: an agent creates a problem from an inquiry's page, is shown
 * that problem as a similar one while typing a near-duplicate title for a second inquiry (and still
 * creates a new problem for it), then links two inquiries selected in the queue to that problem.
 * A member sees no push controls.
 */
import { test, expect, type Page } from "@playwright/test";
import { createInquiry } from "../../prisma/seed/factories";
import { authFile } from "./support/env";
import { closeE2eDb, e2eDb, uniqueSuffix } from "./support/db";
import { queueLinks, searchQueue } from "./support/ui";

test.afterAll(closeE2eDb);

const pushDialog = (page: Page) => page.getByRole("dialog", { name: /Push to fix board/ });
const fixBoard = (page: Page) => page.getByRole("region", { name: "Fix board" });

async function createProblemFromInquiryPage(page: Page, title: string) {
  await fixBoard(page).getByRole("button", { name: "Push to fix board" }).click();
  const dialog = pushDialog(page);
  await expect(dialog).toBeVisible();
  await dialog.getByRole("radio", { name: "Create a new problem" }).check();
  await dialog.getByLabel("Title").fill(title);
  return dialog;
}

test("an agent pushes inquiries to the fix board from an inquiry and from a queue selection", async ({ browser }) => {
  const id = uniqueSuffix();
  const db = e2eDb();
  const [first, second, third, fourth] = await Promise.all(
    [
      `Exported CSV stops at 1,000 rows ${id}`,
      `CSV download cut off after a thousand lines ${id}`,
      `Export missing rows again ${id}`,
      `Only part of my data in the export ${id}`,
    ].map((subject) => createInquiry(db, { subject, body: `The export only has the first 1,000 rows. (${id})` })),
  );
  const existingTitle = `CSV export truncated at 1000 rows ${id}`;
  const newTitle = `CSV export truncated after 1000 rows ${id}`;

  const context = await browser.newContext({ storageState: authFile("agent") });
  const page = await context.newPage();

  await test.step("create the first problem from an inquiry's page", async () => {
    await page.goto(`/inquiries/${first.id}`);
    await expect(fixBoard(page).getByText(/Push it so the product team sees it/)).toBeVisible();
    const dialog = await createProblemFromInquiryPage(page, existingTitle);
    await dialog.getByRole("button", { name: "Create problem" }).click();
    await expect(dialog.getByRole("status")).toContainText(/Problem #\d+ created with this inquiry as evidence/);
    await dialog.getByRole("button", { name: "Done" }).click();
    await expect(dialog).toBeHidden();
    await expect(fixBoard(page).getByRole("link", { name: new RegExp(existingTitle) })).toBeVisible();
  });

  const existing = await db.problem.findFirstOrThrow({ where: { title: existingTitle }, select: { id: true, number: true } });
  expect((await db.inquiry.findUniqueOrThrow({ where: { id: first.id } })).problemId).toBe(existing.id);

  let created: { id: string; number: number };
  await test.step("a near-duplicate title shows the existing problem; the agent still creates a new one", async () => {
    await page.goto(`/inquiries/${second.id}`);
    const dialog = await createProblemFromInquiryPage(page, newTitle);
    const similar = dialog.getByRole("region", { name: "Similar problems already on the board" });
    const row = similar.getByRole("listitem").filter({ hasText: existingTitle });
    await expect(row).toBeVisible();
    await expect(row.getByText(`#${existing.number}`, { exact: true })).toBeVisible();
    await expect(row.getByText("similar title")).toBeVisible();
    await expect(row.getByText("1 inquiry linked")).toBeVisible();
    await expect(row.getByRole("button", { name: `Link to #${existing.number} instead` })).toBeVisible();

    await dialog.getByRole("button", { name: "Create problem" }).click();
    await expect(dialog.getByRole("status")).toContainText(/Problem #\d+ created/);
    created = await db.problem.findFirstOrThrow({ where: { title: newTitle }, select: { id: true, number: true } });
    await expect(dialog.getByRole("link", { name: "Open the problem" })).toHaveAttribute("href", `/board/${created.id}`);
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();

    // The inquiry page now shows the problem it is linked to, with the agent's controls.
    await page.reload();
    const card = fixBoard(page);
    await expect(card.getByRole("link", { name: `Problem #${created.number}: ${newTitle}` })).toHaveAttribute("href", `/board/${created.id}`);
    await expect(card.getByText("Reported")).toBeVisible();
    await expect(card.getByRole("button", { name: "Move to another problem" })).toBeVisible();
    await expect(card.getByRole("button", { name: "Unlink" })).toBeVisible();
  });

  await test.step("select two inquiries in the queue and link them to that problem", async () => {
    await page.goto("/inquiries");
    await searchQueue(page, id);
    await page.getByRole("checkbox", { name: `Select inquiry #${third.number}` }).check();
    await page.getByRole("checkbox", { name: `Select inquiry #${fourth.number}` }).check();
    // Ticking the box did not open the row's link.
    await expect(page).toHaveURL(/\/inquiries\?/);
    const bar = page.getByRole("region", { name: "Selected inquiries" });
    await expect(bar.getByTestId("selection-count")).toHaveText("2 selected");
    await bar.getByRole("button", { name: "Push to fix board" }).click();

    const dialog = pushDialog(page);
    await expect(dialog.getByText("2 inquiries selected")).toBeVisible();
    const search = dialog.getByRole("combobox", { name: "Find a problem" });
    // Wait for the answer to what was typed (the list first answers the seeded subject).
    const answered = page.waitForResponse((r) => r.url().includes("/api/board/suggest") && new URL(r.url()).searchParams.get("q") === newTitle);
    await search.fill(newTitle);
    await answered;
    const option = dialog.getByRole("option", { name: new RegExp(`#${created.number}\\b`) });
    await expect(option).toBeVisible();
    // Keyboard: ↓ through the suggestions to it, Enter picks it.
    const optionId = await option.getAttribute("id");
    for (let i = 0; i < 6 && (await search.getAttribute("aria-activedescendant")) !== optionId; i++) await search.press("ArrowDown");
    await search.press("Enter");
    await expect(option).toHaveAttribute("aria-selected", "true");
    await dialog.getByRole("button", { name: `Link 2 inquiries to #${created.number}` }).click();
    await expect(dialog.getByRole("status")).toHaveText(`2 inquiries linked to problem #${created.number}.`);
    await dialog.getByRole("button", { name: "Done" }).click();
    await expect(page.getByTestId("selection-count")).toHaveCount(0);

    const linked = await db.inquiry.findMany({ where: { id: { in: [third.id, fourth.id] } }, select: { problemId: true } });
    expect(linked.map((i) => i.problemId)).toEqual([created.id, created.id]);
    await page.goto(`/inquiries/${third.id}`);
    await expect(fixBoard(page).getByRole("link", { name: `Problem #${created.number}: ${newTitle}` })).toBeVisible();
  });

  await context.close();

  await test.step("a member sees the linked problem but no push controls", async () => {
    const memberContext = await browser.newContext({ storageState: authFile("member") });
    const member = await memberContext.newPage();
    await member.goto(`/inquiries/${second.id}`);
    await expect(fixBoard(member).getByRole("link", { name: `Problem #${created.number}: ${newTitle}` })).toBeVisible();
    for (const name of ["Push to fix board", "Move to another problem", "Unlink"]) {
      await expect(member.getByRole("button", { name })).toHaveCount(0);
    }
    await member.goto(`/inquiries/${(await createInquiry(db, { subject: `Not linked ${id}` })).id}`);
    await expect(fixBoard(member).getByText("Not linked to a product problem.")).toBeVisible();
    await expect(member.getByRole("button", { name: "Push to fix board" })).toHaveCount(0);

    await member.goto("/inquiries");
    await searchQueue(member, id);
    await expect(queueLinks(member, third.subject)).toBeVisible();
    await expect(member.getByRole("checkbox", { name: /^Select/ })).toHaveCount(0);
    await memberContext.close();
  });
});
