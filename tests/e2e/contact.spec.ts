/**
 * The public web form: signed out, it creates an inquiry an agent then finds in the queue; a
 * retried submission (the first answer lost on the way back) does not create a second one.
 */
import { test, expect } from "@playwright/test";
import { authFile } from "./support/env";
import { closeE2eDb, e2eDb, uniqueSuffix } from "./support/db";
import { queueLinks, searchQueue } from "./support/ui";

test.afterAll(closeE2eDb);

test("the contact form creates one inquiry, even when it is sent twice, and an agent sees it", async ({ page, browser }) => {
  const id = uniqueSuffix();
  const subject = `Cannot download my invoice ${id}`;
  const email = `visitor-${id}@example.com`;

  await page.goto("/contact");
  await page.getByLabel("Name").fill(`Visitor ${id}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Subject").fill(subject);
  await page.getByLabel("Message").fill("The download button on the billing page does nothing.");

  // The first submission reaches the server, but its answer is lost: the visitor sees a network
  // error with the form still filled in, and presses send again.
  let firstReference: number | undefined;
  await page.route("**/api/contact", async (route) => {
    const response = await route.fetch();
    firstReference = ((await response.json()) as { reference?: number }).reference;
    await route.abort("connectionreset");
  }, { times: 1 });
  await page.getByRole("button", { name: "Send message" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "We could not reach the server" })).toBeVisible();
  expect(firstReference).toBeGreaterThan(0);
  await expect(page.getByLabel("Subject")).toHaveValue(subject);

  await page.getByRole("button", { name: "Send message" }).click();
  await expect(page.getByRole("heading", { name: "Thank you — we got your message" })).toBeVisible();
  await expect(page.getByTestId("contact-reference")).toContainText(`#${firstReference}`);

  // One inquiry, from the web form, for a new PROSPECT customer.
  const rows = await e2eDb().inquiry.findMany({
    where: { subject },
    select: { channel: true, customerType: true, customer: { select: { email: true } } },
  });
  expect(rows).toEqual([{ channel: "WEB_FORM", customerType: "PROSPECT", customer: { email } }]);

  const agentContext = await browser.newContext({ storageState: authFile("agent") });
  const agent = await agentContext.newPage();
  await agent.goto("/inquiries");
  await searchQueue(agent, subject);
  await expect(queueLinks(agent, subject)).toHaveCount(1);
  await queueLinks(agent, subject).click();
  await expect(agent.getByRole("heading", { name: subject })).toBeVisible();
  await expect(agent.getByText("Web form").first()).toBeVisible();
  await agentContext.close();
});
