import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { getActor, requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz/permissions";
import { NotFoundError } from "@/lib/errors";
import { getInquiryDetail, recordInquiryView } from "@/lib/inquiries/queries";
import { Card } from "@/components/ui/card";
import { Composer } from "@/components/inquiries/composer";
import { AssignControl, CustomerTypeControl, PriorityControl, StatusActions, TagsControl } from "@/components/inquiries/inquiry-controls";
import { InquiryTimeline } from "@/components/inquiries/inquiry-timeline";
import { CustomerMessage, InquiryFacts, InquiryHeader, TagList } from "@/components/inquiries/inquiry-view";
import { FixBoardSection } from "@/components/push/fix-board-section";
import { InquirySurveyPanel } from "@/components/surveys/inquiry-survey-panel";
import { getInquirySurvey } from "@/lib/surveys/inquiry-survey";
import type { Actor } from "@/lib/auth/actor";

type Props = { params: Promise<{ inquiryId: string }> };

/** One load per request, shared by the metadata and the page. A missing id is a 404. */
const loadInquiry = cache(async (actor: Actor, inquiryId: string) => {
  try {
    return await getInquiryDetail(actor, inquiryId);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await getActor();
  if (!actor) return {};
  const inquiry = await loadInquiry(actor, (await params).inquiryId);
  return { title: `#${inquiry.number} ${inquiry.subject}` };
}

/** /inquiries/[inquiryId] — every role reads; agents/admins work it; product adds notes. */
export default async function InquiryPage({ params }: Props) {
  const actor = await requireUser();
  const { inquiryId } = await params;
  const inquiry = await loadInquiry(actor, inquiryId);
  // Every view counts for the visibility metrics (who, when), re-renders after a save included.
  await recordInquiryView(actor, inquiry.id);
  const survey = await getInquirySurvey(actor, inquiry.id);
  const t = await getTranslations("inquiries.detail");

  const canUpdate = can(actor, "inquiries.update");
  const canReply = can(actor, "inquiries.reply");
  const canNote = can(actor, "inquiries.note");
  const base = { inquiryId: inquiry.id, version: inquiry.version };

  return (
    <div className="mx-auto max-w-6xl">
      <InquiryHeader inquiry={inquiry} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-6">
          <CustomerMessage inquiry={inquiry} />
          <InquiryTimeline events={inquiry.events} channel={inquiry.channel} />
          {(canReply || canNote) && (
            <div className="space-y-4">
              {!canUpdate && <p className="text-sm text-slate-600">{t("productNotesOnly")}</p>}
              {canReply && <Composer kind="reply" {...base} />}
              {canNote && <Composer kind="note" {...base} />}
            </div>
          )}
          {!canReply && !canNote && (
            <p className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-600">{t("readOnly")}</p>
          )}
        </div>
        <aside className="space-y-4" aria-label={t("details")}>
          {canUpdate && (
            <Card className="space-y-5 p-4">
              <StatusActions {...base} status={inquiry.status} allowed={inquiry.allowedStatuses} />
              <AssignControl {...base} assigneeId={inquiry.assignee?.id ?? null} staff={inquiry.options.staff} />
              <PriorityControl {...base} priority={inquiry.priority} />
              <CustomerTypeControl {...base} customerType={inquiry.customerType} />
              <TagsControl {...base} selected={inquiry.tags} options={inquiry.options.tags} />
            </Card>
          )}
          {!canUpdate && <TagList tags={inquiry.tags} />}
          <FixBoardSection
            inquiry={{ id: inquiry.id, number: inquiry.number, subject: inquiry.subject }}
            problem={inquiry.problem}
            canPush={can(actor, "board.push")}
          />
          <InquirySurveyPanel survey={survey} />
          <InquiryFacts inquiry={inquiry} />
        </aside>
      </div>
    </div>
  );
}
