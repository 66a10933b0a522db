import { useTranslations } from "next-intl";
import { Badge, type Tone } from "@/components/ui/badge";

const tone: Record<string, Tone> = {
  REPORTED: "slate",
  ACCEPTED: "sky",
  IN_PROGRESS: "indigo",
  SHIPPED: "emerald",
  DECLINED: "rose",
};

export function ProblemStatusBadge({ status }: { status: string }) {
  const t = useTranslations("push.status");
  return <Badge tone={tone[status] ?? "slate"}>{t(status as never)}</Badge>;
}
