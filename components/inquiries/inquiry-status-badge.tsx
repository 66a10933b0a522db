import { useTranslations } from "next-intl";
import { Badge, type Tone } from "@/components/ui/badge";

export const statusTone: Record<string, Tone> = {
  NEW: "sky",
  OPEN: "indigo",
  PENDING: "amber",
  RESOLVED: "emerald",
  CLOSED: "slate",
};

export function InquiryStatusBadge({ status }: { status: string }) {
  const t = useTranslations("common.status");
  return <Badge tone={statusTone[status] ?? "slate"}>{t(status as never)}</Badge>;
}
