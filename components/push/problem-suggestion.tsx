import { useTranslations } from "next-intl";
import { ProblemStatusBadge } from "./problem-status-badge";
import type { ProblemSuggestion } from "./use-problem-suggestions";

/** One suggested problem: #number, title, status, linked count and why it matched. */
export function SuggestionSummary({ problem }: { problem: ProblemSuggestion }) {
  const t = useTranslations("push.suggestion");
  const viaTitle = problem.matchedVia === "title";
  return (
    <span className="block min-w-0">
      <span className="flex items-baseline gap-2">
        <span className="shrink-0 font-mono text-xs text-slate-500">#{problem.number}</span>
        <span className="min-w-0 font-medium break-words text-slate-900">{problem.title}</span>
      </span>
      <span className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-500">
        <ProblemStatusBadge status={problem.status} />
        <span>{t("linked", { count: problem.linkedCount })}</span>
        <span aria-hidden>·</span>
        <span className={viaTitle ? "text-slate-600" : "text-violet-700"}>{viaTitle ? t("viaTitle") : t("viaInquiries")}</span>
      </span>
    </span>
  );
}
