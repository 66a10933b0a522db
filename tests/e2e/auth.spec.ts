import { test, expect } from "@playwright/test";
import { demoEmail, DEMO_PASSWORD } from "./support/env";

test.describe("sign in", () => {
  test("a wrong password shows a clear error and stays on /login", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill("agent2@loopdesk.test");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    // Next's route announcer is also role=alert; ours is the one with text.
    const alert = page.getByRole("alert").filter({ hasText: /\S/ });
    await expect(alert).toHaveText("That email and password do not match an active account.");
    await expect(page).toHaveURL(/\/login/);
    // No session was created: a private page still sends us back to the sign-in page.
    await page.goto("/inquiries");
    await expect(page).toHaveURL(/\/login/);
  });

  test("the right password lands on /inquiries", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill(demoEmail("agent"));
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL("**/inquiries");
    await expect(page.getByTestId("current-user")).toHaveText("Jisoo Park");
  });

  test("a signed-out visit to /inquiries redirects to /login", async ({ page }) => {
    const response = await page.goto("/inquiries");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Finquiries/);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  });
});
