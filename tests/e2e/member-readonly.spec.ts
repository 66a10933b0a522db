/**
 * MEMBER is read-only: no control to write anywhere, the write pages are not found, and a real
 * server-action request replayed with the member's cookies is refused and changes nothing.
 */
import { test, expect, type Request } from "@playwright/test";
import { createInquiry } from "../../prisma/seed/factories";
import { authFile, BASE_URL } from "./support/env";
import { closeE2eDb, e2eDb, uniqueSuffix } from "./support/db";

test.afterAll(closeE2eDb);

test("a member finds no way to write, and a crafted server-action POST is refused", async ({ browser }) => {
  const id = uniqueSuffix();
  const subject = `Member boundary check ${id}`;
  const inquiry = await createInquiry(e2eDb(), { subject, body: "Visible to everyone, writable by staff only." });
  const detail = `/inquiries/${inquiry.id}`;
  const noteCount = () => e2eDb().inquiryEvent.count({ where: { inquiryId: inquiry.id, kind: "NOTE" } });

  const agentContext = await browser.newContext({ storageState: authFile("agent") });
  const memberContext = await browser.newContext({ storageState: authFile("member") });

  // A genuine "Add note" server-action request, captured from the agent's browser and kept from
  // reaching the server, so the inquiry is untouched (same version) when it is replayed.
  const noteText = `Internal note ${id}`;
  let captured: { url: string; headers: Record<string, string>; body: Buffer } | undefined;
  await test.step("capture an agent's Add note request", async () => {
    const agent = await agentContext.newPage();
    await agent.route(`**${detail}`, async (route, request: Request) => {
      const headers = await request.allHeaders();
      if (request.method() === "POST" && headers["next-action"]) {
        captured = { url: request.url(), headers, body: request.postDataBuffer() ?? Buffer.alloc(0) };
        return route.abort();
      }
      return route.continue();
    });
    await agent.goto(detail);
    await agent.getByLabel("Internal note", { exact: true }).fill(noteText);
    await agent.getByRole("button", { name: "Add note" }).click();
    await expect.poll(() => captured).toBeTruthy();
    await agent.close();
  });
  expect(await noteCount()).toBe(0);

  const replay = (context: typeof memberContext) => {
    const headers = Object.fromEntries(
      Object.entries(captured!.headers).filter(([k]) => !["cookie", "content-length", "host"].includes(k.toLowerCase())),
    );
    return context.request.post(captured!.url, { headers: { ...headers, origin: BASE_URL }, data: captured!.body });
  };

  await test.step("the member's replay is refused and changes nothing", async () => {
    const res = await replay(memberContext);
    expect(await res.text()).toContain("You are not allowed to do this.");
    expect(await noteCount()).toBe(0);
  });

  await test.step("control: the same request from the agent does add the note", async () => {
    const res = await replay(agentContext);
    expect(res.ok()).toBe(true);
    await expect.poll(noteCount).toBe(1);
  });

  await test.step("the member sees the inquiry but no control to change it", async () => {
    const member = await memberContext.newPage();
    await member.goto("/inquiries");
    await expect(member.getByTestId("current-user")).toHaveText("Sora Choi (Marketing)");
    await expect(member.getByRole("link", { name: "New inquiry" })).toHaveCount(0);
    await expect(member.getByRole("link", { name: "Admin" })).toHaveCount(0);

    await member.goto(detail);
    await expect(member.getByRole("heading", { name: subject })).toBeVisible();
    await expect(member.getByText(noteText)).toBeVisible();
    for (const name of ["Send reply", "Add note", "Resolve", "Reopen", "Mark pending"]) {
      await expect(member.getByRole("button", { name })).toHaveCount(0);
    }
    await expect(member.getByLabel("Assign to")).toHaveCount(0);
    await expect(member.getByRole("main").getByRole("textbox")).toHaveCount(0);

    // The not-found page with a real 404, not a form (both routes check the role in a layout,
    // outside their loading.tsx boundary).
    for (const path of ["/inquiries/new", "/admin"]) {
      const res = await member.goto(path);
      expect(res?.status(), path).toBe(404);
      await expect(member.getByRole("heading", { name: "Not found" })).toBeVisible();
      await expect(member.getByRole("button", { name: "Log inquiry" })).toHaveCount(0);
      await expect(member.getByRole("main").getByRole("textbox")).toHaveCount(0);
    }
  });

  await agentContext.close();
  await memberContext.close();
});
