/** Signs in once per role through the real /login page and keeps each session's cookies. */
import { test as setup, expect } from "@playwright/test";
import { authFile, demoEmail, DEMO_PASSWORD, type Role } from "./support/env";

const roles: Role[] = ["admin", "agent", "product", "member"];

for (const role of roles) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill(demoEmail(role));
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    // Each role lands on its home page (ADMIN and MEMBER: /dashboard; AGENT and PRODUCT: /inquiries).
    await page.waitForURL((url) => url.pathname === (role === "admin" || role === "member" ? "/dashboard" : "/inquiries"));
    // The session itself, not the queue page: a broken queue must fail its own specs, not sign-in.
    const session = await (await page.request.get("/api/auth/session")).json();
    expect(session?.user?.email).toBe(demoEmail(role));
    await page.context().storageState({ path: authFile(role) });
  });
}
