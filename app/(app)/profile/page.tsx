import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz/permissions";
import { getProfile } from "@/lib/dashboard/digest";
import { Card, PageHeader } from "@/components/ui/card";
import { DigestOptInForm } from "@/components/profile/digest-opt-in-form";
import { updateDigestOptInAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("digest"))("profile.title") };
}

/** /profile — the signed-in user's account (read-only) and the weekly digest opt-in. */
export default async function ProfilePage() {
  const actor = await requireUser();
  const [profile, t, tc] = await Promise.all([getProfile(actor), getTranslations("digest.profile"), getTranslations("common")]);
  return (
    <div className="mx-auto max-w-2xl space-y-5 break-keep">
      <PageHeader title={t("title")}>{t("subtitle")}</PageHeader>
      <Card className="p-5">
        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[8rem_1fr]">
          <dt className="text-slate-500">{t("name")}</dt>
          <dd className="font-medium text-slate-900">{profile.name}</dd>
          <dt className="text-slate-500">{t("email")}</dt>
          <dd className="text-slate-900">{profile.email}</dd>
          <dt className="text-slate-500">{t("role")}</dt>
          <dd className="text-slate-900">{tc(`roles.${profile.role}`)}</dd>
        </dl>
      </Card>
      <Card className="p-5">
        <h2 className="mb-3 text-sm font-semibold text-slate-900">{t("digestTitle")}</h2>
        <DigestOptInForm action={updateDigestOptInAction} initial={profile.digestOptIn} isAdmin={can(actor, "admin.manage")} />
      </Card>
    </div>
  );
}
