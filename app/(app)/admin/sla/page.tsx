import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireAdminPage } from "@/lib/admin/page-guard";
import { getSlaTargets } from "@/lib/admin/sla";
import { SectionHeader } from "@/components/admin/section-header";
import { SlaForm } from "@/components/admin/sla-form";
import { updateSlaTargetsAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.sla");
  return { title: t("title") };
}

export default async function AdminSlaPage() {
  const actor = await requireAdminPage();
  const [t, targets] = await Promise.all([getTranslations("admin.sla"), getSlaTargets(actor)]);
  return (
    <>
      <SectionHeader title={t("title")} description={t("description")} />
      <SlaForm action={updateSlaTargetsAction} targets={targets} />
    </>
  );
}
