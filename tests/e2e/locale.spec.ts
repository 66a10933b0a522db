/** English and Korean from the first screen: the browser's language, and the remembered switch. */
import fs from "node:fs";
import path from "node:path";
import { test, expect } from "@playwright/test";
import { authFile } from "./support/env";

type Messages = Record<string, unknown>;
const load = (locale: string, ns: string) =>
  JSON.parse(fs.readFileSync(path.resolve(`messages/${locale}/${ns}.json`), "utf8")) as Messages;
const ko = { common: load("ko", "common") as { nav: Record<string, string>; status: Record<string, string>; customerType: Record<string, string> } };

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
    await expect(page.getByLabel("고객 유형")).toBeVisible();
    await expect(page.getByText(ko.common.customerType.BUYER).first()).toBeVisible();
    await expect(page.getByText("Customer type", { exact: true })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "New inquiry" })).toHaveCount(0);
  });
});

test("the language switch turns the queue Korean and is remembered", async ({ page }) => {
  await page.goto("/inquiries");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByLabel("Customer type")).toBeVisible();
  await page.getByLabel("Language").selectOption({ label: "한국어" });
  await expect(page.getByLabel("고객 유형")).toBeVisible();
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  await expect(page.getByRole("navigation").getByRole("link", { name: ko.common.nav.inquiries, exact: true })).toBeVisible();
});
