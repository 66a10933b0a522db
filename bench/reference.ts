/**
 * Reference data the bench seeds: the demo users, tags, churn reasons and SLA targets, taken from
 * the app's own modules (prisma/seed/demo.ts, prisma/seed/factories.ts, lib/inquiries/rules.ts)
 * so the bench signs in with the same accounts the README lists. Those files are edited by other
 * people while the bench runs; if one of them does not import, the bench falls back to the copy
 * below (same emails, names and values as of this writing) and says so, instead of not running.
 */
import { hashSync } from "bcryptjs";

type Role = "ADMIN" | "AGENT" | "PRODUCT" | "MEMBER";
type Priority = "LOW" | "NORMAL" | "HIGH" | "URGENT";
export type Reference = {
  users: { email: string; name: string; role: Role }[];
  tags: [string, string][];
  churnReasons: string[];
  password: string;
  passwordHash: string;
  slaTargets: Record<Priority, { firstResponseMinutes: number; resolutionMinutes: number }>;
  fallbacks: string[];
};

const fallback = {
  users: [
    { email: "admin@loopdesk.test", name: "Minji Kim (Admin)", role: "ADMIN" },
    { email: "agent@loopdesk.test", name: "Jisoo Park", role: "AGENT" },
    { email: "agent2@loopdesk.test", name: "Alex Chen", role: "AGENT" },
    { email: "product@loopdesk.test", name: "Dohyun Lee (Product)", role: "PRODUCT" },
    { email: "member@loopdesk.test", name: "Sora Choi (Marketing)", role: "MEMBER" },
  ] as Reference["users"],
  tags: [["billing", "amber"], ["delivery", "sky"], ["bug", "rose"], ["how-to", "indigo"],
    ["feature request", "violet"], ["complaint", "rose"], ["account", "slate"], ["refund", "amber"]] as [string, string][],
  churnReasons: ["Price", "Missing feature", "Product quality", "Service experience", "Switched to competitor", "No longer needed"],
  password: "loopdesk-demo",
  slaTargets: {
    URGENT: { firstResponseMinutes: 60, resolutionMinutes: 4 * 60 },
    HIGH: { firstResponseMinutes: 4 * 60, resolutionMinutes: 24 * 60 },
    NORMAL: { firstResponseMinutes: 8 * 60, resolutionMinutes: 3 * 24 * 60 },
    LOW: { firstResponseMinutes: 24 * 60, resolutionMinutes: 7 * 24 * 60 },
  } as Reference["slaTargets"],
};

let cached: Reference | undefined;

export async function reference(): Promise<Reference> {
  if (cached) return cached;
  const fallbacks: string[] = [];
  // Specifiers in variables: tsc must not depend on these files' current exports.
  const load = async (spec: string): Promise<Record<string, unknown>> => {
    try {
      return (await import(spec)) as Record<string, unknown>;
    } catch (e) {
      fallbacks.push(`${spec}: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
      return {};
    }
  };
  const demo = await load("@/prisma/seed/demo");
  const factories = await load("@/prisma/seed/factories");
  const rules = await load("@/lib/inquiries/rules");
  const pick = <T>(mod: Record<string, unknown>, name: string, def: T): T => (mod[name] !== undefined ? (mod[name] as T) : def);
  const users = [...pick(demo, "demoUsers", fallback.users)];
  const password = pick(factories, "DEMO_PASSWORD", fallback.password);
  const hashFn = pick<(() => string) | null>(factories, "demoPasswordHash", null);
  cached = {
    users,
    tags: pick(demo, "demoTags", fallback.tags).map(([n, c]) => [n, c] as [string, string]),
    churnReasons: [...pick(demo, "demoChurnReasons", fallback.churnReasons)],
    password,
    passwordHash: hashFn ? hashFn() : hashSync(password, 10),
    slaTargets: pick(rules, "defaultSlaTargets", fallback.slaTargets),
    fallbacks,
  };
  return cached;
}
