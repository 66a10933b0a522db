import Link from "next/link";
import { useTranslations } from "next-intl";
import type { DashboardData } from "@/lib/dashboard/types";
import { Badge } from "@/components/ui/badge";
import { useDashboardFormat } from "./format";
import { DashboardSection, EmptyNote, ExportLink } from "./section";

/** Verbatim quotes (rendered as text, never HTML), each linking to the inquiry it came from. */
export function VoicesSection({ data }: { data: DashboardData }) {
  const t = useTranslations("dashboard.voices");
  const f = useDashboardFormat();
  return (
    <DashboardSection id="voices" title={t("title")} subtitle={t("subtitle")} actions={<ExportLink week={data.week.param} table="voices" />}>
      {data.voices.length === 0 ? (
        <EmptyNote>{t("empty")}</EmptyNote>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2" data-testid="voices">
          {data.voices.map((v) => (
            <li key={`${v.kind}-${v.inquiryId}`} className="flex flex-col rounded-md bg-slate-50 p-4 ring-1 ring-slate-200 ring-inset">
              <figure className="flex flex-1 flex-col">
                <blockquote className="flex-1 border-l-2 border-indigo-300 pl-3 text-sm leading-relaxed whitespace-pre-line text-slate-800 [overflow-wrap:anywhere]">
                  {v.text}
                </blockquote>
                <figcaption className="mt-3 flex flex-wrap items-center gap-2 text-xs text-slate-600">
                  <span className="font-medium text-slate-800">{v.customerName}</span>
                  {v.kind === "lowScore"
                    ? <Badge tone="amber">{v.scoreKind === "CES" ? t("lowCes", { score: v.score ?? "?" }) : t("lowScore", { score: v.score ?? "?" })}</Badge>
                    : <Badge tone="rose">{t("churned")}</Badge>}
                  <span className="text-slate-400">{f.day(v.at)}</span>
                </figcaption>
              </figure>
              <Link href={`/inquiries/${v.inquiryId}`} className="mt-2 truncate text-xs font-medium text-indigo-600 hover:text-indigo-500 hover:underline">
                {t("open", { number: v.inquiryNumber, subject: v.subject })}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </DashboardSection>
  );
}
