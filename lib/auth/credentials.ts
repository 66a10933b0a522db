import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { hashSync } from "bcryptjs";
import { verifyPassword } from "./password";
import { clear, hit, peek } from "@/lib/rate-limit/limiter";
import { signInDelayMs } from "@/lib/rate-limit/rules";

const FAILURE_WINDOW_SECONDS = 15 * 60;
const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(200),
});

// Compared against when the email is unknown, so timing does not tell which part was wrong.
const DUMMY_HASH = hashSync("loopdesk-timing-equaliser", 10);

/**
 * Checks a sign-in attempt. Repeated failures for an email are slowed down (progressive delay);
 * the answer never says whether the email or the password was wrong.
 */
export async function verifyCredentials(raw: unknown) {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const key = `signin:${email}`;

  const failures = await peek(key, FAILURE_WINDOW_SECONDS);
  const delay = signInDelayMs(failures);
  if (delay) await new Promise((r) => setTimeout(r, delay));

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, active: true, passwordHash: true },
  });
  const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok || !user.active) {
    await hit(key, Number.MAX_SAFE_INTEGER, FAILURE_WINDOW_SECONDS);
    return null;
  }
  if (failures) await clear(key);
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
