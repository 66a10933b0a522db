import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { ProblemDetail, ProblemEventItem } from "@/lib/board/queries-detail";

const str = (v: unknown): string | null => (typeof v === "string" && v ? v : null);
const num = (v: unknown): number => (typeof v === "number" ? v : Array.isArray(v) ? v.length : 0);

/**
 * The problem's history and discussion, oldest first: status moves (with the decline reason or
 * release note), owner, links, merges, edits, and comments. Text is rendered as text.
 */
export function ProblemActivity({ problem }: { problem: ProblemDetail }) {
  const t = useTranslations("board.activity");
  return (
    <section aria-labelledby="activity-title">
      <h2 id="activity-title" className="mb-3 text-sm font-semibold text-slate-900">{t("title")}</h2>
      {problem.eventsTruncated && <p className="mb-2 text-xs text-slate-500">{t("truncated")}</p>}
      {problem.events.length ? (
        <ol className="relative space-y-3 border-l border-slate-200 pl-5" data-testid="problem-activity">
          {groupLinks(withoutCreationLinks(problem.events)).map((item) =>
            "links" in item ? <LinkGroup key={item.links[0].id} links={item.links} /> : <ActivityItem key={item.id} event={item} />,
          )}
        </ol>
      ) : (
        <p className="text-sm text-slate-500">{t("empty")}</p>
      )}
    </section>
  );
}

/** Creating a problem also writes a LINKED event; "reported it with N inquiries" already says so. */
function withoutCreationLinks(events: ProblemEventItem[]): ProblemEventItem[] {
  const created = events.find((e) => e.kind === "CREATED");
  if (!created) return events;
  return events.filter((e) => !(e.kind === "LINKED" && e.createdAt.getTime() === created.createdAt.getTime() && e.actor?.id === created.actor?.id));
}

type LinkRun = { links: ProblemEventItem[] };

/**
 * Agents link inquiries one or two at a time for weeks: a run of consecutive LINKED events (nothing
 * else in between) reads as one line, so status moves and comments stay easy to find.
 */
function groupLinks(events: ProblemEventItem[]): (ProblemEventItem | LinkRun)[] {
  const out: (ProblemEventItem | LinkRun)[] = [];
  let run: ProblemEventItem[] = [];
  const flush = () => {
    if (run.length === 1) out.push(run[0]);
    else if (run.length > 1) out.push({ links: run });
    run = [];
  };
  for (const event of events) {
    if (event.kind === "LINKED") run.push(event);
    else {
      flush();
      out.push(event);
    }
  }
  flush();
  return out;
}

function LinkGroup({ links }: { links: ProblemEventItem[] }) {
  const t = useTranslations("board.activity");
  const format = useFormatter();
  const actors = [...new Set(links.map((e) => e.actor?.name ?? t("system")))];
  const count = links.reduce((sum, e) => sum + (num(e.data?.count) || num(e.data?.inquiryIds)), 0);
  const first = links[0].createdAt;
  const last = links[links.length - 1].createdAt;
  return (
    <li className="relative" data-kind="LINKED">
      <Dot className="bg-slate-300" />
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-0.5">
        <p className="text-sm text-slate-700">{t("linkedGroup", { actors: format.list(actors, { type: "conjunction" }), count, times: links.length })}</p>
        <span className="text-xs whitespace-nowrap text-slate-500">
          <time dateTime={first.toISOString()}>{format.dateTime(first, { month: "short", day: "numeric" })}</time>
          {" – "}
          <time dateTime={last.toISOString()}>{format.dateTime(last, { month: "short", day: "numeric" })}</time>
        </span>
      </div>
    </li>
  );
}

function ActivityItem({ event }: { event: ProblemEventItem }) {
  const t = useTranslations("board.activity");
  const ts = useTranslations("board.status");
  const format = useFormatter();
  const actor = event.actor?.name ?? t("system");
  const d = event.data ?? {};
  const when = (
    <time dateTime={event.createdAt.toISOString()} className="text-xs whitespace-nowrap text-slate-500">
      {format.dateTime(event.createdAt, "short")}
    </time>
  );
  const status = (v: unknown) => {
    const s = str(v);
    return s && ["REPORTED", "ACCEPTED", "IN_PROGRESS", "SHIPPED", "DECLINED"].includes(s) ? ts(s as never) : (s ?? "—");
  };

  if (event.kind === "COMMENT") {
    return (
      <li className="relative" data-kind="COMMENT">
        <Dot className="bg-indigo-500" />
        <article className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <header className="mb-2 flex flex-wrap items-center justify-between gap-2">
            <p className="text-sm text-slate-700">{t("comment", { actor })}</p>
            {when}
          </header>
          <p className="text-sm leading-6 break-words whitespace-pre-wrap text-slate-900">{event.body}</p>
        </article>
      </li>
    );
  }

  let text: ReactNode;
  let detail: ReactNode = null;
  let dot = "bg-slate-300";
  switch (event.kind) {
    case "CREATED": {
      const count = num(d.inquiryIds);
      text = count ? t("createdWith", { actor, count }) : t("created", { actor });
      break;
    }
    case "STATUS":
      if (d.to === "DECLINED") {
        text = t("declined", { actor });
        dot = "bg-rose-500";
        const reason = str(d.declineReason) ?? str(d.reason);
        if (reason) detail = t("reason", { reason });
      } else if (d.to === "SHIPPED") {
        text = t("shipped", { actor });
        dot = "bg-emerald-500";
        const note = str(d.releaseNote);
        detail = (
          <>
            {note && <span className="block whitespace-pre-wrap">{t("note", { note })}</span>}
            {typeof d.resolved === "number" && (
              <span className="block">{t("shippedResult", { resolved: num(d.resolved), queued: num(d.queued) })}</span>
            )}
          </>
        );
      } else {
        text = t("status", { actor, from: status(d.from), to: status(d.to) });
        dot = "bg-sky-500";
      }
      break;
    case "OWNER": {
      const from = str(d.fromName);
      const to = str(d.toName);
      text = from && to ? t("ownerChanged", { actor, from, to }) : to ? t("ownerSet", { actor, to }) : t("ownerCleared", { actor, from: from ?? "—" });
      break;
    }
    case "LINKED":
      text = t("linked", { actor, count: num(d.count) || num(d.inquiryIds) });
      break;
    case "UNLINKED": {
      const to = str(d.toTitle);
      const count = num(d.count) || num(d.inquiryIds);
      text = to ? t("movedAway", { actor, count, title: to }) : t("unlinked", { actor, count });
      break;
    }
    case "MERGED":
      dot = "bg-amber-500";
      text = str(d.into)
        ? t("mergedInto", { actor, number: num(d.intoNumber), title: str(d.intoTitle) ?? "" })
        : t("mergedFrom", { actor, number: num(d.fromNumber), title: str(d.fromTitle) ?? "", count: num(d.moved) });
      break;
    case "EDITED": {
      const from = str(d.fromTitle);
      const to = str(d.toTitle);
      text = from && to ? t("renamed", { actor, from, to }) : t("edited", { actor });
      break;
    }
    default:
      text = t("edited", { actor });
  }
  return (
    <li className="relative" data-kind={event.kind}>
      <Dot className={dot} />
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-0.5">
        <p className="text-sm text-slate-700">{text}</p>
        {when}
      </div>
      {detail && <p className="mt-1 text-sm break-words text-slate-600">{detail}</p>}
    </li>
  );
}

function Dot({ className }: { className: string }) {
  return <span aria-hidden className={`absolute top-1.5 -left-[25px] size-2.5 rounded-full ring-4 ring-slate-50 ${className}`} />;
}
