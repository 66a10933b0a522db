"use client";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { setProblemOwnerAction } from "@/app/(app)/board/actions";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import { useInquiryForm } from "@/components/inquiries/use-inquiry-form";
import { BoardFeedback } from "./action-feedback";

/** The owner select (PRODUCT/ADMIN people, or nobody) with an explicit Save. */
export function OwnerControl({ problemId, version, ownerId, owners }: {
  problemId: string;
  version: number;
  ownerId: string | null;
  owners: { id: string; name: string }[];
}) {
  const t = useTranslations("board.owner");
  const { state, pending, onSubmit } = useInquiryForm(setProblemOwnerAction);
  const id = useId();
  return (
    <form onSubmit={onSubmit} className="space-y-1.5">
      <input type="hidden" name="problemId" value={problemId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <label htmlFor={id} className="block text-xs font-semibold tracking-wide text-slate-500 uppercase">{t("label")}</label>
      <div className="flex gap-2">
        <Select key={`${ownerId}:${version}`} id={id} name="ownerId" defaultValue={ownerId ?? ""}>
          <option value="">{t("none")}</option>
          {owners.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
        </Select>
        <Button type="submit" variant="secondary" className="shrink-0 whitespace-nowrap" disabled={pending}>{pending ? t("saving") : t("save")}</Button>
      </div>
      <BoardFeedback state={state} />
    </form>
  );
}
