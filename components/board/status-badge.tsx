import { useTranslations } from "next-intl";
import { Badge, type Tone } from "@/components/ui/badge";
import type { ProblemStatus } from "@/lib/board/rules";

/** One color per board column, used by the column headers, badges and the problem page. */
export const problemStatusTone: Record<ProblemStatus, Tone> = {
  REPORTED: "slate",
  ACCEPTED: "sky",
  IN_PROGRESS: "indigo",
  SHIPPED: "emerald",
  DECLINED: "rose",
};

export const problemStatusDot: Record<ProblemStatus, string> = {
  REPORTED: "bg-slate-400",
  ACCEPTED: "bg-sky-500",
  IN_PROGRESS: "bg-indigo-500",
  SHIPPED: "bg-emerald-500",
  DECLINED: "bg-rose-500",
};

export function ProblemStatusBadge({ status }: { status: ProblemStatus }) {
  const t = useTranslations("board.status");
  return <Badge tone={problemStatusTone[status]}>{t(status)}</Badge>;
}
