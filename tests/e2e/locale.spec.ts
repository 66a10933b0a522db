/** English and Korean from the first screen: the browser's language, and the remembered switch. */
import fs from "node:fs";
import path from "node:path";
import { test, expect } from "@playwright/test";
import { authFile } from "./support/env";

type Messages = Record<string, unknown>;
const load = (locale: string, ns: string) =>
  JSON.parse(fs.readFileSync(path.resolve(`messages/${locale}/${ns}.json`), "utf8")) as Messages;
type Common = { nav: Record<string, string>; status: Record<string, string>; customerType: Record<string, string> };
type Queue = { title: string; filters: Record<string, string> };
const ko = { common: load("ko", "common") as Common, queue: load("ko", "queue") as Queue };
const en = { queue: load("en", "queue") as Queue };

test.use({ storageState: authFile("agent") });

test.describe("Korean browser", () => {
  test.use({ locale: "ko-KR" });

  test("renders the queue in Korean", async ({ page }) => {
    await page.goto("/inquiries");
    await expect(page.locator("html")).toHaveAttribute("lang", "ko");
    const nav = page.getByRole("navigation");
    await expect(nav.getByRole("link", { name: ko.common.nav.inquiries, exact: true })).toBeVisible();
    await expect(nav.getByRole("link", { name: ko.common.nav.newInquiry })).toBeVisible();
    // The queue itself, not only the shell: its filters and the demo rows' badges.
    await expect(page.getByRole("heading", { name: ko.queue.title, level: 1 })).toBeVisible();
    await expect(page.getByLabel(ko.queue.filters.customerType, { exact: true })).toBeVisible();
    await expect(page.getByLabel(ko.queue.filters.search, { exact: true })).toBeVisible();
    // Demo rows carry Korean customer-type badges.
    const koTypes = new RegExp(`^(${Object.values(ko.common.customerType).join("|")})$`);
    await expect(page.getByRole("table").getByText(koTypes).first()).toBeVisible();
    await expect(page.getByText(en.queue.filters.customerType, { exact: true })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "New inquiry" })).toHaveCount(0);
  });
});

test("the language switch turns the queue Korean and is remembered", async ({ page }) => {
  await page.goto("/inquiries");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByLabel(en.queue.filters.customerType, { exact: true })).toBeVisible();
  await page.getByLabel("Language").selectOption({ label: "한국어" });
  await expect(page.getByLabel(ko.queue.filters.customerType, { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  await expect(page.getByRole("navigation").getByRole("link", { name: ko.common.nav.inquiries, exact: true })).toBeVisible();
});
