/**
 * Runs SQL against the bench database and prints the rows — for looking at plans and data while
 * investigating a path: `BENCH_DATABASE_URL=… npx tsx bench/sql.ts "EXPLAIN (ANALYZE, BUFFERS) …" …`
 */
import pg from "pg";

const url = process.env.BENCH_DATABASE_URL;
if (!url) throw new Error("set BENCH_DATABASE_URL (e.g. the URL `npm run bench -- --keep-db` prints)");
const c = new pg.Client({ connectionString: url });
await c.connect();
try {
  for (const q of process.argv.slice(2)) {
    const r = await c.query(q);
    console.log(`-- ${q.replace(/\s+/g, " ").slice(0, 160)}`);
    if (r.fields.length === 1 && r.fields[0].name === "QUERY PLAN") console.log(r.rows.map((row) => row["QUERY PLAN"]).join("\n"));
    else console.table(r.rows);
  }
} finally {
  await c.end();
}
