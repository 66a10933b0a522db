import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { getActor, requireUser } from "@/lib/auth/session";
import type { Actor } from "@/lib/auth/actor";
import { getProblemDetail } from "@/lib/board/queries-detail";
import { NotFoundError } from "@/lib/errors";
import { Card } from "@/components/ui/card";
import { CommentComposer } from "@/components/board/comment-composer";
import { CustomersAffected } from "@/components/board/customers-affected";
import { DescriptionCard } from "@/components/board/edit-problem";
import { ImpactExplainer } from "@/components/board/impact-explainer";
import { InquiriesRemoved } from "@/components/board/inquiries-removed";
import { LinkedInquiries } from "@/components/board/linked-inquiries";
import { MergeControl } from "@/components/board/merge-control";
import { MoveControls } from "@/components/board/move-controls";
import { OwnerControl } from "@/components/board/owner-control";
import { ProblemActivity } from "@/components/board/problem-activity";
import { MergedNotice, NoteBlock, ProblemHeader } from "@/components/board/problem-header";
import { WeeklySection } from "@/components/board/weekly-section";

type Props = {
  params: Promise<{ problemId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** One load per request, shared by the metadata and the page. A missing id is a 404. */
const loadProblem = cache(async (actor: Actor, problemId: string, cursor: string | null) => {
  try {
    return await getProblemDetail(actor, problemId, { cursor });
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});

const cursorOf = (value: string | string[] | undefined) => (typeof value === "string" && value.length <= 200 ? value : null);

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const actor = await getActor();
  if (!actor) return {};
  const problem = await loadProblem(actor, (await params).problemId, cursorOf((await searchParams).cursor));
  return { title: `#${problem.number} ${problem.title}` };
}

/** /board/[problemId] — every role reads; PRODUCT/ADMIN work it; CS and product discuss it. */
export default async function ProblemPage({ params, searchParams }: Props) {
  const actor = await requireUser();
  const { problemId } = await params;
  const cursor = cursorOf((await searchParams).cursor);
  const problem = await loadProblem(actor, problemId, cursor);
  const t = await getTranslations("board");
  const merged = problem.mergedInto !== null;
  const { manage, push, comment } = problem.permissions;
  const base = `/board/${problem.id}`;
  const olderHref = problem.inquiries.nextCursor ? `${base}?cursor=${encodeURIComponent(problem.inquiries.nextCursor)}#inquiries` : null;
  const newestHref = cursor ? `${base}#inquiries` : null;

  return (
    <div className="mx-auto max-w-6xl">
      <ProblemHeader problem={problem} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-6">
          {problem.mergedInto && <MergedNotice into={problem.mergedInto} />}
          {problem.status === "DECLINED" && problem.declineReason && (
            <NoteBlock title={t("detail.declineReason")} tone="rose">{problem.declineReason}</NoteBlock>
          )}
          {problem.status === "SHIPPED" && problem.releaseNote && (
            <NoteBlock title={t("detail.releaseNote")} tone="emerald">{problem.releaseNote}</NoteBlock>
          )}
          <DescriptionCard
            problem={{ id: problem.id, title: problem.title, description: problem.description, version: problem.version }}
            canEdit={manage && !merged}
            key={problem.version}
          />
          {/* A merged problem's links, customers and numbers live on the target now. */}
          {problem.removed && !merged && <InquiriesRemoved removed={problem.removed} />}
          {!merged && <ImpactExplainer impact={problem.impact} />}
          {!merged && <WeeklySection problem={problem} />}
          {!merged && <LinkedInquiries problem={problem} canUnlink={push} olderHref={olderHref} newestHref={newestHref} />}
          <ProblemActivity problem={problem} />
          {comment && !merged && <CommentComposer problemId={problem.id} />}
          {!comment && !merged && <p className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-600">{t("activity.readOnly")}</p>}
        </div>
        <aside className="space-y-4" aria-label={t("detail.details")}>
          {manage && !merged && (
            <Card className="space-y-5 p-4">
              <section aria-labelledby="manage-title" className="space-y-2">
                <h2 id="manage-title" className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{t("detail.manage")}</h2>
                <MoveControls
                  key={problem.version}
                  layout="panel"
                  problem={{ id: problem.id, number: problem.number, title: problem.title, status: problem.status, version: problem.version }}
                  allowed={problem.allowedMoves}
                />
              </section>
              <OwnerControl problemId={problem.id} version={problem.version} ownerId={problem.owner?.id ?? null} owners={problem.owners} />
              <section aria-labelledby="merge-title" className="space-y-1">
                <h2 id="merge-title" className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{t("merge.title")}</h2>
                <MergeControl source={{ id: problem.id, number: problem.number, title: problem.title, linkedCount: problem.linkedCount }} />
              </section>
            </Card>
          )}
          {!manage && !merged && <p className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-600">{t("detail.readOnly")}</p>}
          {!merged && <CustomersAffected problem={problem} />}
          {problem.mergedFrom.length > 0 && (
            <Card className="space-y-2 p-4">
              <h2 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{t("detail.mergedFrom")}</h2>
              <ul className="space-y-1 text-sm">
                {problem.mergedFrom.map((m) => (
                  <li key={m.id}>
                    <Link href={`/board/${m.id}`} className="text-indigo-600 hover:text-indigo-500">
                      <span className="font-mono text-xs text-slate-500">#{m.number}</span> {m.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </Card>
          )}
        </aside>
      </div>
    </div>
  );
}
