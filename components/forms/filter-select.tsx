import type { ReactNode } from "react";
import { Select } from "@/components/ui/input";
import { cx } from "@/components/ui/cx";

/** The small label above a filter control (queue, board). */
export function FilterLabel({ htmlFor, children }: { htmlFor: string; children: ReactNode }) {
  return <label htmlFor={htmlFor} className="mb-1 block text-xs font-medium text-slate-600">{children}</label>;
}

/** A labelled filter select with an "all" option for the empty value; it applies on change. */
export function FilterSelect({ id, name, label, value, all, onChange, className, children }: {
  id: string;
  name: string;
  label: string;
  value: string | undefined;
  all: string;
  onChange: () => void;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={cx("min-w-0", className)}>
      <FilterLabel htmlFor={id}>{label}</FilterLabel>
      <Select id={id} name={name} defaultValue={value ?? ""} onChange={onChange}>
        <option value="">{all}</option>
        {children}
      </Select>
    </div>
  );
}
