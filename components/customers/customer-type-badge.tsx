import { useTranslations } from "next-intl";
import { Badge, type Tone } from "@/components/ui/badge";

/** One color per customer type, used by the queue, customers and (later) the board. */
export const customerTypeTone: Record<string, Tone> = {
  INTERNAL: "slate",
  PROSPECT: "sky",
  BUYER: "emerald",
  USER: "indigo",
  CHURNED: "rose",
};

export function CustomerTypeBadge({ type }: { type: string }) {
  const t = useTranslations("common.customerType");
  return <Badge tone={customerTypeTone[type] ?? "slate"}>{t(type as never)}</Badge>;
}
