import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireAdminPage } from "@/lib/admin/page-guard";
import { listTags } from "@/lib/admin/tags";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";
import { SectionHeader } from "@/components/admin/section-header";
import { AdminTable, Td } from "@/components/admin/table";
import { ConfirmAction } from "@/components/admin/confirm-action";
import { TagDialog } from "@/components/admin/tag-dialog";
import { archiveTagAction, createTagAction, unarchiveTagAction, updateTagAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.tags");
  return { title: t("title") };
}

export default async function AdminTagsPage() {
  const actor = await requireAdminPage();
  const [t, format, tags] = await Promise.all([getTranslations("admin"), getFormatter(), listTags(actor)]);
  const columns = [
    { label: t("tags.columns.name") },
    { label: t("tags.columns.color") },
    { label: t("tags.columns.inquiries"), className: "text-right" },
    { label: t("tags.columns.status") },
    { label: <span className="sr-only">{t("tags.columns.actions")}</span> },
  ];
  return (
    <>
      <SectionHeader title={t("tags.title")} description={t("tags.description")} action={<TagDialog action={createTagAction} />} />
      {tags.length === 0 ? (
        <EmptyState title={t("tags.empty")} />
      ) : (
        <AdminTable columns={columns} label={t("tags.title")}>
          {tags.map((tag) => (
            <tr key={tag.id} className={tag.archived ? "bg-slate-50/60" : undefined}>
              <Td>
                <div className="flex flex-wrap items-center gap-1.5">
                  <Badge tone={tag.color} className={tag.archived ? "opacity-60" : undefined}>{tag.name}</Badge>
                  {tag.noSurvey && (
                    <span title={t("tags.noSurveyHint")}><Badge tone="slate" className="font-normal">{t("tags.noSurveyBadge")}</Badge></span>
                  )}
                </div>
              </Td>
              <Td className="text-slate-600">{t(`colors.${tag.color}`)}</Td>
              <Td className="text-right tabular-nums text-slate-600">{format.number(tag.inquiryCount)}</Td>
              <Td>{tag.archived ? <Badge tone="slate">{t("status.archived")}</Badge> : <Badge tone="emerald">{t("status.active")}</Badge>}</Td>
              <Td>
                <div className="flex justify-end gap-2 whitespace-nowrap">
                  <TagDialog action={updateTagAction} tag={tag} />
                  {tag.archived ? (
                    <ConfirmAction
                      key="unarchive"
                      action={unarchiveTagAction}
                      fields={{ tagId: tag.id }}
                      triggerLabel={t("tags.unarchive.action")}
                      title={t("tags.unarchive.title", { name: tag.name })}
                      body={t("tags.unarchive.body")}
                      confirmLabel={t("tags.unarchive.confirm")}
                      pendingLabel={t("tags.unarchive.pending")}
                    />
                  ) : (
                    <ConfirmAction
                      key="archive"
                      action={archiveTagAction}
                      fields={{ tagId: tag.id }}
                      danger
                      triggerLabel={t("tags.archive.action")}
                      title={t("tags.archive.title", { name: tag.name })}
                      body={t("tags.archive.body", { count: tag.inquiryCount })}
                      confirmLabel={t("tags.archive.confirm")}
                      pendingLabel={t("tags.archive.pending")}
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
