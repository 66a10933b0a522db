/**
 * The agent's core loop, entirely through the UI: log an inquiry for a customer created inline as
 * CHURNED, find it in the queue filtered by that customer type, reply, resolve.
 */
import { test, expect } from "@playwright/test";
import { authFile } from "./support/env";
import { uniqueSuffix } from "./support/db";
import { queueLinks, searchQueue } from "./support/ui";

test.use({ storageState: authFile("agent") });

test("an agent logs an inquiry for a new churned customer, finds it by customer type, replies and resolves", async ({ page }) => {
  const id = uniqueSuffix();
  const customerName = `Hana Retail ${id}`;
  const subject = `Charged again after cancelling ${id}`;
  const reply = `Sorry about that — the refund for order ${id} is on its way.`;

  await test.step("log the inquiry with a customer created inline", async () => {
    await page.goto("/inquiries/new");
    // Nobody by that name yet: the picker offers to create the customer from what was typed.
    await page.getByRole("combobox", { name: "Customer", exact: true }).fill(customerName);
    await page.getByRole("button", { name: "Create new customer" }).click();
    await expect(page.getByLabel("Name", { exact: true })).toHaveValue(customerName);
    await page.getByLabel(/^Email/).fill(`hana-${id}@example.com`);
    await page.getByLabel("Customer type").selectOption({ label: "Churned" });
    await page.getByLabel("Channel").selectOption({ label: "Email" });
    await page.getByLabel("Subject").fill(subject);
    await page.getByLabel("Message").fill("We cancelled last month, and the card was charged again today.");
    await page.getByRole("group", { name: "Tags" }).getByRole("checkbox", { name: "billing" }).check();
    await page.getByLabel("Priority").selectOption({ label: "High" });
    await page.getByRole("button", { name: "Log inquiry" }).click();
    await expect(page).toHaveURL(/\/inquiries\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { name: subject })).toBeVisible();
    await expect(page.getByText(customerName).first()).toBeVisible();
  });

  await test.step("find it in the queue filtered by Customer type = Churned", async () => {
    await page.goto("/inquiries");
    await page.getByLabel("Customer type").selectOption({ label: "Churned" });
    await expect(page).toHaveURL(/customerType=CHURNED/);
    await searchQueue(page, id);
    await expect(page).toHaveURL(/customerType=CHURNED/);
    await expect(queueLinks(page, subject)).toHaveCount(1);
    // The filter really filters: the same search among buyers finds nothing.
    await page.getByLabel("Customer type").selectOption({ label: "Buyer" });
    await expect(page).toHaveURL(/customerType=BUYER/);
    await expect(queueLinks(page, subject)).toHaveCount(0);
    await page.goBack();
    await expect(page).toHaveURL(/customerType=CHURNED/);
    await queueLinks(page, subject).click();
    await expect(page.getByRole("heading", { name: subject })).toBeVisible();
  });

  await test.step("reply", async () => {
    await page.getByLabel("Reply", { exact: true }).fill(reply);
    await page.getByRole("button", { name: "Send reply" }).click();
    await expect(page.getByText(reply)).toBeVisible();
    await page.reload();
    await expect(page.getByText(reply)).toBeVisible();
  });

  await test.step("resolve", async () => {
    const status = page.getByTestId("inquiry-status");
    await expect(status).not.toHaveText("Resolved");
    await page.getByRole("button", { name: "Resolve", exact: true }).click();
    await expect(status).toHaveText("Resolved");
    await expect(page.getByRole("button", { name: "Reopen" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Resolve", exact: true })).toHaveCount(0);
    await page.reload();
    await expect(status).toHaveText("Resolved");
    await expect(page.getByText(/changed the status from \w+ to Resolved/)).toBeVisible();
  });
});
