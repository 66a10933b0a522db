import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz/permissions";
import { listChurnReasonCategories } from "@/lib/customers/queries";
import { Card, PageHeader } from "@/components/ui/card";
import { CustomerCreateForm } from "@/components/customers/customer-create-form";

export async function generateMetadata() {
  return { title: (await getTranslations("customers"))("create.title") };
}

export default async function NewCustomerPage() {
  const actor = await requireUser();
  // Read-only roles get no form (the action refuses them anyway).
  if (!can(actor, "customers.write")) notFound();
  const [t, categories] = await Promise.all([getTranslations("customers"), listChurnReasonCategories(actor)]);
  return (
    <div className="mx-auto max-w-2xl">
      <Link href="/customers" className="text-sm text-slate-500 hover:text-slate-800">← {t("detail.backToList")}</Link>
      <div className="mt-2">
        <PageHeader title={t("create.title")}>{t("create.subtitle")}</PageHeader>
      </div>
      <Card className="p-6">
        <CustomerCreateForm categories={categories} />
      </Card>
    </div>
  );
}
