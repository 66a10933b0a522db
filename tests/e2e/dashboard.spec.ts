/**
 * The weekly VOC dashboard (issue 5), through the UI: the founder (ADMIN) signs in and lands on
 * /dashboard, sees non-empty charts for last week, clicks a customer-type figure and lands on the
 * queue filtered to that week and type; the digest page of last week renders. A full-page
 * screenshot of the dashboard is attached to the test's artifacts.
 */
import { test, expect } from "@playwright/test";
import { demoEmail, DEMO_PASSWORD } from "./support/env";

test("the founder lands on last week's dashboard, follows a customer-type figure to the queue, opens the digest", async ({ page }, testInfo) => {
  await test.step("ADMIN signs in and lands on the dashboard", async () => {
    await page.goto("/login");
    await page.getByLabel("Email").fill(demoEmail("admin"));
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname === "/dashboard");
    await expect(page.getByRole("heading", { level: 1, name: "Weekly VOC dashboard" })).toBeVisible();
  });

  // The default week is the last complete one (Monday–Sunday, Asia/Seoul).
  const week = await page.getByLabel("Week", { exact: true }).inputValue();
  expect(week).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(new Date(`${week}T12:00:00Z`).getUTCDay()).toBe(1);

  await test.step("non-empty charts and figures for last week", async () => {
    const total = Number((await page.getByTestId("headline-inquiries").getByRole("link").innerText()).replace(/\D/g, ""));
    expect(total).toBeGreaterThan(0);
    const typeChart = page.locator("#breakdown-customerType-title").locator("xpath=ancestor::section[1]").getByTestId("dashboard-chart");
    await expect(typeChart.locator("svg .recharts-bar-rectangle").first()).toBeVisible();
    expect(await typeChart.locator("svg .recharts-bar-rectangle").count()).toBeGreaterThan(1);
    await expect(page.getByTestId("dashboard-trend-chart").locator("svg .recharts-line-curve")).toBeVisible();
    // Every chart has its table: the customer-type table adds up to the headline total.
    const counts = await page.getByTestId("table-byCustomerType").locator("tbody tr td:nth-child(2)").allInnerTexts();
    expect(counts.reduce((sum, c) => sum + Number(c.replace(/\D/g, "")), 0)).toBe(total);
    await expect(page.getByTestId("stage-meaning")).not.toBeEmpty();
    await expect(page.getByRole("heading", { name: "Voices of the week" })).toBeVisible();
  });

  await test.step("a full-page screenshot goes with the test's artifacts", async () => {
    const shot = await page.screenshot({ fullPage: true, path: testInfo.outputPath("dashboard.png") });
    await testInfo.attach("dashboard", { body: shot, contentType: "image/png" });
  });

  await test.step("a customer-type figure opens the queue filtered by that week and type", async () => {
    // The most frequent type last week (demo data: buyers or users).
    const rows = page.getByTestId("table-byCustomerType").locator("tbody tr");
    let best = { type: "", count: 0 };
    for (const type of ["BUYER", "USER", "INTERNAL", "PROSPECT", "CHURNED"]) {
      const figure = page.getByTestId(`figure-customerType-${type}`);
      if (await figure.count()) {
        const count = Number((await figure.innerText()).replace(/\D/g, ""));
        if (count > best.count) best = { type, count };
      }
    }
    expect(best.count).toBeGreaterThan(0);
    expect(await rows.count()).toBe(5);
    const label = { BUYER: "Buyer", USER: "User", INTERNAL: "Internal", PROSPECT: "Prospect", CHURNED: "Churned" }[best.type]!;
    await page.getByTestId(`figure-customerType-${best.type}`).click();
    await page.waitForURL((url) => url.pathname === "/inquiries");
    const url = new URL(page.url());
    expect(url.searchParams.get("week")).toBe(week);
    expect(url.searchParams.get("customerType")).toBe(best.type);
    await expect(page.getByTestId("queue-week-chip")).toBeVisible();
    await expect(page.getByLabel("Customer type")).toHaveValue(best.type);
    const queueRows = page.locator("table tbody tr");
    const shown = await queueRows.count();
    // A full first page, or every one of them when fewer.
    expect(shown).toBe(Math.min(best.count, 25));
    for (let i = 0; i < shown; i++) await expect(queueRows.nth(i)).toContainText(label);
  });

  await test.step("last week's digest page renders", async () => {
    const response = await page.goto(`/digest/${week}`);
    expect(response?.status()).toBe(200);
    // Built by the Monday job when the server was up then; otherwise the admin builds it here.
    const build = page.getByRole("button", { name: "Build this digest" });
    if (await build.isVisible()) {
      await build.click();
      await page.getByRole("button", { name: "Build and send" }).click();
    }
    await expect(page.getByText("Weekly VOC digest").first()).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });
});
