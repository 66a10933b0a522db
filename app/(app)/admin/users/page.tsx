import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireAdminPage } from "@/lib/admin/page-guard";
import { listUsers } from "@/lib/admin/users";
import { Badge, type Tone } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";
import { SectionHeader } from "@/components/admin/section-header";
import { AdminTable, Td } from "@/components/admin/table";
import { ConfirmAction } from "@/components/admin/confirm-action";
import { ChangeRoleDialog, CreateUserDialog } from "@/components/admin/user-dialogs";
import type { RoleName } from "@/lib/authz/permissions";
import { changeUserRoleAction, createUserAction, deactivateUserAction, reactivateUserAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.users");
  return { title: t("title") };
}

const roleTone: Record<RoleName, Tone> = { ADMIN: "violet", AGENT: "indigo", PRODUCT: "sky", MEMBER: "slate" };

export default async function AdminUsersPage() {
  const actor = await requireAdminPage();
  const [t, tc, format, users] = await Promise.all([
    getTranslations("admin"),
    getTranslations("common"),
    getFormatter(),
    listUsers(actor),
  ]);
  const columns = [
    { label: t("users.columns.name") },
    { label: t("users.columns.email") },
    { label: t("users.columns.role") },
    { label: t("users.columns.status") },
    { label: t("users.columns.created") },
    { label: <span className="sr-only">{t("users.columns.actions")}</span> },
  ];
  return (
    <>
      <SectionHeader title={t("users.title")} description={t("users.description")} action={<CreateUserDialog action={createUserAction} />} />
      {users.length === 0 ? (
        <EmptyState title={t("users.empty")} />
      ) : (
        <AdminTable columns={columns} label={t("users.title")}>
          {users.map((user) => {
            const self = user.id === actor.id;
            return (
              <tr key={user.id} className={user.active ? undefined : "bg-slate-50/60"}>
                <Td className="font-medium text-slate-900">
                  <span className={user.active ? undefined : "text-slate-500"}>{user.name}</span>
                  {self && <Badge tone="indigo" className="ml-2">{t("users.you")}</Badge>}
                </Td>
                <Td className="text-slate-600">{user.email}</Td>
                <Td><Badge tone={roleTone[user.role]}>{tc(`roles.${user.role}`)}</Badge></Td>
                <Td>
                  {user.active ? (
                    <Badge tone="emerald">{t("status.active")}</Badge>
                  ) : (
                    <Badge tone="slate">{t("status.deactivated")}</Badge>
                  )}
                </Td>
                <Td className="whitespace-nowrap text-slate-500">{format.dateTime(user.createdAt, "date")}</Td>
                <Td>
                  {self ? (
                    <p className="text-right text-xs text-slate-400">{t("users.selfNote")}</p>
                  ) : (
                    <div className="flex justify-end gap-2 whitespace-nowrap">
                      {user.active && <ChangeRoleDialog action={changeUserRoleAction} user={user} />}
                      {user.active ? (
                        <ConfirmAction
                          key="deactivate"
                          action={deactivateUserAction}
                          fields={{ userId: user.id }}
                          danger
                          triggerLabel={t("users.deactivate.action")}
                          title={t("users.deactivate.title", { name: user.name })}
                          body={t("users.deactivate.body", { email: user.email })}
                          confirmLabel={t("users.deactivate.confirm")}
                          pendingLabel={t("users.deactivate.pending")}
                        />
                      ) : (
                        <ConfirmAction
                          key="reactivate"
                          action={reactivateUserAction}
                          fields={{ userId: user.id }}
                          triggerLabel={t("users.reactivate.action")}
                          title={t("users.reactivate.title", { name: user.name })}
                          body={t("users.reactivate.body", { email: user.email })}
                          confirmLabel={t("users.reactivate.confirm")}
                          pendingLabel={t("users.reactivate.pending")}
                        />
                      )}
                    </div>
                  )}
                </Td>
              </tr>
            );
          })}
        </AdminTable>
      )}
    </>
  );
}
