import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { ProblemDetail } from "@/lib/board/queries-detail";
import { Badge } from "@/components/ui/badge";
import { ProblemStatusBadge } from "./status-badge";
import { Fact, Time } from "@/components/ui/facts";

/** Number, status, title and who/when: what a reader scans first. */
export function ProblemHeader({ problem }: { problem: ProblemDetail }) {
  const t = useTranslations("board.detail");
  return (
    <header className="mb-6 space-y-3">
      <Link href="/board" className="inline-flex items-center gap-1 text-sm text-slate-500 hover:text-slate-800">
        <span aria-hidden>←</span> {t("backToBoard")}
      </Link>
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-mono text-sm text-slate-500">{t("number", { number: problem.number })}</span>
        <span data-testid="problem-status"><ProblemStatusBadge status={problem.status} /></span>
        {problem.mergedInto && <Badge tone="amber">{t("merged")}</Badge>}
      </div>
      <h1 className="text-xl font-semibold tracking-tight break-words text-slate-900">{problem.title}</h1>
      <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
        <Fact label={t("owner")}>{problem.owner?.name ?? <span className="text-slate-500">{t("noOwner")}</span>}</Fact>
        {problem.createdBy && <Fact label={t("reportedBy")}>{problem.createdBy.name}</Fact>}
        <Fact label={t("created")}><Time date={problem.createdAt} /></Fact>
        {problem.respondedAt && <Fact label={t("responded")}><Time date={problem.respondedAt} /></Fact>}
        {problem.shippedAt && <Fact label={t("shipped")}><Time date={problem.shippedAt} /></Fact>}
        <ProblemCsatFact csat={problem.csat} />
      </dl>
    </header>
  );
}



/** CSAT of the linked inquiries' survey answers (share of 4–5), with how many answers stand behind it. */
function ProblemCsatFact({ csat }: { csat: ProblemDetail["csat"] }) {
  const t = useTranslations("board.detail");
  const format = useFormatter();
  return (
    <Fact label={t("csat")}>
      {csat.csat === null ? (
        <span className="text-slate-500">{t("csatBlank")}</span>
      ) : (
        <span title={t("csatHint")} data-testid="problem-csat">
          {t("csatValue", { value: format.number(csat.csat, { style: "percent", maximumFractionDigits: 0 }), count: csat.responses })}
        </span>
      )}
    </Fact>
  );
}

/** A merged problem's page points at the one it lives on now. */
export function MergedNotice({ into }: { into: NonNullable<ProblemDetail["mergedInto"]> }) {
  const t = useTranslations("board.detail");
  return (
    <div role="note" className="rounded-lg bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-amber-200">
      {t("mergedNotice")}{" "}
      <Link href={`/board/${into.id}`} className="font-semibold underline underline-offset-2 hover:text-amber-700">
        {t("mergedNoticeLink", { number: into.number, title: into.title })}
      </Link>
      . {t("mergedNoticeBody")}
    </div>
  );
}

/** A short labelled text block (decline reason, release note), shown as text. */
export function NoteBlock({ title, tone, children }: { title: string; tone: "rose" | "emerald"; children: string }) {
  const tones = { rose: "bg-rose-50 ring-rose-200 text-rose-950", emerald: "bg-emerald-50 ring-emerald-200 text-emerald-950" };
  return (
    <section className={`rounded-lg px-4 py-3 ring-1 ${tones[tone]}`}>
      <h2 className="mb-1 text-xs font-semibold tracking-wide uppercase opacity-75">{title}</h2>
      <p className="text-sm leading-6 break-words whitespace-pre-wrap">{children}</p>
    </section>
  );
}
