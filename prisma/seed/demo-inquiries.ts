/**
 * Generates the demo inquiries and their timelines as plain rows (no database here): ~12 weeks of
 * a CS desk ending at `now`, busier on weekdays and in Seoul business hours, with an incident
 * spike when app 2.4.0 broke tablet logins three weeks ago.
 *
 * Each inquiry's lifecycle is simulated forward from its creation (first reply, waiting on the
 * customer, notes, resolution, reopen, auto-close) and cut at `now`, so status, firstResponseAt,
 * resolvedAt, closedAt and the timeline always agree, and old inquiries end up closed while
 * recent ones are still open.
 */
import type { Prisma } from "../../lib/generated/prisma/client";
import type { Channel, CustomerType, InquiryStatus, Priority, SlaTargets } from "../../lib/inquiries/rules";
import type { DemoCustomerSpec, DemoLang, DemoLastWords, DemoTagName, DemoTeam } from "./demo-customers";
import {
  ackReplies, adminNotes, agentNotes, askFor, askReplies, customerRepliedNotes, featureNotes, fill, firstVersion,
  followUpReplies, inquiryTemplates, placeholderValues, refixReplies, releases, reopenNotes, reopenReplies, replyClosers,
  replyOpeners, type InquiryTemplate,
} from "./demo-text";
import { buildInquiry, buildInquiryEvent, buildInquiryView } from "./factories";
import type { Random } from "./random";

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
/** Asia/Seoul has no daylight saving time: a fixed offset is exact. */
const KST = 9 * HOUR;
export const DEMO_DAYS = 84;

export type DemoStaffKey = "admin" | "agent" | "agent2" | "product" | "member";
export type DemoStaff = Record<DemoStaffKey, { id: string; name: string; signature: Record<DemoLang, string> }>;

export interface DemoCustomerRef {
  id: string;
  spec: DemoCustomerSpec;
  createdAt: Date;
  /** Type changes in time order; the first is the type the customer was created as. */
  types: { type: CustomerType; at: Date }[];
  churnedAt: Date | null;
}

export interface DemoInquiryInput {
  random: Random;
  now: Date;
  count: number;
  staff: DemoStaff;
  tagIds: Record<DemoTagName, string>;
  customers: DemoCustomerRef[];
  sla: SlaTargets;
  /** Fixed inquiry ids (by creation order) so a re-run finds the same rows. */
  inquiryId: (index: number) => string;
}

export interface DemoRows {
  inquiries: Prisma.InquiryCreateManyInput[];
  tags: Prisma.InquiryTagCreateManyInput[];
  events: Prisma.InquiryEventCreateManyInput[];
  views: Prisma.InquiryViewCreateManyInput[];
}

// ── time in Seoul ────────────────────────────────────────────────────────────
const kstWeekday = (t: number) => new Date(t + KST).getUTCDay();
const kstMidnight = (t: number) => Math.floor((t + KST) / DAY) * DAY - KST;

/** Relative inquiry volume by weekday (Sun…Sat): Monday carries the weekend's backlog. */
const weekdayWeight = [0.3, 1.3, 1.05, 1, 1, 0.95, 0.4];
/** Relative volume by hour in Seoul: restaurants call before lunch and mid-afternoon. */
const hourWeight = [0.1, 0.05, 0.05, 0.05, 0.05, 0.1, 0.2, 0.4, 0.9, 2, 3, 2.8, 1.6, 2.2, 2.8, 2.8, 2.5, 2, 1.2, 0.8, 0.7, 0.5, 0.3, 0.2];

const tagMix: Record<CustomerType, Partial<Record<DemoTagName, number>>> = {
  INTERNAL: { bug: 30, delivery: 20, "how-to": 15, account: 12, "feature request": 15, billing: 8 },
  PROSPECT: { "how-to": 35, billing: 30, "feature request": 25, delivery: 10 },
  BUYER: { billing: 26, refund: 8, delivery: 18, account: 12, complaint: 10, bug: 14, "how-to": 6, "feature request": 6 },
  USER: { bug: 30, "how-to": 25, account: 13, "feature request": 10, complaint: 9, delivery: 7, billing: 6 },
  CHURNED: { refund: 45, account: 35, billing: 20 },
};

const channelMix: Record<CustomerType, readonly (readonly [Channel, number])[]> = {
  INTERNAL: [["INTERNAL", 70], ["CHAT", 14], ["PHONE", 10], ["IN_PERSON", 6]],
  PROSPECT: [["WEB_FORM", 35], ["EMAIL", 20], ["PHONE", 20], ["CHAT", 15], ["SOCIAL", 10]],
  BUYER: [["EMAIL", 40], ["PHONE", 30], ["CHAT", 14], ["WEB_FORM", 5], ["IN_PERSON", 4], ["SOCIAL", 7]],
  USER: [["CHAT", 34], ["PHONE", 30], ["EMAIL", 14], ["SOCIAL", 12], ["WEB_FORM", 10]],
  CHURNED: [["EMAIL", 50], ["PHONE", 40], ["WEB_FORM", 10]],
};

const tagPriority: Record<DemoTagName, readonly (readonly [Priority, number])[]> = {
  billing: [["LOW", 10], ["NORMAL", 65], ["HIGH", 20], ["URGENT", 5]],
  delivery: [["LOW", 10], ["NORMAL", 55], ["HIGH", 30], ["URGENT", 5]],
  bug: [["LOW", 5], ["NORMAL", 52], ["HIGH", 33], ["URGENT", 10]],
  "how-to": [["LOW", 35], ["NORMAL", 60], ["HIGH", 5]],
  "feature request": [["LOW", 60], ["NORMAL", 40]],
  complaint: [["NORMAL", 45], ["HIGH", 45], ["URGENT", 10]],
  account: [["LOW", 20], ["NORMAL", 65], ["HIGH", 15]],
  refund: [["NORMAL", 60], ["HIGH", 35], ["URGENT", 5]],
};

/** How an inquiry usually goes: answered at once, waits on the customer, or needs digging. */
const pathMix: Record<DemoTagName, readonly (readonly ["quick" | "pending" | "investigate", number])[]> = {
  billing: [["quick", 35], ["pending", 35], ["investigate", 30]],
  delivery: [["quick", 30], ["pending", 35], ["investigate", 35]],
  bug: [["quick", 15], ["pending", 30], ["investigate", 55]],
  "how-to": [["quick", 55], ["pending", 25], ["investigate", 20]],
  "feature request": [["quick", 45], ["pending", 15], ["investigate", 40]],
  complaint: [["quick", 10], ["pending", 20], ["investigate", 70]],
  account: [["quick", 50], ["pending", 30], ["investigate", 20]],
  refund: [["quick", 20], ["pending", 45], ["investigate", 35]],
};

/** First-reply delay in minutes by priority (before moving into business hours). */
const firstReplyMinutes: Record<Priority, readonly [number, number]> = {
  URGENT: [5, 45],
  HIGH: [15, 200],
  NORMAL: [20, 480],
  LOW: [60, 1440],
};

const monthsEn = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export function buildDemoInquiries(input: DemoInquiryInput): DemoRows {
  const { random: r, now, staff, tagIds, customers, sla } = input;
  const nowMs = now.getTime();
  const rows: DemoRows = { inquiries: [], tags: [], events: [], views: [] };

  const between = (min: number, max: number) => min + r.next() * (max - min);
  /** Staff work Monday–Friday 09:00–19:00 in Seoul; anything else waits for the next opening. */
  const working = (t: number) => {
    const mid = kstMidnight(t);
    const hour = (t - mid) / HOUR;
    const wd = kstWeekday(t);
    if (wd >= 1 && wd <= 5 && hour >= 9 && hour < 19) return t;
    let open = mid + 9 * HOUR + (hour >= 9 ? DAY : 0);
    while (kstWeekday(open) === 0 || kstWeekday(open) === 6) open += DAY;
    // The backlog from the night or weekend is worked through over the first hours.
    return open + Math.round(between(3, 240)) * MIN;
  };

  // 1. When: pick a day (weekday mix, gentle growth, the incident spike), then an hour.
  const today = kstMidnight(nowMs);
  const days = Array.from({ length: DEMO_DAYS }, (_, k) => {
    const start = today - k * DAY;
    const growth = 0.75 + 0.5 * (1 - k / (DEMO_DAYS - 1));
    const spike = k >= 19 && k <= 21 ? 2 : k === 18 ? 1.4 : 1;
    return [start, weekdayWeight[kstWeekday(start)] * growth * spike] as const;
  });
  const hours = hourWeight.map((w, h) => [h, w] as const);
  const times: number[] = [];
  while (times.length < input.count) {
    const t = r.weighted(days) + r.weighted(hours) * HOUR + r.int(0, 59) * MIN + r.int(0, 59) * 1000;
    // Nothing from the last few minutes: the newest inquiry has just come in, not this second.
    if (t < nowMs - 5 * MIN) times.push(t);
  }
  times.sort((a, b) => a - b);

  const typeAt = (c: DemoCustomerRef, t: number) => {
    let type = c.types[0].type;
    for (const step of c.types) if (step.at.getTime() <= t) type = step.type;
    return type;
  };
  const versionAt = (t: number) => {
    let v: string = firstVersion;
    for (const rel of releases) if (t >= nowMs - rel.daysAgo * DAY) v = rel.version;
    return v;
  };
  const templatesFor = (tag: DemoTagName, lang: DemoLang, type: CustomerType, incident: boolean, team?: DemoTeam) =>
    inquiryTemplates.filter(
      (tpl) =>
        tpl.tag === tag &&
        tpl.lang === lang &&
        !!tpl.incident === incident &&
        (tpl.for ?? ["BUYER", "USER"]).includes(type) &&
        (!tpl.team || tpl.team === team),
    );

  // A customer about to leave writes once more, about a day before (their last words on the
  // dashboard): that slot is theirs, and they send nothing else until they churn.
  const lastWords = new Map<number, { customer: DemoCustomerRef; template: InquiryTemplate; channel: Channel }>();
  const quietSince = new Map<string, number>();
  for (const c of customers) {
    if (!c.spec.lastWords || !c.churnedAt) continue;
    const churn = c.churnedAt.getTime();
    const aim = churn - 26 * HOUR;
    let best = -1;
    times.forEach((t, i) => {
      if (t < churn - 5 * DAY || t > churn - 2 * HOUR || t <= c.createdAt.getTime() || lastWords.has(i)) return;
      if (best < 0 || Math.abs(t - aim) < Math.abs(times[best] - aim)) best = i;
    });
    if (best < 0) continue; // left before the demo's weeks
    lastWords.set(best, { customer: c, template: lastWordsTemplate(c.spec.lastWords, c.spec.lang), channel: c.spec.lastWords.channel });
    quietSince.set(c.id, times[best]);
  }

  const recent: InquiryTemplate[] = [];
  const afterChurn = new Map<string, InquiryTemplate[]>();
  const usedBy = new Map<string, Map<InquiryTemplate, number>>();
  times.forEach((t, index) => {
    // 2. Who and 3. what. Customers that existed then; churned ones write once or twice more
    // (refund, data export). Each writes in their language (now and then in their other one),
    // about the incident or a tag from the type's mix plus what they lean to. A customer who has
    // nothing new to ask (everything asked recently, or asked once for good) gives way to another.
    const daysAgo = (nowMs - t) / DAY;
    const active = customers.filter((c) => c.createdAt.getTime() < t);
    const weightAt = (c: DemoCustomerRef) => {
      // Right after leaving they soon ask about the refund or their data (most left recently).
      if (c.churnedAt && t >= c.churnedAt.getTime()) return (afterChurn.get(c.id)?.length ?? 0) < 2 ? 1 : 0;
      return t > (quietSince.get(c.id) ?? Infinity) ? 0 : 1;
    };
    const reserved = lastWords.get(index);
    let customer!: DemoCustomerRef;
    let customerType!: CustomerType;
    let lang!: DemoLang;
    let template: InquiryTemplate | undefined;
    if (reserved) {
      customer = reserved.customer;
      customerType = typeAt(customer, t);
      template = reserved.template;
    }
    for (let tries = 0; tries < 6 && !template; tries++) {
      customer = r.weighted(active.map((c) => [c, c.spec.weight * weightAt(c)] as const));
      customerType = typeAt(customer, t);
      template = chooseTemplate(customer, customerType, daysAgo, tries === 5);
    }
    if (!template) throw new Error(`no demo scenario for ${customer.spec.email}`);
    const spec = customer.spec;
    lang = template.lang;
    const mine = usedBy.get(customer.id) ?? new Map<InquiryTemplate, number>();
    usedBy.set(customer.id, mine);
    mine.set(template, t);
    recent.push(template);
    if (recent.length > 20) recent.shift();
    if (customerType === "CHURNED") afterChurn.set(customer.id, [...(afterChurn.get(customer.id) ?? []), template]);

    function chooseTemplate(c: DemoCustomerRef, type: CustomerType, ago: number, lastResort: boolean) {
      const s = c.spec;
      const other: DemoLang = s.lang === "ko" ? "en" : "ko";
      const canWrite = (l: DemoLang) => Object.keys(tagMix[type]).some((tag) => templatesFor(tag as DemoTagName, l, type, false, s.team).length);
      const l: DemoLang = r.chance(0.03) && canWrite(other) ? other : s.lang;
      const mine = usedBy.get(c.id);
      const asked = afterChurn.get(c.id) ?? [];
      if (ago > 18 && ago <= 21 && ["INTERNAL", "BUYER", "USER"].includes(type) && r.chance(0.5)) {
        const reported = [...(mine?.keys() ?? [])].some((tpl) => tpl.incident);
        const incidents = templatesFor("bug", l, type === "INTERNAL" ? "INTERNAL" : "USER", true, s.team);
        if (!reported && incidents.length) return r.pick(incidents);
      }
      const weights = (Object.entries(tagMix[type]) as [DemoTagName, number][])
        .map(([tag, w]) => [tag, w + (type === "CHURNED" ? 0 : (s.leans?.[tag] ?? 0) * 8)] as const)
        .filter(([tag]) => templatesFor(tag, l, type, false, s.team).length > 0);
      // A queue rarely shows the same question twice in a row, and one customer does not ask the
      // same thing every few weeks (some things only once).
      const fresh = (tpl: InquiryTemplate) => {
        const last = mine?.get(tpl);
        return !recent.includes(tpl) && !asked.includes(tpl) && (last === undefined || (!tpl.once && t - last >= 28 * DAY));
      };
      let pick: InquiryTemplate | undefined;
      for (let attempt = 0; attempt < 8; attempt++) {
        pick = r.pick(templatesFor(r.weighted(weights), l, type, false, s.team));
        if (fresh(pick)) return pick;
      }
      return lastResort ? pick : undefined;
    }
    const tag = template.tag;

    const created = new Date(t);
    const vars: Record<string, string> = {
      name: spec.name,
      firstName: spec.lang === "en" ? spec.name.split(" ")[0] : spec.name,
      store: spec.company ?? spec.name,
      monthEn: monthsEn[new Date(t + KST).getUTCMonth()],
      invoice: `INV-${new Date(t + KST).toISOString().slice(0, 7).replace("-", "")}-${r.int(1000, 9999)}`,
      order: `LO-${r.int(240000, 299999)}`,
      n: String(r.int(2, 6)),
      count: String(r.int(4, 24)),
      minutes: String(r.pick([20, 30, 40, 50])),
      version: template.incident ? "2.4.0" : versionAt(t),
    };
    for (const [key, values] of Object.entries(placeholderValues)) vars[key] = r.pick(values);
    vars.month = `${new Date(t + KST).getUTCMonth() + 1}월`;

    const channel = reserved?.channel ?? r.weighted(channelMix[customerType]);
    const pick = r.int(0, template.bodies.length - 1);
    const paired = template.subjects.length === template.bodies.length;
    const subject = fill(paired ? template.subjects[pick] : r.pick(template.subjects), vars);
    const body = composeBody(r, fill(template.bodies[pick], vars), channel, customerType, lang, vars);

    // 4. Tags (1–2), priority, assignee, who logged it.
    const tags: DemoTagName[] = [tag];
    if (template.also && r.chance(template.also[1])) tags.push(template.also[0]);
    let priority = r.weighted(template.priority ?? tagPriority[tag]);
    const escalated = priority !== "LOW" && r.chance(0.05);
    const initialPriority: Priority = escalated ? lowerPriority(priority) : priority;
    const tagAddedLater = tags.length === 2 && r.chance(0.4);

    const preferred = lang === "en" ? (r.chance(0.65) ? "agent2" : "agent") : r.chance(0.62) ? "agent" : "agent2";
    const other = preferred === "agent" ? "agent2" : "agent";
    const createdById = channel === "WEB_FORM" ? null : staff[r.chance(0.7) ? preferred : other].id;
    const assignee = staff[preferred];

    // 5. Lifecycle, cut at now.
    const id = input.inquiryId(index);
    const events: Prisma.InquiryEventCreateManyInput[] = [];
    const views: Prisma.InquiryViewCreateManyInput[] = [];
    let clock = t;
    let cut = false;
    /** Schedules a step at time `at` (kept after the previous one); false once past now. */
    const at = (when: number) => {
      if (cut) return null;
      clock = Math.max(when, clock + MIN);
      if (clock >= nowMs) {
        cut = true;
        return null;
      }
      return new Date(clock);
    };
    const event = (time: Date, kind: Prisma.InquiryEventCreateManyInput["kind"], actorId: string | null, extra: { body?: string; data?: Prisma.InputJsonValue } = {}) =>
      events.push(buildInquiryEvent({ inquiryId: id, kind, actorId, createdAt: time, ...extra }));
    const view = (userId: string, when: number) => {
      if (when < nowMs) views.push(buildInquiryView({ inquiryId: id, userId, viewedAt: new Date(when) }));
    };

    let status = "NEW" as InquiryStatus;
    let assigneeId: string | null = null;
    let firstResponseAt: Date | null = null;
    let resolvedAt: Date | null = null;
    let lastResolved = 0;
    let closedAt: Date | null = null;
    const setStatus = (time: Date, to: InquiryStatus, actorId: string | null) => {
      event(time, "STATUS", actorId, { data: { from: status, to } });
      status = to;
      if (to === "RESOLVED") {
        resolvedAt ??= time;
        lastResolved = time.getTime();
      }
      if (to === "CLOSED") closedAt = time;
      if (to === "OPEN") closedAt = null;
    };
    const reply = (time: Date, text: string) => {
      event(time, "REPLY", assignee.id, { body: composeReply(r, text, lang, vars, assignee.signature[lang]) });
      firstResponseAt ??= time;
      // As replyToInquiry does: the first reply opens a NEW inquiry (its own event, just after).
      if (status === "NEW") setStatus(new Date(Math.min(time.getTime() + 1000, nowMs - 1)), "OPEN", assignee.id);
    };
    /** A reply followed shortly by the status change the agent makes next (unless now comes first). */
    const replyThen = (time: Date, text: string, to: InquiryStatus) => {
      reply(time, text);
      const next = at(time.getTime() + between(1, 4) * MIN);
      if (next) setStatus(next, to, assignee.id);
    };
    const note = (time: Date, actorId: string, text: string) => event(time, "NOTE", actorId, { body: fill(text, vars) });
    const resolution = () => r.pick(template.resolve);

    event(created, "CREATED", createdById, { data: { customerType, channel, priority: initialPriority } });
    // Some agents take what they log; everything else waits in the queue until triage.
    if (createdById === assignee.id && r.chance(0.4)) assigneeId = assignee.id;

    const [lo, hi] = firstReplyMinutes[priority];
    let delay = between(lo, hi) * (r.chance(0.12) ? between(1.5, 4) : 1);
    const onCall = priority === "URGENT" && r.chance(0.6);
    const firstTouch = onCall ? t + delay * MIN : working(t + delay * MIN);
    // Triage: who takes it, and what the agent corrects (tags, priority) before answering.
    const triage = at(firstTouch - between(2, 15) * MIN);
    if (triage) {
      if (!assigneeId) {
        event(triage, "ASSIGNEE", assignee.id, { data: { from: null, to: assignee.id, fromName: null, toName: assignee.name } });
        assigneeId = assignee.id;
      }
      if (tagAddedLater) {
        event(triage, "TAGS", assignee.id, { data: { added: [tagIds[tags[1]]], removed: [], addedNames: [tags[1]], removedNames: [] } });
      }
      if (escalated) event(triage, "PRIORITY", assignee.id, { data: { from: initialPriority, to: priority } });
      view(assignee.id, triage.getTime());
    }
    if (!triage && (tagAddedLater || escalated)) {
      // The correction never happened: the inquiry keeps what it was logged with.
      if (tagAddedLater) tags.pop();
      priority = initialPriority;
    }

    const path = r.weighted(pathMix[tag]);
    // A few fall through the cracks (more of the recent ones: old backlog gets cleaned up).
    const stuck = r.chance(daysAgo < 21 ? 0.035 : 0.004);
    const first = at(firstTouch);
    if (first) {
      if (path === "quick") {
        replyThen(first, resolution(), "RESOLVED");
      } else if (path === "pending") {
        replyThen(first, fill(r.pick(askReplies[lang]), { ask: template.ask ?? askFor[tag][lang] }), "PENDING");
        if (!stuck) {
          const customerAnswers = first.getTime() + between(30, 36 * 60) * MIN;
          const back = at(working(customerAnswers + between(5, 90) * MIN));
          if (back) {
            setStatus(back, "OPEN", assignee.id);
            note(back, assignee.id, r.pick(customerRepliedNotes[lang]));
            if (r.chance(0.35)) {
              const fu = at(back.getTime() + between(5, 40) * MIN);
              if (fu) reply(fu, r.pick(followUpReplies[lang]));
            }
            const done = at(working(back.getTime() + between(10, 24 * 60) * MIN));
            if (done) replyThen(done, resolution(), "RESOLVED");
          }
        }
      } else {
        reply(first, r.pick(ackReplies[lang]));
        if (!stuck) {
          const digging = at(working(first.getTime() + between(30, 20 * 60) * MIN));
          if (digging) {
            const productSays = template.productNote ?? (tag === "feature request" ? featureNotes[lang] : null);
            if (productSays && r.chance(0.55)) {
              note(digging, staff.product.id, r.pick(productSays));
              view(staff.product.id, digging.getTime() - between(2, 30) * MIN);
            } else if ((tag === "refund" || tag === "complaint") && r.chance(0.45)) {
              note(digging, staff.admin.id, r.pick(adminNotes[lang]));
              view(staff.admin.id, digging.getTime() - between(2, 30) * MIN);
            } else {
              note(digging, assignee.id, r.pick(agentNotes[tag][lang]));
            }
          }
          const span = tag === "bug" ? between(2 * 60, 72 * 60) : between(60, 30 * 60);
          const done = at(working(first.getTime() + span * MIN));
          if (done) replyThen(done, resolution(), "RESOLVED");
        }
      }

      if (status === "RESOLVED") {
        if (r.chance(0.05)) {
          // The customer comes back: reopened, noted, answered, fixed again.
          const again = at(working(lastResolved + between(2 * 60, 48 * 60) * MIN));
          if (again) {
            setStatus(again, "OPEN", assignee.id);
            const noted = at(again.getTime() + between(1, 5) * MIN);
            if (noted) note(noted, assignee.id, r.pick(reopenNotes[lang]));
            const answered = at(again.getTime() + between(5, 30) * MIN);
            if (answered) reply(answered, r.pick(reopenReplies[lang]));
            const fixed = at(working(again.getTime() + between(60, 24 * 60) * MIN));
            if (fixed) replyThen(fixed, r.pick(refixReplies[lang]), "RESOLVED");
          }
        }
        if (status === "RESOLVED") {
          // Agents close what stayed quiet for about three days after it was resolved.
          const close = at(working(lastResolved + between(48 * 60, 80 * 60) * MIN));
          if (close) setStatus(close, "CLOSED", assignee.id);
        }
      }
    }

    // 6. Who else read it: product reads bugs, founders read complaints, and everyone else
    // (MEMBER) reads a little more each week as the desk becomes visible.
    const seenAt = () => working(t + between(30, 4 * 24 * 60) * MIN);
    if ((tag === "bug" || tag === "feature request") && r.chance(0.4)) view(staff.product.id, seenAt());
    if (r.chance(tag === "complaint" || tag === "refund" || priority === "URGENT" ? 0.5 : 0.06)) view(staff.admin.id, seenAt());
    const recency = 1 - daysAgo / DEMO_DAYS;
    const memberChance = (0.03 + 0.17 * recency) * (tag === "complaint" || tag === "feature request" ? 2 : 1);
    if (r.chance(memberChance)) view(staff.member.id, seenAt());
    if (r.chance(0.08)) view(staff[other].id, seenAt());

    const last = events[events.length - 1].createdAt as Date;
    rows.inquiries.push(
      buildInquiry(
        {
          id,
          subject,
          body,
          channel,
          customerId: customer.id,
          customerType,
          priority,
          status,
          assigneeId,
          createdById,
          firstResponseAt,
          resolvedAt,
          closedAt,
          // Every change after creation bumped the optimistic-concurrency version.
          version: events.length,
          createdAt: created,
          updatedAt: last,
        },
        sla,
      ),
    );
    for (const name of tags) rows.tags.push({ inquiryId: id, tagId: tagIds[name] });
    rows.events.push(...events);
    rows.views.push(...views);
  });
  return rows;
}

function lastWordsTemplate(w: DemoLastWords, lang: DemoLang): InquiryTemplate {
  return {
    tag: w.tag, lang, once: true, subjects: [w.subject], bodies: [w.body], resolve: [w.resolve],
    priority: [[w.priority, 1]], ...(w.also ? { also: [w.also, 1] as const } : {}),
  };
}

function lowerPriority(p: Priority): Priority {
  return p === "URGENT" ? "HIGH" : p === "HIGH" ? "NORMAL" : "LOW";
}

/** The customer's words as the channel carries them: an email has a greeting, a call is a memo. */
function composeBody(r: Random, core: string, channel: Channel, type: CustomerType, lang: DemoLang, vars: Record<string, string>) {
  if (type === "INTERNAL") return core;
  if (channel === "PHONE" || channel === "IN_PERSON") {
    const head = lang === "ko" ? (channel === "PHONE" ? "[전화 상담 메모]" : "[방문 상담 메모]") : channel === "PHONE" ? "Phone call notes:" : "Walk-in notes:";
    return `${head}\n${core}`;
  }
  if (channel === "CHAT" || channel === "SOCIAL") {
    return lang === "ko" ? `${r.pick(["", "안녕하세요. ", "문의드립니다. "])}${core}` : `${r.pick(["", "Hi! ", "Hello, "])}${core}`;
  }
  if (lang === "ko") {
    return `안녕하세요, ${vars.store} ${vars.name}입니다.\n\n${core}\n\n${r.pick(["확인 부탁드립니다.", "빠른 답변 부탁드립니다.", "감사합니다."])}`;
  }
  return `Hi,\n\n${core}\n\n${r.pick(["Thanks,", "Thanks in advance,", "Best,"])}\n${vars.firstName}`;
}

/** A staff reply in the desk's polite house tone: greeting, the answer, sign-off. */
function composeReply(r: Random, core: string, lang: DemoLang, vars: Record<string, string>, agent: string) {
  const v = { ...vars, agent };
  return [fill(r.pick(replyOpeners[lang]), v), fill(core, v), fill(r.pick(replyClosers[lang]), v)].join("\n\n");
}
