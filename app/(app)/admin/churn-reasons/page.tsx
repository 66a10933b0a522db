import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireAdminPage } from "@/lib/admin/page-guard";
import { listChurnReasons } from "@/lib/admin/churn-reasons";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";
import { SectionHeader } from "@/components/admin/section-header";
import { AdminTable, Td } from "@/components/admin/table";
import { ConfirmAction } from "@/components/admin/confirm-action";
import { ChurnReasonDialog } from "@/components/admin/churn-reason-dialog";
import { archiveChurnReasonAction, createChurnReasonAction, renameChurnReasonAction, unarchiveChurnReasonAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.churnReasons");
  return { title: t("title") };
}

export default async function AdminChurnReasonsPage() {
  const actor = await requireAdminPage();
  const [t, format, reasons] = await Promise.all([getTranslations("admin"), getFormatter(), listChurnReasons(actor)]);
  const columns = [
    { label: t("churnReasons.columns.name") },
    { label: t("churnReasons.columns.customers"), className: "text-right" },
    { label: t("churnReasons.columns.status") },
    { label: <span className="sr-only">{t("churnReasons.columns.actions")}</span> },
  ];
  return (
    <>
      <SectionHeader
        title={t("churnReasons.title")}
        description={t("churnReasons.description")}
        action={<ChurnReasonDialog action={createChurnReasonAction} />}
      />
      {reasons.length === 0 ? (
        <EmptyState title={t("churnReasons.empty")} />
      ) : (
        <AdminTable columns={columns} label={t("churnReasons.title")}>
          {reasons.map((reason) => (
            <tr key={reason.id} className={reason.archived ? "bg-slate-50/60" : undefined}>
              <Td className={reason.archived ? "text-slate-500" : "font-medium text-slate-900"}>{reason.name}</Td>
              <Td className="text-right tabular-nums text-slate-600">{format.number(reason.customerCount)}</Td>
              <Td>{reason.archived ? <Badge tone="slate">{t("status.archived")}</Badge> : <Badge tone="emerald">{t("status.active")}</Badge>}</Td>
              <Td>
                <div className="flex justify-end gap-2 whitespace-nowrap">
                  <ChurnReasonDialog action={renameChurnReasonAction} reason={reason} />
                  {reason.archived ? (
                    <ConfirmAction
                      key="unarchive"
                      action={unarchiveChurnReasonAction}
                      fields={{ reasonId: reason.id }}
                      triggerLabel={t("churnReasons.unarchive.action")}
                      title={t("churnReasons.unarchive.title", { name: reason.name })}
                      body={t("churnReasons.unarchive.body")}
                      confirmLabel={t("churnReasons.unarchive.confirm")}
                      pendingLabel={t("churnReasons.unarchive.pending")}
                    />
                  ) : (
                    <ConfirmAction
                      key="archive"
                      action={archiveChurnReasonAction}
                      fields={{ reasonId: reason.id }}
                      danger
                      triggerLabel={t("churnReasons.archive.action")}
                      title={t("churnReasons.archive.title", { name: reason.name })}
                      body={t("churnReasons.archive.body", { count: reason.customerCount })}
                      confirmLabel={t("churnReasons.archive.confirm")}
                      pendingLabel={t("churnReasons.archive.pending")}
                    />
                  )}
                </div>
              </Td>
            </tr>
          ))}
        </AdminTable>
      )}
    </>
  );
}
