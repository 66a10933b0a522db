import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz/permissions";
import { findCustomerForNewInquiry, listInquiryFormOptions } from "@/lib/inquiries/queries";
import { Card, PageHeader } from "@/components/ui/card";
import { NewInquiryForm } from "@/components/inquiries/new-inquiry-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("inquiries.new");
  return { title: t("title") };
}

/** /inquiries/new — agents and admins log an inquiry; for anyone else the page does not exist. */
export default async function NewInquiryPage({ searchParams }: { searchParams: Promise<{ customerId?: string | string[] }> }) {
  const actor = await requireUser();
  if (!can(actor, "inquiries.create")) notFound();
  const { customerId } = await searchParams;
  const [t, { tags }, customer] = await Promise.all([
    getTranslations("inquiries.new"),
    listInquiryFormOptions(actor),
    findCustomerForNewInquiry(actor, typeof customerId === "string" ? customerId : undefined),
  ]);
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t("title")}>{t("subtitle")}</PageHeader>
      <Card className="p-6">
        <NewInquiryForm tags={tags} initialCustomer={customer} />
      </Card>
    </div>
  );
}
