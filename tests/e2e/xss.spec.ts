/** HTML in customer text is shown as text: no element is created, no script runs. */
import { test, expect } from "@playwright/test";
import { createInquiry } from "../../prisma/seed/factories";
import { authFile } from "./support/env";
import { closeE2eDb, e2eDb, uniqueSuffix } from "./support/db";
import { failOnDialog, queueLinks, searchQueue } from "./support/ui";

test.use({ storageState: authFile("agent") });
test.afterAll(closeE2eDb);

test("an XSS payload in a subject and a body is displayed as text", async ({ page }) => {
  const id = uniqueSuffix();
  const subject = `<img src=x onerror="window.__xss=1;alert('subject')"> refund ${id}`;
  const body = `Hello <script>window.__xss=2;alert('body')</script><b onmouseover="alert(3)">bold</b> ${id}`;
  const inquiry = await createInquiry(e2eDb(), { subject, body });
  const dialogs = failOnDialog(page);

  await page.goto("/inquiries");
  await searchQueue(page, id);
  await expect(queueLinks(page, subject)).toHaveCount(1);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);

  await page.goto(`/inquiries/${inquiry.id}`);
  await expect(page.getByRole("heading", { name: subject })).toBeVisible();
  await expect(page.getByText(body)).toBeVisible();
  await expect(page.locator('img[src="x"], b[onmouseover]')).toHaveCount(0);
  await page.getByText(body).hover();

  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
});
