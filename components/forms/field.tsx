import type { ReactNode } from "react";

/** A visible label, the control, and its errors (linked for screen readers via `${id}-error`). */
export function Field({ id, label, errors, hint, children }: {
  id: string;
  label: ReactNode;
  errors?: string[];
  hint?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">{label}</label>
      {children}
      {hint && !errors?.length && <p className="text-xs text-slate-500">{hint}</p>}
      {errors?.length ? (
        <p id={`${id}-error`} role="alert" className="text-xs text-rose-600">{errors.join(" ")}</p>
      ) : null}
    </div>
  );
}

/** Props for a control inside <Field>: aria wiring for its error message. */
export function errorProps(id: string, errors?: string[]) {
  return errors?.length ? { "aria-invalid": true as const, "aria-describedby": `${id}-error` } : {};
}
