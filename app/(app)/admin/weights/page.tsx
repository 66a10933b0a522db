import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireAdminPage } from "@/lib/admin/page-guard";
import { defaultTypeWeights, impactScore } from "@/lib/board/rules";
import { loadTypeWeights } from "@/lib/board/weights";
import { SectionHeader } from "@/components/admin/section-header";
import { setTypeWeightsAction } from "@/app/(app)/board/actions";
import { WeightsForm } from "./weights-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.weights");
  return { title: t("title") };
}

/** /admin/weights — the five customer-type weights of the impact score, and the formula in words. */
export default async function AdminWeightsPage() {
  await requireAdminPage();
  const [t, format, weights] = await Promise.all([getTranslations("admin.weights"), getFormatter(), loadTypeWeights()]);
  // A worked example with the saved weights, so the formula reads concretely.
  const example = { churned: 2, buyer: 3 };
  const none = { INTERNAL: 0, PROSPECT: 0, BUYER: 0, USER: 0, CHURNED: 0 };
  const score = impactScore(
    { customersByType: { ...none, CHURNED: example.churned, BUYER: example.buyer }, linkedCount: 10, recentCount: 5 },
    weights,
  );
  const number = (n: number) => format.number(n, { maximumFractionDigits: 1 });
  return (
    <>
      <SectionHeader title={t("title")} description={t("description")} />
      <WeightsForm action={setTypeWeightsAction} weights={weights} defaults={defaultTypeWeights} />
      <section aria-labelledby="impact-formula" className="mt-8 max-w-2xl rounded-lg bg-slate-50 p-4 ring-1 ring-slate-200">
        <h3 id="impact-formula" className="text-sm font-semibold text-slate-900">{t("formula.title")}</h3>
        <p className="mt-2 text-sm leading-6 text-slate-700">{t("formula.body")}</p>
        <p className="mt-2 text-sm leading-6 text-slate-600">
          {t("formula.example", {
            churned: example.churned,
            buyer: example.buyer,
            churnedWeight: number(weights.CHURNED),
            buyerWeight: number(weights.BUYER),
            score: number(score),
          })}
        </p>
      </section>
    </>
  );
}
