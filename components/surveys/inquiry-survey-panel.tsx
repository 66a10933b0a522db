import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, type Tone } from "@/components/ui/badge";
import type { InquirySurvey } from "@/lib/surveys/inquiry-survey";
import type { InvitationState } from "@/lib/surveys/invitation";
import { SurveyPanelControls } from "./inquiry-survey-panel-controls";

type Shown = InvitationState | "answered" | "expired";

const tones: Record<Shown, Tone> = {
  scheduled: "sky",
  queued: "amber",
  sending: "sky",
  sent: "emerald",
  failed: "rose",
  none: "amber",
  answered: "violet",
  expired: "slate",
};

const headingId = "inquiry-survey-heading";

/**
 * The inquiry sidebar's "Survey" card: who gets the survey, where its invitation stands, and the
 * answer once there is one. Agents and admins also get the controls (change recipient, send
 * now, copy link); the link is in the DTO only for them, and the actions check again.
 */
export async function InquirySurveyPanel({ survey }: { survey: InquirySurvey }) {
  const [t, format] = await Promise.all([getTranslations("surveyAdmin.panel"), getFormatter()]);
  const { request } = survey;

  const frame = (body: ReactNode, badge?: ReactNode) => (
    <section aria-labelledby={headingId} className="space-y-3 rounded-lg break-keep bg-white p-4 shadow-sm ring-1 ring-slate-200" data-testid="survey-panel">
      <div className="flex items-center justify-between gap-2">
        <h2 id={headingId} className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{t("title")}</h2>
        {badge}
      </div>
      {body}
    </section>
  );

  if (!request) {
    const resolved = survey.inquiryStatus === "RESOLVED" || survey.inquiryStatus === "CLOSED";
    const hint = resolved ? t("hint.none") : survey.mode === "OFF" ? t("hint.off") : t("hint.notResolved");
    return frame(<p className="text-sm text-slate-500">{hint}</p>);
  }

  const now = new Date();
  const sameDay = (d: Date) => format.dateTime(d, "date") === format.dateTime(now, "date");
  const when = (d: Date) => (sameDay(d) ? format.dateTime(d, "time") : format.dateTime(d, "short"));
  const shown: Shown = request.response ? "answered" : request.expired ? "expired" : request.invitation.state;
  const label =
    shown === "scheduled" && request.invitation.sendAfter
      ? t("state.scheduled", { time: when(request.invitation.sendAfter) })
      : t(`state.${shown}`, { time: "" });
  const hint =
    shown === "sent" && request.invitation.sentAt ? t("stateHint.sent", { time: format.dateTime(request.invitation.sentAt, "short") })
    : shown === "expired" ? t("stateHint.expired", { date: format.dateTime(request.expiresAt, "date") })
    : shown === "answered" ? null
    // "No email" asks the reader to act; without the controls the hint would point at nothing.
    : shown === "none" && !request.url ? null
    : t(`stateHint.${shown}`);

  return frame(
    <>
      <div className="space-y-1">
        <p data-testid="survey-state"><Badge tone={tones[shown]}>{label}</Badge></p>
        {hint && <p className="text-xs text-slate-500">{hint}</p>}
      </div>

      <div className="text-sm">
        <p className="text-xs text-slate-500">{t("recipient")}</p>
        {request.recipientName && <p className="font-medium break-words text-slate-900">{request.recipientName}</p>}
        {request.recipientEmail ? (
          <p className="text-slate-700 [overflow-wrap:anywhere]" data-testid="survey-recipient">{request.recipientEmail}</p>
        ) : (
          <p className="text-slate-500" data-testid="survey-recipient">{t("noEmail")}</p>
        )}
      </div>

      {request.response && (
        <div className="space-y-2 rounded-md bg-slate-50 p-3 ring-1 ring-slate-200" data-testid="survey-answer">
          <div className="flex flex-wrap gap-1.5">
            {request.response.csat !== null && <Badge tone={request.response.csat >= 4 ? "emerald" : request.response.csat <= 2 ? "rose" : "amber"}>{t("answer.csat", { score: request.response.csat })}</Badge>}
            {request.response.ces !== null && <Badge tone={request.response.ces >= 5 ? "emerald" : request.response.ces <= 3 ? "rose" : "amber"}>{t("answer.ces", { score: request.response.ces })}</Badge>}
          </div>
          {request.response.comment?.trim() ? (
            <blockquote className="border-l-2 border-slate-300 pl-2 text-sm leading-6 break-words whitespace-pre-wrap text-slate-800">
              {request.response.comment}
            </blockquote>
          ) : (
            <p className="text-xs text-slate-500">{t("answer.noComment")}</p>
          )}
          <p className="text-xs text-slate-500">{t("answer.answeredAt", { time: format.dateTime(request.response.createdAt, "short") })}</p>
        </div>
      )}

      {request.url ? (
        <SurveyPanelControls
          inquiryId={survey.inquiryId}
          url={request.url}
          recipientEmail={request.recipientEmail}
          recipientName={request.recipientName}
          canChangeRecipient={request.canChangeRecipient}
          canSendNow={request.canSendNow && shown === "scheduled"}
          showLink={!request.response && !request.expired}
          validUntil={t("linkValid", { date: format.dateTime(request.expiresAt, "date") })}
        />
      ) : (
        !request.response && <p className="text-xs text-slate-500">{t("readOnly")}</p>
      )}
    </>,
    <Badge tone="slate" className="font-normal">{t(`form.${request.form}`)}</Badge>,
  );
}
