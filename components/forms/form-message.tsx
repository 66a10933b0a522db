import type { ActionResult } from "@/lib/actions/result";

/** The form-level error (or success message) of an action result, announced to screen readers. */
export function FormMessage({ state }: { state: ActionResult<unknown> | undefined }) {
  if (!state) return null;
  if (!state.ok && state.formError) {
    return <p role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-700 ring-1 ring-rose-200">{state.formError}</p>;
  }
  if (state.ok && state.message) {
    return <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-700 ring-1 ring-emerald-200">{state.message}</p>;
  }
  return null;
}
