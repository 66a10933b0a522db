import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { customerTypeTone } from "@/components/customers/customer-type-badge";
import { customerTypes } from "@/lib/inquiries/rules";
import type { CustomersByType } from "@/lib/board/rules";

/** Distinct customers per type as small chips, colored like the queue's customer-type badges. */
export function CustomerTypeChips({ counts }: { counts: CustomersByType }) {
  const t = useTranslations("board.card");
  const tc = useTranslations("common.customerType");
  const present = customerTypes.filter((type) => counts[type] > 0);
  if (!present.length) return null;
  return (
    <ul className="flex flex-wrap gap-1">
      {present.map((type) => (
        <li key={type}>
          <Badge tone={customerTypeTone[type]} className="px-1.5 text-[11px]">
            {t("typeChip", { count: counts[type], type: tc(type) })}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
