/**
 * Seeds the bench database directly in SQL: reference data (the five demo users, the demo tags,
 * churn reasons, SLA targets), ~20k customers, N inquiries with tags, and timelines for the
 * recent inquiries and for the inquiries the detail benchmark opens.
 *
 * Speed: the inquiry tables' primary keys, unique and secondary indexes and foreign keys are
 * dropped before the load and rebuilt afterwards (two index builds at a time, one per core),
 * then VACUUM ANALYZE — the way a bulk load into PostgreSQL is done, and what keeps 1M rows in a
 * few minutes on 2 cores.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { problemTimelines, rebuildRollups, stageProblems, type ProblemSeed } from "./problems";
import { reference } from "./reference";
import { rebuildSurveyRollupsTimed, seedSurveys, type SurveySeed } from "./surveys";
import { seedStaff, type StaffSeed } from "./dashboard";
import { timedRebuild } from "./lib-import";
import * as v from "./vocab";

export type SeedResult = {
  inquiries: number;
  customers: number;
  inquiryTags: number;
  events: number;
  seconds: number;
  steps: { step: string; seconds: number }[];
  users: Record<string, string>;
  tags: Record<string, string>;
  detailIds: string[];
  wordShares: Record<string, number>;
  /** The fix board (bench/problems.ts); null when seeded without problems. */
  problems: (ProblemSeed & { rebuildSeconds: number | null; rebuildError?: string }) | null;
  /** Surveys (bench/surveys.ts); null when seeded without them. */
  surveys: SurveySeed | null;
  /** Non-CS staff and what they looked at (bench/dashboard.ts): the dashboard's visibility rows. */
  staff: StaffSeed;
};

/** Tables whose keys/indexes are dropped during the load (and every FK pointing at them). */
const LOAD_TABLES = ["Inquiry", "InquiryTag", "InquiryEvent"];
const SURVEY_TABLES = ["SurveyRequest", "SurveyResponse"];

type Constraint = { name: string; tbl: string; def: string; contype: string };
type Index = { name: string; def: string };

export async function seed(
  url: string,
  opts: { inquiries: number; detailSample: number; log: (s: string) => void; problems?: number; shipRuns?: number; surveys?: boolean },
): Promise<SeedResult> {
  const N = opts.inquiries;
  const C = Math.max(100, Math.min(20_000, Math.round(N / 5)));
  const log = opts.log;
  const steps: SeedResult["steps"] = [];
  const t0 = performance.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const q = (text: string, values?: unknown[]) => client.query(text, values);
  const step = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const s = performance.now();
    const r = await fn();
    const seconds = (performance.now() - s) / 1000;
    steps.push({ step: name, seconds: Number(seconds.toFixed(2)) });
    log(`  ${name.padEnd(44)} ${seconds.toFixed(1).padStart(7)} s`);
    return r;
  };
  let saved: { constraints: Constraint[]; indexes: Index[] } | null = null;
  /** Tables whose rollup triggers are off during the load (re-enabled before anything is measured). */
  let triggersOff: string[] = [];
  try {
    await q(`SET temp_buffers = '256MB'`);
    await q(`SET work_mem = '64MB'`);
    await q(`SET maintenance_work_mem = '512MB'`);
    await q(`SET synchronous_commit = off`);
    await q(`SELECT setseed(0.4242)`);
    // Row triggers (the dashboard rollups, migration dashboard_rollups) would run once per loaded
    // row — and look up the inquiry while its primary key is dropped: quadratic at 1M. They are off
    // during the load; the rollups are rebuilt from the rows afterwards, and the triggers are back
    // on for everything the bench measures (shipping included).
    triggersOff = (await q(`SELECT DISTINCT c.oid::regclass::text AS tbl FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
      WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace ORDER BY 1`)).rows.map((r) => r.tbl as string);
    for (const t of triggersOff) await q(`ALTER TABLE ${t} DISABLE TRIGGER USER`);
    const nowUtc = `(now() AT TIME ZONE 'UTC')`;

    // --- reference data -------------------------------------------------------------------
    const ref = await reference();
    const defaultSlaTargets = ref.slaTargets;
    const priorities = ["LOW", "NORMAL", "HIGH", "URGENT"] as const;
    // The demo tags, plus any tag the vocabulary files inquiries under (so no topic is lost).
    const demoTags: [string, string][] = [...ref.tags];
    for (const t of v.topics) if (!demoTags.some(([n]) => n === t.tag)) demoTags.push([t.tag, "slate"]);
    const users: Record<string, string> = {};
    const tags: Record<string, string> = {};
    await step("users, tags, churn reasons, SLA targets", async () => {
      const hash = ref.passwordHash;
      for (const u of ref.users) {
        const id = randomUUID();
        users[u.email] = id;
        await q(`INSERT INTO "User"(id, email, name, "passwordHash", role, "updatedAt") VALUES ($1, $2, $3, $4, $5, ${nowUtc})`,
          [id, u.email, u.name, hash, u.role]);
      }
      for (const [name, color] of demoTags) {
        const id = randomUUID();
        tags[name] = id;
        await q(`INSERT INTO "Tag"(id, name, color) VALUES ($1, $2, $3)`, [id, name, color]);
      }
      for (const name of ref.churnReasons) await q(`INSERT INTO "ChurnReasonCategory"(id, name) VALUES (gen_random_uuid(), $1)`, [name]);
      for (const p of priorities) {
        await q(`INSERT INTO "SlaTarget"(priority, "firstResponseMinutes", "resolutionMinutes", "updatedAt") VALUES ($1, $2, $3, ${nowUtc})`,
          [p, defaultSlaTargets[p].firstResponseMinutes, defaultSlaTargets[p].resolutionMinutes]);
      }
    });
    const tagNames = demoTags.map(([name]) => name);
    const tagIds = tagNames.map((n) => tags[n]);
    const agent = users["agent@loopdesk.test"];
    const agent2 = users["agent2@loopdesk.test"];
    const admin = users["admin@loopdesk.test"];

    // --- vocabulary as temp tables --------------------------------------------------------
    await q(`CREATE TEMP TABLE bench_topic AS
      SELECT t.id, t.lang, t.tag, t.weight, t.subjects, t.sentences, tg.id AS tag_id,
             (array_position($2::text[], t.tag) - 1) AS tag_idx
      FROM jsonb_to_recordset($1::jsonb) AS t(id int, lang text, tag text, weight int, subjects text[], sentences text[])
      JOIN "Tag" tg ON tg.name = t.tag`, [JSON.stringify(v.topics.map((t, id) => ({ id, ...t }))), tagNames]);
    await q(`CREATE TEMP TABLE bench_slot AS
      SELECT lang, (row_number() OVER (PARTITION BY lang ORDER BY id, k) - 1)::int AS slot, id AS topic_id
      FROM bench_topic, generate_series(1, weight) k`);
    const slots = Object.fromEntries((await q(`SELECT lang, count(*)::int AS n FROM bench_slot GROUP BY lang`)).rows.map((r) => [r.lang, r.n]));
    await q(`CREATE TEMP TABLE bench_lang AS SELECT * FROM jsonb_to_recordset($1::jsonb)
      AS l(lang text, greetings text[], closings text[], order_label text, replies text[], notes text[])`,
    [JSON.stringify((["ko", "en"] as const).map((lang) => ({
      lang, greetings: v.greetings[lang], closings: v.closings[lang], order_label: v.orderLabel[lang], replies: v.replies[lang], notes: v.notes[lang],
    })))]);

    // --- customers ------------------------------------------------------------------------
    await step(`customers (${C.toLocaleString("en")})`, async () => {
      await q(`CREATE TEMP TABLE bench_customer AS
        SELECT g AS idx, gen_random_uuid() AS id,
          (CASE WHEN r < 0.05 THEN 'INTERNAL' WHEN r < 0.25 THEN 'PROSPECT' WHEN r < 0.45 THEN 'BUYER'
                WHEN r < 0.90 THEN 'USER' ELSE 'CHURNED' END)::"CustomerType" AS type, r_lang
        FROM (SELECT g, random() AS r, random() AS r_lang FROM generate_series(1, ${C}) g) s`);
      await q(`CREATE UNIQUE INDEX ON bench_customer(idx)`);
      const cats = (await q(`SELECT id FROM "ChurnReasonCategory" ORDER BY name`)).rows.map((r) => r.id);
      await q(`INSERT INTO "Customer"(id, name, email, phone, company, type, "churnReason", "churnReasonCategoryId", "churnedAt", "createdAt", "updatedAt")
        SELECT c.id,
          CASE WHEN c.r_lang < 0.75
            THEN ($1::text[])[1 + floor(random() * cardinality($1::text[]))::int] || ($2::text[])[1 + floor(random() * cardinality($2::text[]))::int]
            ELSE ($3::text[])[1 + floor(random() * cardinality($3::text[]))::int] || ' ' || ($4::text[])[1 + floor(random() * cardinality($4::text[]))::int] END,
          'customer' || c.idx || CASE WHEN c.type = 'INTERNAL' THEN '@loopdesk.test' ELSE '@example.com' END,
          '010-' || lpad(floor(random() * 10000)::int::text, 4, '0') || '-' || lpad(floor(random() * 10000)::int::text, 4, '0'),
          CASE WHEN c.type = 'INTERNAL' THEN 'Loopdesk'
               WHEN c.type = 'BUYER' OR random() < 0.2 THEN ($5::text[])[1 + floor(random() * cardinality($5::text[]))::int] END,
          c.type,
          CASE WHEN c.type = 'CHURNED' THEN ($6::text[])[1 + floor(random() * cardinality($6::text[]))::int] END,
          CASE WHEN c.type = 'CHURNED' THEN ($7::uuid[])[1 + floor(random() * cardinality($7::uuid[]))::int] END,
          CASE WHEN c.type = 'CHURNED' THEN ${nowUtc} - random() * interval '300 days' END,
          ${nowUtc} - interval '740 days' + random() * interval '400 days', ${nowUtc}
        FROM bench_customer c`,
      [v.koSurnames, v.koGiven, v.enFirst, v.enLast, v.companies, v.churnReasons, cats]);
      // A third of the users are paid for by a buyer (the payer is not the user).
      await q(`WITH b AS (SELECT id, row_number() OVER (ORDER BY idx) AS rn FROM bench_customer WHERE type = 'BUYER'),
                    nb AS (SELECT count(*) AS n FROM b)
        UPDATE "Customer" c SET "paidById" = b.id
        FROM bench_customer bc, b, nb
        WHERE bc.id = c.id AND bc.type = 'USER' AND bc.idx % 3 = 0 AND nb.n > 0 AND b.rn = 1 + (bc.idx * 7919) % nb.n`);
      await q(`INSERT INTO "CustomerTypeChange"(id, "customerId", "fromType", "toType", reason, "reasonCategoryId", "actorId", "createdAt")
        SELECT gen_random_uuid(), id, 'USER', 'CHURNED', "churnReason", "churnReasonCategoryId", $1, "churnedAt"
        FROM "Customer" WHERE type = 'CHURNED'`, [admin]);
    });

    // --- drop keys and indexes around the load --------------------------------------------
    saved = await step("drop inquiry keys, indexes, foreign keys", () => dropKeys(q, LOAD_TABLES));

    // --- inquiries ------------------------------------------------------------------------
    await step(`stage ${N.toLocaleString("en")} inquiries`, async () => {
      const NT = tagIds.length;
      await q(`CREATE TEMP TABLE bench_src AS
        SELECT gen_random_uuid() AS id, t.id AS topic_id, t.lang, t.tag_id,
          CASE WHEN x.r_tag2 < 0.35 THEN ($1::uuid[])[1 + (t.tag_idx + 1 + floor(x.r_tag2b * ${NT - 1})::int) % ${NT}] END AS tag2_id,
          c.id AS customer_id,
          (CASE WHEN c.type = 'CHURNED' AND x.r_snap < 0.6 THEN 'USER'
                WHEN c.type = 'CHURNED' AND x.r_snap < 0.75 THEN 'BUYER'
                ELSE c.type::text END)::"CustomerType" AS customer_type,
          (CASE WHEN c.type = 'INTERNAL' THEN
                  CASE WHEN x.r_chan < 0.6 THEN 'INTERNAL' WHEN x.r_chan < 0.85 THEN 'CHAT' ELSE 'EMAIL' END
                ELSE CASE WHEN x.r_chan < 0.30 THEN 'EMAIL' WHEN x.r_chan < 0.60 THEN 'CHAT' WHEN x.r_chan < 0.78 THEN 'PHONE'
                          WHEN x.r_chan < 0.90 THEN 'WEB_FORM' WHEN x.r_chan < 0.97 THEN 'SOCIAL' ELSE 'IN_PERSON' END
           END)::"Channel" AS channel,
          (CASE WHEN x.r_prio < 0.15 THEN 'LOW' WHEN x.r_prio < 0.75 THEN 'NORMAL' WHEN x.r_prio < 0.95 THEN 'HIGH' ELSE 'URGENT' END)::"Priority" AS priority,
          (${nowUtc} - x.age_days * interval '1 day')::timestamp(3) AS created_at,
          (CASE
            WHEN x.age_days < 1 THEN CASE WHEN x.r_status < 0.35 THEN 'NEW' WHEN x.r_status < 0.70 THEN 'OPEN' WHEN x.r_status < 0.85 THEN 'PENDING' ELSE 'RESOLVED' END
            WHEN x.age_days < 7 THEN CASE WHEN x.r_status < 0.05 THEN 'NEW' WHEN x.r_status < 0.25 THEN 'OPEN' WHEN x.r_status < 0.40 THEN 'PENDING' WHEN x.r_status < 0.90 THEN 'RESOLVED' ELSE 'CLOSED' END
            WHEN x.age_days < 30 THEN CASE WHEN x.r_status < 0.03 THEN 'OPEN' WHEN x.r_status < 0.07 THEN 'PENDING' WHEN x.r_status < 0.45 THEN 'RESOLVED' ELSE 'CLOSED' END
            ELSE CASE WHEN x.r_status < 0.002 THEN 'OPEN' WHEN x.r_status < 0.004 THEN 'PENDING' WHEN x.r_status < 0.08 THEN 'RESOLVED' ELSE 'CLOSED' END
          END)::"InquiryStatus" AS status,
          x.r_asg, x.r_resp, x.r_res, x.r_close, x.r_s1
        FROM (
          SELECT g, CASE WHEN random() < ${v.koShare} THEN 'ko' ELSE 'en' END AS lang,
            random() AS r_topic,
            1 + floor(power(random(), 1.5) * ${C})::int AS cust_idx,
            -- recent-heavy over two years: density grows towards today (a growing company)
            730 * (1 - power(random(), 0.4)) AS age_days,
            random() AS r_status, random() AS r_prio, random() AS r_asg, random() AS r_tag2, random() AS r_tag2b,
            random() AS r_chan, random() AS r_snap, random() AS r_resp, random() AS r_res, random() AS r_close, random() AS r_s1
          FROM generate_series(1, ${N}) g
        ) x
        JOIN bench_slot sl ON sl.lang = x.lang AND sl.slot = floor(x.r_topic * CASE x.lang WHEN 'ko' THEN ${slots.ko} ELSE ${slots.en} END)::int
        JOIN bench_topic t ON t.id = sl.topic_id
        JOIN bench_customer c ON c.idx = x.cust_idx`, [tagIds]);
      await q(`ALTER TABLE bench_src ADD COLUMN problem_id uuid`);
    });

    // --- the fix board: problems, and which inquiries are linked (before the inquiries go in) ---
    let problems: SeedResult["problems"] = null;
    const P = opts.problems ?? 0;
    if (P > 0) {
      const staged = await step(`stage ${P.toLocaleString("en")} problems, link 30% of inquiries`, () =>
        stageProblems(q, { inquiries: N, problems: P, linkShare: 0.3, shipRuns: opts.shipRuns ?? 5, users, nowUtc }));
      problems = { ...staged, rebuildSeconds: null };
    }

    await step("insert inquiries (ordered by createdAt)", async () => {
      await q(`INSERT INTO "Inquiry"(id, subject, body, channel, "customerId", "customerType", priority, status, "assigneeId", "createdById",
                                     "dueAt", "firstResponseAt", "resolvedAt", "closedAt", version, "createdAt", "updatedAt", "problemId")
        SELECT z.id, z.subject, z.body, z.channel, z.customer_id, z.customer_type, z.priority, z.status, z.assignee_id,
          COALESCE(z.assignee_id, $1),
          z.created_at + (CASE z.priority WHEN 'LOW' THEN ${defaultSlaTargets.LOW.resolutionMinutes} WHEN 'NORMAL' THEN ${defaultSlaTargets.NORMAL.resolutionMinutes}
                          WHEN 'HIGH' THEN ${defaultSlaTargets.HIGH.resolutionMinutes} ELSE ${defaultSlaTargets.URGENT.resolutionMinutes} END) * interval '1 minute',
          z.first_response_at, z.resolved_at, z.closed_at,
          1 + (z.first_response_at IS NOT NULL)::int + (z.resolved_at IS NOT NULL)::int + (z.closed_at IS NOT NULL)::int,
          z.created_at, GREATEST(z.created_at, z.first_response_at, z.resolved_at, z.closed_at), z.problem_id
        FROM (
          SELECT y.*,
            CASE WHEN y.status = 'CLOSED' THEN LEAST(${nowUtc}, y.resolved_at + (1 + y.r_close * 6) * interval '1 day')::timestamp(3) END AS closed_at
          FROM (
            SELECT w.*,
              CASE WHEN w.status IN ('RESOLVED', 'CLOSED') THEN LEAST(${nowUtc}, w.first_response_at - ln(1 - w.r_res) * interval '20 hours')::timestamp(3) END AS resolved_at
            FROM (
              SELECT s.id, s.channel, s.customer_id, s.customer_type, s.priority, s.status, s.created_at, s.r_close, s.r_res, s.problem_id,
                t.subjects[1 + floor(random() * cardinality(t.subjects))::int] AS subject,
                l.greetings[1 + floor(random() * cardinality(l.greetings))::int] || ' ' ||
                  t.sentences[1 + floor(s.r_s1 * cardinality(t.sentences))::int] || ' ' ||
                  t.sentences[1 + (floor(s.r_s1 * cardinality(t.sentences))::int + 1 + floor(random() * (cardinality(t.sentences) - 1))::int) % cardinality(t.sentences)] ||
                  CASE WHEN random() < 0.3 THEN ' ' || l.order_label || ' #' || (10000000 + floor(random() * 89999999))::bigint ELSE '' END || ' ' ||
                  l.closings[1 + floor(random() * cardinality(l.closings))::int] AS body,
                CASE WHEN s.status = 'NEW' THEN
                       CASE WHEN s.r_asg < 0.70 THEN NULL WHEN s.r_asg < 0.85 THEN $1::uuid WHEN s.r_asg < 0.97 THEN $2::uuid ELSE $3::uuid END
                     ELSE CASE WHEN s.r_asg < 0.05 THEN NULL WHEN s.r_asg < 0.50 THEN $1::uuid WHEN s.r_asg < 0.92 THEN $2::uuid ELSE $3::uuid END
                END AS assignee_id,
                CASE WHEN s.status <> 'NEW' THEN LEAST(${nowUtc}, s.created_at - ln(1 - s.r_resp) * interval '90 minutes')::timestamp(3) END AS first_response_at
              FROM bench_src s JOIN bench_topic t ON t.id = s.topic_id JOIN bench_lang l ON l.lang = s.lang
            ) w
          ) y
        ) z
        ORDER BY z.created_at`, [agent, agent2, admin]);
    });

    const inquiryTags = await step("insert inquiry tags", async () => {
      const r = await q(`INSERT INTO "InquiryTag"("inquiryId", "tagId")
        SELECT id, tag_id FROM bench_src UNION ALL SELECT id, tag2_id FROM bench_src WHERE tag2_id IS NOT NULL`);
      await q(`DROP TABLE bench_src`);
      return r.rowCount ?? 0;
    });

    await step("rebuild keys and indexes (2 at a time)", async () => restore(url, saved!, log));
    saved = null;

    // --- timelines --------------------------------------------------------------------------
    const detailIds = await pickDetailIds(q, N, opts.detailSample);
    const events = await step("timelines (last 14 days + detail sample)", async () => {
      const r = await q(`INSERT INTO "InquiryEvent"(id, "inquiryId", kind, "actorId", body, data, "createdAt")
        SELECT gen_random_uuid(), i.id, e.kind::"InquiryEventKind",
          CASE WHEN e.kind = 'CREATED' THEN i."createdById" ELSE COALESCE(i."assigneeId", $2) END,
          CASE e.kind WHEN 'REPLY' THEN l.replies[1 + (i.number + e.n) % cardinality(l.replies)]
                      WHEN 'NOTE' THEN l.notes[1 + (i.number + e.n) % cardinality(l.notes)] END,
          CASE e.kind WHEN 'CREATED' THEN jsonb_build_object('customerType', i."customerType", 'channel', i.channel, 'priority', i.priority)
                      WHEN 'ASSIGNEE' THEN jsonb_build_object('from', NULL, 'to', i."assigneeId", 'fromName', NULL, 'toName', u.name)
                      WHEN 'STATUS' THEN jsonb_build_object('from', CASE WHEN e.n < 6 THEN 'NEW' ELSE 'OPEN' END, 'to', CASE WHEN e.n < 6 THEN 'OPEN' ELSE 'PENDING' END)
                      WHEN 'TAGS' THEN jsonb_build_object('added', jsonb_build_array($3::text), 'removed', '[]'::jsonb,
                                                          'addedNames', jsonb_build_array('complaint'), 'removedNames', '[]'::jsonb)
                      WHEN 'PRIORITY' THEN jsonb_build_object('from', 'NORMAL', 'to', i.priority) END,
          LEAST(${nowUtc}, i."createdAt" + e.n * interval '23 minutes')
        FROM (SELECT i.*, CASE WHEN i.subject ~ '[가-힣]' THEN 'ko' ELSE 'en' END AS lang,
                     CASE WHEN i.id = ANY($1::uuid[]) THEN 6 + i.number % 7 ELSE 2 + i.number % 4 END AS k
              FROM "Inquiry" i WHERE i."createdAt" >= ${nowUtc} - interval '14 days' OR i.id = ANY($1::uuid[])) i
        JOIN bench_lang l ON l.lang = i.lang
        LEFT JOIN "User" u ON u.id = i."assigneeId"
        CROSS JOIN LATERAL (
          SELECT n, CASE WHEN n = 1 THEN 'CREATED' WHEN n = 2 THEN 'ASSIGNEE' WHEN n % 5 = 3 THEN 'REPLY' WHEN n % 5 = 4 THEN 'NOTE'
                         WHEN n % 5 = 0 THEN 'STATUS' WHEN n % 10 = 1 THEN 'TAGS' ELSE 'PRIORITY' END AS kind
          FROM generate_series(1, i.k) n) e`, [detailIds, agent, tags.complaint]);
      return r.rowCount ?? 0;
    });

    if (problems) {
      await step("problem timelines (events, PROBLEM entries)", () => problemTimelines(q, { users, detailIds, nowUtc }));
      // Through lib/: the same set-based rebuild the demo seed and a repair would run, timed.
      const rebuilt = await step("rebuildProblemRollups (lib/board/rollups.ts)", () => rebuildRollups(url));
      // Without rollups the board paths would measure an empty board: stop rather than mislead.
      if ("error" in rebuilt) throw new Error(`rebuildProblemRollups failed: ${rebuilt.error}`);
      problems.rebuildSeconds = rebuilt.seconds;
      if (rebuilt.directError) {
        problems.rebuildError = `rebuildProblemRollups(prismaClient) failed ${rebuilt.directError}; rebuilt inside an interactive transaction instead`;
        log(`  ${problems.rebuildError}`);
      }
    }

    // --- surveys (issue 4): requests for resolved inquiries, 60% answered, the rollup rebuilt through lib/ ---
    let surveys: SurveySeed | null = null;
    if (opts.surveys !== false) {
      const s0 = performance.now();
      saved = await step("drop survey keys, indexes, foreign keys", () => dropKeys(q, SURVEY_TABLES));
      const seeded = await seedSurveys(q, { inquiries: N, nowUtc, timeZone: process.env.ORG_TIME_ZONE || "Asia/Seoul", step });
      await step("rebuild survey keys and indexes", async () => restore(url, saved!, log));
      saved = null;
      const rebuilt = await step("rebuildSurveyRollups (lib/surveys/rollups.ts)", () => rebuildSurveyRollupsTimed(url));
      // Without the rollup the results page would measure empty figures: stop rather than mislead.
      if ("error" in rebuilt) throw new Error(`rebuildSurveyRollups failed: ${rebuilt.error}`);
      surveys = { ...seeded, rebuildSeconds: rebuilt.seconds, seconds: Number(((performance.now() - s0) / 1000).toFixed(1)) };
    }

    // --- the dashboard's visibility rows (issue 5): non-CS staff, their weekly visits and reads ---
    const staff = await step("non-CS staff, visits, inquiry reads", () =>
      seedStaff(q, { passwordHash: ref.passwordHash, nowUtc, timeZone: process.env.ORG_TIME_ZONE || "Asia/Seoul" }));

    if (triggersOff.length) {
      for (const t of triggersOff) await q(`ALTER TABLE ${t} ENABLE TRIGGER USER`);
      log(`  triggers back on: ${triggersOff.join(", ")}`);
      triggersOff = [];
      const rebuilt = await step("rebuildDashboardRollups (lib/dashboard/rollups.ts)", () => rebuildDashboardRollupsTimed(url));
      if ("error" in rebuilt) throw new Error(`rebuildDashboardRollups failed: ${rebuilt.error}`);
    }

    await step("VACUUM ANALYZE", async () => {
      await q(`VACUUM (ANALYZE) "Inquiry", "InquiryTag", "InquiryEvent", "Customer", "CustomerTypeChange", "User", "Tag",
        "Problem", "ProblemCustomer", "ProblemWeek", "ProblemSubject", "ProblemTag", "ProblemEvent",
        "SurveyRequest", "SurveyResponse", "SurveyWeek", "InquiryNonCsRead", "StaffWeek", "InquiryWeek", "InquiryTagWeek",
        "InquiryTimingWeek", "OpenDueDay"`);
    });

    const wordShares = await step("share of inquiries per search word", async () => {
      const r = await q(`SELECT count(*)::float AS n,
          count(*) FILTER (WHERE subject ILIKE '%환불%' OR body ILIKE '%환불%')::float AS "환불",
          count(*) FILTER (WHERE subject ILIKE '%배송%' OR body ILIKE '%배송%')::float AS "배송",
          count(*) FILTER (WHERE subject ILIKE '%invoice%' OR body ILIKE '%invoice%')::float AS "invoice",
          count(*) FILTER (WHERE subject ILIKE '%refund%' OR body ILIKE '%refund%')::float AS "refund"
        FROM "Inquiry"`);
      const row = r.rows[0];
      return Object.fromEntries(["환불", "배송", "invoice", "refund"].map((w) => [w, Number((row[w] / row.n).toFixed(4))]));
    });

    const seconds = (performance.now() - t0) / 1000;
    return { inquiries: N, customers: C, inquiryTags, events, seconds: Number(seconds.toFixed(1)), steps, users, tags, detailIds, wordShares, problems, surveys, staff };
  } finally {
    // A failed load must not leave a database without its keys (matters with BENCH_DATABASE_URL).
    if (saved) await restore(url, saved, log).catch((e) => log(`  could not restore keys/indexes: ${String(e)}`));
    for (const t of triggersOff) await q(`ALTER TABLE ${t} ENABLE TRIGGER USER`).catch((e) => log(`  could not re-enable triggers on ${t}: ${String(e)}`));
    await client.end().catch(() => {});
  }
}

/** rebuildDashboardRollups through lib/ (the dashboard's rollups, kept by triggers that were off during the load). */
const rebuildDashboardRollupsTimed = (url: string) => timedRebuild(url, "@/lib/dashboard/rollups", "rebuildDashboardRollups");

/**
 * Drops the tables' primary/unique keys, secondary indexes and every foreign key from or to them
 * (a bulk load then writes heap only); `restore` puts them back.
 */
async function dropKeys(q: (t: string, v?: unknown[]) => Promise<pg.QueryResult>, tables: string[]): Promise<{ constraints: Constraint[]; indexes: Index[] }> {
  const regclasses = tables.map((t) => `"${t}"`);
  const constraints = (await q(`
    SELECT c.conname AS name, c.conrelid::regclass::text AS tbl, pg_get_constraintdef(c.oid) AS def, c.contype::text AS contype
    FROM pg_constraint c
    WHERE (c.contype = 'f' AND (c.conrelid = ANY($1::regclass[]) OR c.confrelid = ANY($1::regclass[])))
       OR (c.contype IN ('p', 'u') AND c.conrelid = ANY($1::regclass[]))
    ORDER BY c.contype = 'f' DESC, c.conname`, [regclasses])).rows as Constraint[];
  const indexes = (await q(`
    SELECT ix.indexrelid::regclass::text AS name, pg_get_indexdef(ix.indexrelid) AS def
    FROM pg_index ix
    WHERE ix.indrelid = ANY($1::regclass[])
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = ix.indexrelid AND c.conrelid = ix.indrelid AND c.contype IN ('p', 'u', 'x'))
    ORDER BY 1`, [regclasses])).rows as Index[];
  for (const c of constraints) await q(`ALTER TABLE ${c.tbl} DROP CONSTRAINT "${c.name}"`);
  for (const i of indexes) await q(`DROP INDEX ${i.name}`);
  return { constraints, indexes };
}

/** Recreates what was dropped: keys, then indexes (two builds at a time, one per core), then FKs. */
async function restore(url: string, saved: { constraints: Constraint[]; indexes: Index[] }, log: (s: string) => void) {
  const lanes = await Promise.all([0, 1].map(async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`SET maintenance_work_mem = '512MB'`);
    // One process per lane: the two lanes already use both cores.
    await c.query(`SET max_parallel_maintenance_workers = 0`);
    return c;
  }));
  try {
    const keys = saved.constraints.filter((c) => c.contype !== "f");
    const fks = saved.constraints.filter((c) => c.contype === "f");
    const exists = async (c: pg.Client, name: string) =>
      (await c.query(`SELECT 1 FROM pg_class WHERE relname = $1 AND relnamespace = current_schema()::regnamespace`, [name])).rowCount! > 0;
    const conExists = async (c: pg.Client, name: string, tbl: string) =>
      (await c.query(`SELECT 1 FROM pg_constraint WHERE conname = $1 AND conrelid = $2::regclass`, [name, tbl])).rowCount! > 0;
    type Job = { label: string; run: (c: pg.Client) => Promise<void> };
    const jobs: Job[] = [
      ...keys.map((k): Job => ({ label: k.name, run: async (c) => {
        if (!(await conExists(c, k.name, k.tbl))) await c.query(`ALTER TABLE ${k.tbl} ADD CONSTRAINT "${k.name}" ${k.def}`);
      } })),
      ...saved.indexes.map((i): Job => ({ label: i.name, run: async (c) => {
        if (!(await exists(c, i.name.replace(/"/g, "")))) await c.query(i.def);
      } })),
    ];
    // Biggest first so the two lanes finish together: GIN trigram builds dominate.
    const weight = (j: Job) => (/gin/i.test(saved.indexes.find((i) => i.name === j.label)?.def ?? "") ? (/body/i.test(j.label) ? 3 : 2) : 1);
    jobs.sort((a, b) => weight(b) - weight(a));
    let next = 0;
    await Promise.all(lanes.map(async (c) => {
      while (next < jobs.length) {
        const job = jobs[next++];
        const s = performance.now();
        await job.run(c);
        const secs = (performance.now() - s) / 1000;
        if (secs > 2) log(`    ${job.label.padEnd(42)} ${secs.toFixed(1).padStart(7)} s`);
      }
    }));
    for (const k of fks) if (!(await conExists(lanes[0], k.name, k.tbl))) await lanes[0].query(`ALTER TABLE ${k.tbl} ADD CONSTRAINT "${k.name}" ${k.def}`);
  } finally {
    await Promise.all(lanes.map((c) => c.end().catch(() => {})));
  }
}

/** The inquiries the detail benchmark opens: half among the newest 5% (what agents open), half anywhere. */
async function pickDetailIds(q: (t: string, v?: unknown[]) => Promise<pg.QueryResult>, n: number, count: number): Promise<string[]> {
  let state = 0x9e3779b9;
  const rand = () => {
    state ^= state << 13; state ^= state >>> 17; state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  const { rows: [range] } = await q(`SELECT min(number)::int AS lo, max(number)::int AS hi FROM "Inquiry"`);
  const numbers = new Set<number>();
  const want = Math.min(count, n);
  while (numbers.size < want) {
    const recent = numbers.size % 2 === 0;
    const k = recent ? Math.floor(rand() * Math.max(1, n * 0.05)) : Math.floor(rand() * n);
    numbers.add(range.hi - k);
  }
  const { rows } = await q(`SELECT id FROM "Inquiry" WHERE number = ANY($1::int[]) ORDER BY number`, [[...numbers]]);
  return rows.map((r) => r.id as string);
}
