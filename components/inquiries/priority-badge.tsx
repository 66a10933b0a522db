import { useTranslations } from "next-intl";
import { Badge, type Tone } from "@/components/ui/badge";

export const priorityTone: Record<string, Tone> = { LOW: "slate", NORMAL: "slate", HIGH: "amber", URGENT: "rose" };

export function PriorityBadge({ priority }: { priority: string }) {
  const t = useTranslations("common.priority");
  return <Badge tone={priorityTone[priority] ?? "slate"}>{t(priority as never)}</Badge>;
}
