import { useTranslations } from "next-intl";
import { Badge, type Tone } from "@/components/ui/badge";
import { cx } from "@/components/ui/cx";

const statusTone: Record<string, Tone> = {
  NEW: "sky",
  OPEN: "indigo",
  PENDING: "amber",
  RESOLVED: "emerald",
  CLOSED: "slate",
};

export function StatusBadge({ status }: { status: string }) {
  const t = useTranslations("common.status");
  return <Badge tone={statusTone[status] ?? "slate"}>{t(status as never)}</Badge>;
}

const priorityDot: Record<string, string> = {
  URGENT: "bg-rose-500",
  HIGH: "bg-amber-500",
  NORMAL: "bg-slate-400",
  LOW: "bg-slate-300",
};

/** Priority as a colored dot and its name: quieter than a badge, still scannable. */
export function PriorityLabel({ priority }: { priority: string }) {
  const t = useTranslations("common.priority");
  return (
    <span className={cx("inline-flex items-center gap-1.5 whitespace-nowrap", priority === "URGENT" ? "font-semibold text-rose-700" : "text-slate-700")}>
      <span aria-hidden className={cx("size-2 rounded-full", priorityDot[priority] ?? "bg-slate-300")} />
      {t(priority as never)}
    </span>
  );
}

const tagTones = new Set<string>(["slate", "indigo", "sky", "emerald", "amber", "rose", "violet"]);

export function TagBadge({ name, color }: { name: string; color: string }) {
  return (
    <Badge tone={tagTones.has(color) ? (color as Tone) : "slate"} className="px-1.5 font-normal">
      {name}
    </Badge>
  );
}

export function OverdueBadge() {
  const t = useTranslations("queue.row");
  return (
    <Badge tone="rose" className="font-semibold">
      <svg aria-hidden viewBox="0 0 16 16" className="mr-1 size-3 fill-current">
        <path d="M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm.75 3.5v3.69l2.28 2.28-1.06 1.06L7.25 8.81V4.5h1.5Z" />
      </svg>
      {t("overdue")}
    </Badge>
  );
}
