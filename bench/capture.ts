/**
 * Statement capture at the `pg` driver: every query any pg.Client in this process sends while a
 * capture is open is recorded (text, parameters, which connection, start/end time). The app's
 * PrismaClient (lib/db.ts, @prisma/adapter-pg) talks to PostgreSQL only through pg.Client, so
 * this counts exactly the statements Prisma sends — BEGIN/COMMIT included — with no change to
 * lib/. The raw-SQL floor replays the captured statements with plain pg, keeping the original
 * order and whatever ran concurrently (Promise.all) concurrent again.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";

export type Statement = {
  text: string;
  values: unknown[];
  /** the pg connection that ran it; statements of one connection replay on one connection */
  conn: object;
  start: number;
  end: number;
  /** SQLSTATE when the statement failed (e.g. 57014: a statement_timeout the app sets on purpose) */
  error?: string;
};

let open: Statement[] | null = null;
const ignored = new WeakSet<object>();
let installed = false;

/** Wraps pg.Client.prototype.query once; idle cost is one null check per query. */
export function installCapture() {
  if (installed) return;
  installed = true;
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function patchedQuery(this: object, config: unknown, values?: unknown, callback?: unknown) {
    if (!open || ignored.has(this) || config == null) return original.call(this, config, values, callback);
    const cfg = config as { text?: string; values?: unknown[]; submit?: unknown };
    if (typeof cfg.submit === "function") return original.call(this, config, values, callback);
    const rec: Statement = {
      text: typeof config === "string" ? config : String(cfg.text),
      values: Array.isArray(values) ? values : Array.isArray(cfg.values) ? cfg.values : [],
      conn: this,
      start: performance.now(),
      end: Number.NaN,
    };
    open.push(rec);
    const done = (err?: unknown) => {
      rec.end = performance.now();
      if (err) rec.error = String((err as { code?: unknown }).code ?? "error");
    };
    // pg-pool calls query(text, values, cb); Prisma's adapter goes through the pool.
    if (typeof callback === "function") {
      const cb = callback as (...a: unknown[]) => void;
      return original.call(this, config, values, (...a: unknown[]) => { done(a[0]); cb(...a); });
    }
    if (typeof values === "function") {
      const cb = values as (...a: unknown[]) => void;
      return original.call(this, config, (...a: unknown[]) => { done(a[0]); cb(...a); });
    }
    const result = original.call(this, config, values) as Promise<unknown>;
    result.then(() => done(), done);
    return result;
  };
}

/** Runs fn and returns the statements it sent. Captures do not nest. */
export async function capture<T>(fn: () => Promise<T>): Promise<{ result: T; statements: Statement[] }> {
  const statements: Statement[] = [];
  open = statements;
  try {
    const result = await fn();
    return { result, statements };
  } finally {
    open = null;
  }
}

/** A pool of plain pg connections for the floor; never captured. */
export class RawReplayer {
  private clients: pg.Client[] = [];
  constructor(private url: string) {}

  private async client(i: number): Promise<pg.Client> {
    while (this.clients.length <= i) {
      const c = new pg.Client({ connectionString: this.url });
      ignored.add(c);
      await c.connect();
      this.clients.push(c);
    }
    return this.clients[i];
  }

  /** Runs one query directly (hand-written SQL). */
  async query(text: string, values: unknown[] = []) {
    return (await this.client(0)).query(text, values);
  }

  /**
   * Replays statements as they were sent: groups of overlapping statements run concurrently
   * (each original connection mapped to one raw connection), groups run one after another.
   * An INSERT gets a new value for its "id" column: Prisma makes ids in JS, and the app's row
   * with that id already exists. A statement that failed in the app call (a statement_timeout
   * the app sets as a budget) may fail here too: that, and the aborted rest of its transaction,
   * is tolerated — the floor then waited for the same budget.
   */
  async replay(statements: Statement[]) {
    const tolerated = new Set(statements.some((s) => s.error) ? ["57014", "25P02"] : []);
    const connIndex = new Map<object, number>();
    const groups: Statement[][] = [];
    let groupEnd = -Infinity;
    for (const s of [...statements].sort((a, b) => a.start - b.start)) {
      if (!connIndex.has(s.conn)) connIndex.set(s.conn, connIndex.size);
      if (s.start >= groupEnd || !groups.length) groups.push([s]);
      else groups[groups.length - 1].push(s);
      groupEnd = Math.max(groupEnd, Number.isFinite(s.end) ? s.end : s.start);
    }
    for (const group of groups) {
      // Concurrent across connections; one connection's statements in order (as they were sent:
      // two parallel transactions interleave, but each connection runs one statement at a time).
      const byConn = new Map<number, Statement[]>();
      for (const s of group) byConn.set(connIndex.get(s.conn)!, [...(byConn.get(connIndex.get(s.conn)!) ?? []), s]);
      await Promise.all([...byConn].map(async ([i, list]) => {
        const c = await this.client(i);
        for (const s of list) {
          try {
            await c.query(s.text, freshIds(s.text, s.values));
          } catch (e) {
            if (!tolerated.has(String((e as { code?: unknown }).code))) throw e;
          }
        }
      }));
    }
  }

  async end() {
    await Promise.all(this.clients.map((c) => c.end().catch(() => {})));
    this.clients = [];
  }
}

/** For `INSERT INTO t ("id", …) VALUES ($1, …), (…)`: the parameters bound to "id" get new uuids. */
function freshIds(text: string, values: unknown[]): unknown[] {
  const m = /^\s*insert\s+into\s+\S+\s*\(([^)]*)\)\s*values\s*(.*)$/is.exec(text);
  if (!m) return values;
  const idCol = m[1].split(",").map((c) => c.trim().replace(/"/g, "")).indexOf("id");
  if (idCol < 0) return values;
  const out = [...values];
  for (const tuple of m[2].matchAll(/\(([^()]*)\)/g)) {
    const ref = /^\s*\$(\d+)/.exec(tuple[1].split(",")[idCol] ?? "");
    if (ref) out[Number(ref[1]) - 1] = randomUUID();
  }
  return out;
}
