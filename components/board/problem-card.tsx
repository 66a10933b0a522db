import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { BoardCard } from "@/lib/board/queries";
import { allowedProblemMoves } from "@/lib/board/rules";
import { CustomerTypeChips } from "./customer-type-chips";
import { MoveControls } from "./move-controls";
import { Sparkline } from "./sparkline";

/**
 * One problem on the board: title (link to its page), impact, counts, customer types, the 8-week
 * sparkline, CSAT of the linked inquiries (share of 4–5, with the answers behind it; blank without any), "−N/week" for shipped fixes, owner, and — for
 * PRODUCT/ADMIN — the move buttons (reachable by Tab after the title link).
 */
export function ProblemCard({ card, canManage }: { card: BoardCard; canManage: boolean }) {
  const t = useTranslations("board.card");
  const format = useFormatter();
  const num = (n: number) => format.number(n, { maximumFractionDigits: 1 });
  const pct = (n: number) => format.number(n, { style: "percent", maximumFractionDigits: 0 });
  const titleId = `problem-${card.id}-title`;
  return (
    <article aria-labelledby={titleId} data-testid="problem-card" data-problem-number={card.number}
      className="space-y-2.5 rounded-lg bg-white p-3 shadow-sm ring-1 ring-slate-200 focus-within:ring-2 focus-within:ring-indigo-400">
      <div className="flex items-start justify-between gap-2">
        <span className="font-mono text-xs text-slate-500">{t("number", { number: card.number })}</span>
        <span className="inline-flex items-baseline gap-1 rounded-md bg-indigo-50 px-1.5 py-0.5 text-indigo-800 ring-1 ring-indigo-200 ring-inset">
          <span className="text-[10px] font-medium tracking-wide uppercase">{t("impact")}</span>
          <span className="text-xs font-semibold tabular-nums">{num(card.impact)}</span>
        </span>
      </div>
      <h3 id={titleId} className="text-sm leading-5 font-medium break-words text-slate-900">
        <Link href={`/board/${card.id}`} className="hover:text-indigo-600 hover:underline focus-visible:outline-none focus-visible:underline">
          {card.title}
        </Link>
      </h3>
      <p className="text-xs text-slate-600">
        <span className="font-medium text-slate-800">{t("linked", { count: card.linkedCount })}</span>
        {" · "}
        {t("customers", { count: card.customerCount })}
      </p>
      <CustomerTypeChips counts={card.customersByType} />
      <div className="flex items-end justify-between gap-2">
        <Sparkline values={card.sparkline} label={t("sparklineLabel", { counts: card.sparkline.join(", ") })} />
        {card.csat === null ? (
          <span className="text-right text-xs text-slate-500" title={card.csatResponses === null ? t("csatOnPage") : t("csatBlank")}>
            {t("csat")} <span className="sr-only">{card.csatResponses === null ? t("csatOnPage") : t("csatBlank")}</span>
          </span>
        ) : (
          <span className="text-right text-xs text-slate-500" data-testid="card-csat"
            title={t("csatLabel", { value: pct(card.csat), count: card.csatResponses ?? 0 })}>
            <span aria-hidden>
              {t("csat")} <span className="font-medium text-slate-700 tabular-nums">{pct(card.csat)}</span>{" "}
              <span className="text-slate-400 tabular-nums">({card.csatResponses})</span>
            </span>
            <span className="sr-only">{t("csatLabel", { value: pct(card.csat), count: card.csatResponses ?? 0 })}</span>
          </span>
        )}
      </div>
      {card.removed && <RemovedLine removed={card.removed} />}
      <p className="truncate text-xs text-slate-500">
        {card.owner ? <><span className="sr-only">{t("owner")}: </span>{card.owner.name}</> : <span className="italic">{t("noOwner")}</span>}
      </p>
      {canManage && (
        <div role="group" aria-label={t("actions", { number: card.number })}>
          <MoveControls
            key={card.version}
            problem={{ id: card.id, number: card.number, title: card.title, status: card.status, version: card.version }}
            allowed={allowedProblemMoves(card.status)}
          />
        </div>
      )}
    </article>
  );
}

function RemovedLine({ removed }: { removed: NonNullable<BoardCard["removed"]> }) {
  const t = useTranslations("board.card");
  const format = useFormatter();
  const num = (n: number) => format.number(Math.abs(n), { maximumFractionDigits: 1 });
  const fewer = removed.removedPerWeek >= 0;
  // What rounds to "0" reads as no change, not "−0".
  const same = Math.abs(removed.removedPerWeek) < 0.05;
  // Shipped this week: no week after shipping has begun, so there is nothing to compare yet.
  if (removed.weeksAfterElapsed === 0) {
    return <p className="text-xs text-slate-500" data-testid="inquiries-removed">{t("removedPending")}</p>;
  }
  return (
    <p className="flex flex-wrap items-baseline gap-x-1.5 text-xs" data-testid="inquiries-removed"
      title={t("removedLabel", { before: num(removed.beforePerWeek), after: num(removed.afterPerWeek) })}>
      <span className={same ? "font-semibold text-slate-600" : fewer ? "font-semibold text-emerald-700" : "font-semibold text-rose-700"}>
        {same ? t("removedSame") : fewer ? t("removed", { count: num(removed.removedPerWeek) }) : t("added", { count: num(removed.removedPerWeek) })}
      </span>
      <span className="sr-only">{t("removedLabel", { before: num(removed.beforePerWeek), after: num(removed.afterPerWeek) })}</span>
      {removed.weeksAfterElapsed < 4 && <span className="text-slate-500">({t("removedSoFar", { weeks: removed.weeksAfterElapsed })})</span>}
    </p>
  );
}
