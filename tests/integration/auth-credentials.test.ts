import { beforeEach, describe, expect, it } from "vitest";
import { verifyCredentials } from "@/lib/auth/credentials";
import { peek } from "@/lib/rate-limit/limiter";
import { createUser } from "@/prisma/seed/factories";
import { db, resetDb } from "./helpers";

describe("sign-in with email and password", () => {
  beforeEach(resetDb);

  it("accepts the right password (email case-insensitive) and returns who signed in", async () => {
    const user = await createUser(db, { email: "kim@loopdesk.test", role: "AGENT", name: "Kim" });
    const result = await verifyCredentials({ email: "  KIM@loopdesk.test ", password: "loopdesk-demo" });
    expect(result).toEqual({ id: user.id, email: "kim@loopdesk.test", name: "Kim", role: "AGENT" });
  });

  it("answers a wrong password and an unknown email the same way, and counts the failures", async () => {
    await createUser(db, { email: "kim@loopdesk.test" });
    expect(await verifyCredentials({ email: "kim@loopdesk.test", password: "wrong" })).toBeNull();
    expect(await verifyCredentials({ email: "nobody@loopdesk.test", password: "loopdesk-demo" })).toBeNull();
    expect(await peek("signin:kim@loopdesk.test", 15 * 60)).toBe(1);
    expect(await peek("signin:nobody@loopdesk.test", 15 * 60)).toBe(1);
  });

  it("slows down repeated failures, and a success clears the count", async () => {
    await createUser(db, { email: "kim@loopdesk.test" });
    for (let i = 0; i < 3; i++) await verifyCredentials({ email: "kim@loopdesk.test", password: "wrong" });
    const started = Date.now();
    expect(await verifyCredentials({ email: "kim@loopdesk.test", password: "wrong" })).toBeNull();
    expect(Date.now() - started).toBeGreaterThanOrEqual(450); // 4th attempt waits 500 ms first
    expect(await verifyCredentials({ email: "kim@loopdesk.test", password: "loopdesk-demo" })).not.toBeNull();
    expect(await peek("signin:kim@loopdesk.test", 15 * 60)).toBe(0);
  });

  it("refuses a deactivated user even with the right password", async () => {
    await createUser(db, { email: "gone@loopdesk.test", active: false });
    expect(await verifyCredentials({ email: "gone@loopdesk.test", password: "loopdesk-demo" })).toBeNull();
  });

  it("refuses malformed input without touching the database", async () => {
    expect(await verifyCredentials({ email: "not-an-email", password: "x" })).toBeNull();
    expect(await verifyCredentials(undefined)).toBeNull();
  });
});
