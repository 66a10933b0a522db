/**
 * The survey invitation mail (pure): short, in the customer's language, one link.
 */
import type { MessageLanguage } from "@/lib/board/rules";
import type { SurveyForm } from "./rules";

export const SURVEY_MESSAGE_KIND = "survey.request";
export const PULSE_MESSAGE_KIND = "survey.pulse";

/** One outbox message per survey request, however often the code that queues it runs. */
export function surveyDedupeKey(requestId: string): string {
  return `survey:${requestId}`;
}

export function surveyLink(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/s/${token}`;
}

export function surveyMail(
  input: { recipientName: string | null; inquirySubject: string; link: string; form: SurveyForm },
  language: MessageLanguage,
): { subject: string; body: string } {
  const name = input.recipientName?.trim();
  const about = input.inquirySubject.trim();
  if (language === "ko") {
    const question = input.form === "CES" ? "문제를 해결하기가 얼마나 쉬우셨나요?" : "받으신 도움에 얼마나 만족하시나요?";
    return {
      subject: `문의 「${about}」에 대한 의견을 들려주세요`,
      body: `${name ? `${name}님, ` : ""}안녕하세요.\n\n최근 「${about}」 문의를 처리해 드렸습니다. ${question}\n한 번만 눌러 답해 주세요 (1분도 걸리지 않습니다):\n\n${input.link}\n\n이 링크는 28일 동안 한 번 사용할 수 있습니다. 감사합니다.`,
    };
  }
  const question = input.form === "CES" ? "How easy was it to get your issue resolved?" : "How satisfied are you with the help you got?";
  return {
    subject: `How did we do? "${about}"`,
    body: `${name ? `Hello ${name},` : "Hello,"}\n\nWe recently helped you with "${about}". ${question}\nOne tap is all it takes (less than a minute):\n\n${input.link}\n\nThe link works once, for 28 days. Thank you!`,
  };
}

export function pulseMail(
  input: { recipientName: string; question: string; link: string },
  language: MessageLanguage,
): { subject: string; body: string } {
  if (language === "ko") {
    return {
      subject: `짧은 설문: ${input.question}`,
      body: `${input.recipientName}님, 안녕하세요.\n\n${input.question}\n1–5점으로 한 번만 눌러 답해 주세요:\n\n${input.link}\n\n이 링크는 28일 동안 한 번 사용할 수 있습니다.`,
    };
  }
  return {
    subject: `Quick pulse: ${input.question}`,
    body: `Hello ${input.recipientName},\n\n${input.question}\nAnswer on 1–5 with one tap:\n\n${input.link}\n\nThe link works once, for 28 days.`,
  };
}
