import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";
import type { InquiryDetail } from "@/lib/inquiries/queries";
import { TagBadge } from "./tag-badge";

type Event = InquiryDetail["events"][number];

const str = (value: unknown): string | null => (typeof value === "string" ? value : null);
const strList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);

/**
 * Replies, internal notes and every change, oldest first, each with who and when (org time zone).
 * Bodies are rendered as text: React escapes them, and nothing here sets HTML.
 */
export function InquiryTimeline({ events, channel }: { events: Event[]; channel: string }) {
  const t = useTranslations("inquiries.timeline");
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title" className="mb-3 text-sm font-semibold text-slate-900">{t("title")}</h2>
      {events.length ? (
        <ol className="relative space-y-3 border-l border-slate-200 pl-5">
          {events.map((event) => <TimelineItem key={event.id} event={event} channel={channel} />)}
        </ol>
      ) : (
        <p className="text-sm text-slate-500">{t("empty")}</p>
      )}
    </section>
  );
}

function TimelineItem({ event, channel }: { event: Event; channel: string }) {
  const t = useTranslations("inquiries.timeline");
  const tc = useTranslations("common");
  const format = useFormatter();
  // No actor: written by Loopdesk itself (the web form, automatic closing), not by a person.
  const actor = event.actor?.name ?? t("system");
  const when = (
    <time dateTime={event.createdAt.toISOString()} className="whitespace-nowrap text-xs text-slate-500">
      {format.dateTime(event.createdAt, "short")}
    </time>
  );
  const d = event.data ?? {};
  const label = (group: "status" | "priority" | "customerType", value: unknown) => {
    const v = str(value);
    return v ? tc(`${group}.${v}` as never) : tc("none");
  };

  if (event.kind === "REPLY" || event.kind === "NOTE") {
    const note = event.kind === "NOTE";
    return (
      <li className="relative" data-kind={event.kind}>
        <Dot className={note ? "bg-amber-400" : "bg-indigo-500"} />
        <article className={cx("rounded-lg p-4 ring-1", note ? "bg-amber-50 ring-amber-200" : "bg-white shadow-sm ring-slate-200")}>
          <header className="mb-2 flex flex-wrap items-center justify-between gap-2">
            <p className="text-sm text-slate-700">
              {note && (
                <span className="mr-2 rounded bg-amber-200/70 px-1.5 py-0.5 text-[11px] font-semibold tracking-wide text-amber-900 uppercase">
                  {t("internal")}
                </span>
              )}
              {note ? t("note", { actor }) : t("reply", { actor })}
            </p>
            {when}
          </header>
          <p className="text-sm leading-6 break-words whitespace-pre-wrap text-slate-900">{event.body}</p>
        </article>
      </li>
    );
  }

  let text: ReactNode;
  switch (event.kind) {
    case "CREATED":
      text = !event.actor && channel === "WEB_FORM" ? t("createdByWebForm") : t("created", { actor });
      break;
    case "STATUS":
      text = t("status", { actor, from: label("status", d.from), to: label("status", d.to) });
      break;
    case "PRIORITY":
      text = t("priority", { actor, from: label("priority", d.from), to: label("priority", d.to) });
      break;
    case "CUSTOMER_TYPE":
      text = t("customerType", { actor, from: label("customerType", d.from), to: label("customerType", d.to) });
      break;
    case "ASSIGNEE": {
      const from = str(d.fromName);
      const to = str(d.toName);
      text = to && from ? t("reassigned", { actor, from, to }) : to ? t("assigned", { actor, to }) : t("unassigned", { actor, from: from ?? tc("none") });
      break;
    }
    case "TAGS": {
      const added = strList(d.addedNames);
      const removed = strList(d.removedNames);
      text = (
        <>
          {t("tags", { actor })}
          {added.length > 0 && (
            <span className="ml-2 inline-flex flex-wrap items-center gap-1">
              <span className="text-xs text-slate-500">{t("tagsAdded")}</span>
              {added.map((name) => <TagBadge key={`+${name}`} name={name} />)}
            </span>
          )}
          {removed.length > 0 && (
            <span className="ml-2 inline-flex flex-wrap items-center gap-1">
              <span className="text-xs text-slate-500">{t("tagsRemoved")}</span>
              {removed.map((name) => <span key={`-${name}`} className="line-through decoration-slate-400"><TagBadge name={name} /></span>)}
            </span>
          )}
        </>
      );
      break;
    }
    case "PROBLEM": {
      // Link, move and unlink on the fix board; titles are snapshots, so a renamed problem still reads.
      const problem = (id: unknown, title: unknown) => (chunks: ReactNode) =>
        isUuidLike(id) ? <Link href={`/board/${id}`} className="font-medium text-indigo-600 hover:text-indigo-500">{chunks}</Link> : <span className="font-medium">{chunks}</span>;
      const fromTitle = str(d.fromTitle) ?? tc("none");
      const toTitle = str(d.toTitle) ?? tc("none");
      text = d.to && d.from
        ? t.rich("problemMoved", { actor, fromTitle, toTitle, from: problem(d.from, fromTitle), to: problem(d.to, toTitle) })
        : d.to
          ? t.rich("problemLinked", { actor, toTitle, to: problem(d.to, toTitle) })
          : t.rich("problemUnlinked", { actor, fromTitle, from: problem(d.from, fromTitle) });
      break;
    }
    default:
      text = event.kind;
  }
  return (
    <li className="relative flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1" data-kind={event.kind}>
      <Dot className="bg-slate-300" />
      <p className="text-sm text-slate-600">{text}</p>
      {when}
    </li>
  );
}

const isUuidLike = (v: unknown): v is string => typeof v === "string" && /^[0-9a-f-]{36}$/i.test(v);

function Dot({ className }: { className: string }) {
  return <span aria-hidden className={cx("absolute top-1.5 -left-[25px] size-2.5 rounded-full ring-4 ring-slate-50", className)} />;
}
