/**
 * How the bench reaches lib/: by specifiers held in variables, so the bench type-checks and runs
 * while lib/ is being changed, and a module or export that is missing is reported in its row
 * instead of stopping the bench. Import only after the environment is set (lib/env.ts reads it
 * at import time).
 */
const firstLine = (e: unknown) => (e instanceof Error ? e.message.split("\n")[0] : String(e));

export type LibImporter = {
  /** What could not be imported: "spec" or "spec#export" → why. */
  missing: Record<string, string>;
  load: (spec: string) => Promise<Record<string, unknown>>;
  /** An exported function (or object, e.g. a schema or the db client), or undefined (recorded as missing). */
  pick: <T>(mod: Record<string, unknown>, spec: string, name: string) => T | undefined;
};

export function libImporter(): LibImporter {
  const missing: Record<string, string> = {};
  return {
    missing,
    async load(spec) {
      try {
        return (await import(spec)) as Record<string, unknown>;
      } catch (e) {
        missing[spec] = firstLine(e);
        return {};
      }
    },
    pick<T>(mod: Record<string, unknown>, spec: string, name: string) {
      if (typeof mod[name] === "function" || (mod[name] && typeof mod[name] === "object")) return mod[name] as T;
      missing[`${spec}#${name}`] ??= "export not found";
      return undefined;
    },
  };
}

type Disconnectable = { $disconnect: () => Promise<void> };

/**
 * One lib/ rollup rebuild (`spec`'s export `name`, called with a PrismaClient) on its own small
 * client, timed — what a repair runs.
 */
export async function timedRebuild(url: string, spec: string, name: string): Promise<{ seconds: number } | { error: string }> {
  let prisma: Disconnectable | null = null;
  try {
    const rebuild = ((await import(spec)) as Record<string, (client: unknown) => Promise<void>>)[name];
    if (typeof rebuild !== "function") return { error: `${spec}#${name}: export not found` };
    const factorySpec = "@/lib/prisma-factory";
    prisma = ((await import(factorySpec)) as { createPrisma: (url: string, max?: number) => Disconnectable }).createPrisma(url, 2);
    const started = performance.now();
    await rebuild(prisma);
    return { seconds: Number(((performance.now() - started) / 1000).toFixed(2)) };
  } catch (e) {
    return { error: firstLine(e) };
  } finally {
    await prisma?.$disconnect().catch(() => {});
  }
}
