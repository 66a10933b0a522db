/** Small UI helpers shared by the journeys; selectors follow the visible English labels. */
import { expect, type Page } from "@playwright/test";

/** The queue, filtered through its URL-backed search box. */
export async function searchQueue(page: Page, text: string) {
  const search = page.getByLabel("Search", { exact: true });
  await search.fill(text);
  await search.press("Enter");
  await expect(page).toHaveURL(/[?&]q=/);
}

/** Links to inquiries in the queue whose accessible name contains `subject`. */
export const queueLinks = (page: Page, subject: string) => page.getByRole("link", { name: subject });

/** Fails the test if any dialog (alert/confirm/prompt) opens that the test did not expect. */
export function failOnDialog(page: Page) {
  const seen: string[] = [];
  page.on("dialog", async (dialog) => {
    seen.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  return seen;
}
