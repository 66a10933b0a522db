import pg from "pg";
const c = new pg.Client({ connectionString: process.env.U });
await c.connect();
for (const q of process.argv.slice(2)) { const r = await c.query(q); console.log(q.slice(0,80)); console.table(r.rows); }
await c.end();
