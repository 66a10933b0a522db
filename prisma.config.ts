/**
 * Prisma CLI config. Migrations run on the JavaScript schema engine (WebAssembly, shipped in
 * the `prisma` package) because the native engine cannot be downloaded here (ENVIRONMENT.md).
 * Two upstream 6.19 bugs are worked around below; the app's runtime client needs neither.
 */
import path from "node:path";
import pg from "pg";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import { pgConfigFromUrl } from "./lib/db-url";

// prisma/prisma#27403: the engine reads catalog columns typed `name` (19) and `char` (18),
// which @prisma/adapter-pg refuses. Report them as `text` (25).
function retypeFields(result: unknown) {
  for (const r of Array.isArray(result) ? result : [result]) {
    const fields = (r as pg.QueryResult | undefined)?.fields;
    if (!fields) continue;
    for (const f of fields) if (f.dataTypeID === 18 || f.dataTypeID === 19) f.dataTypeID = 25;
  }
  return result;
}

class CatalogSafeClient extends pg.Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(...args: any[]): any {
    const cb = typeof args[args.length - 1] === "function" ? args.pop() : undefined;
    if (cb) {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return (super.query as any)(...args, (err: Error, res: unknown) => cb(err, err ? res : retypeFields(res)));
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const out = (super.query as any)(...args);
    return out && typeof out.then === "function" ? out.then(retypeFields) : out;
  }
}

type ScriptRunner = { executeScript(script: string): Promise<void>; onError?(error: unknown): never };

/**
 * The adapter runs a migration by splitting it on every ";" — which cuts PL/pgSQL function bodies
 * (the rollup triggers) apart. Send the whole script as one simple-protocol query instead: the
 * server parses dollar quotes itself, and a multi-statement query runs as one implicit
 * transaction, so a failing migration leaves nothing half-applied.
 */
function runScriptsWhole<T extends object>(adapter: T, client: pg.Pool | pg.Client): T {
  (adapter as unknown as ScriptRunner).executeScript = async (script: string) => {
    await client.query(script);
  };
  return adapter;
}

/** The stock shadow database handling drops the database while its pool is still connected. */
class MigrationPg extends PrismaPg {
  constructor(private readonly cfg: pg.PoolConfig) {
    super(cfg);
  }
  async connect() {
    const adapter = await super.connect();
    return runScriptsWhole(adapter, (adapter as unknown as { client: pg.Pool }).client);
  }
  async connectToShadowDb() {
    const admin = new pg.Client({ ...this.cfg, Client: undefined } as pg.ClientConfig);
    await admin.connect();
    const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
    await admin.query(`CREATE DATABASE "${database}"`);
    await admin.end();
    const shadow = new PrismaPg({ ...this.cfg, database });
    const adapter = await shadow.connect();
    runScriptsWhole(adapter, (adapter as unknown as { client: pg.Pool }).client);
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      const dropper = new pg.Client({ ...this.cfg, Client: undefined } as pg.ClientConfig);
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await dropper.end();
    };
    return adapter;
  }
}

// `prisma generate` reads the schema's env("DATABASE_URL") but never connects: a placeholder is enough.
process.env.DATABASE_URL ??= "postgresql://placeholder@127.0.0.1:5432/placeholder";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set (run through `npm run db:migrate`).");
    return new MigrationPg({ ...pgConfigFromUrl(url), Client: CatalogSafeClient });
  },
});
