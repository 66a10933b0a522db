import "server-only";
import { z } from "zod";

/**
 * The one reader of process.env. `npm run dev|start` (scripts/run.ts) fills DATABASE_URL,
 * NEXTAUTH_SECRET and NEXTAUTH_URL when they are not given, so a fresh clone needs no .env.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url(),
  NEXTAUTH_SECRET: z.string().min(16),
  NEXTAUTH_URL: z.string().url().default("http://localhost:3000"),
  ORG_TIME_ZONE: z.string().default("Asia/Seoul"),
  /** Read the client IP from X-Forwarded-For (only behind a proxy you control). */
  TRUST_PROXY: z.enum(["0", "1"]).default("0").transform((v) => v === "1"),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /**
   * Outgoing mail, e.g. smtp://user:pass@smtp.example.com:587 (smtps:// for TLS). Unset: messages
   * to customers stay in the outbox (/outbox) instead of being sent.
   */
  SMTP_URL: z.preprocess((v) => (v === "" ? undefined : v), z.string().url().optional()),
  /** Sender of outgoing mail, e.g. "Loopdesk <support@example.com>". */
  MAIL_FROM: z.string().min(3).default("Loopdesk <no-reply@loopdesk.invalid>"),
});

function parseEnv() {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment (see .env.example):\n${lines}`);
  }
  return parsed.data;
}

export const env = parseEnv();
