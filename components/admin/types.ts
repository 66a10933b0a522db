import type { ActionResult } from "@/lib/actions/result";

/** A server action usable with useActionState (what createAction builds). */
export type FormAction = (prev: ActionResult<unknown>, formData: FormData) => Promise<ActionResult<unknown>>;

export function failure(state: ActionResult<unknown>) {
  return state.ok ? { fieldErrors: undefined, values: undefined } : { fieldErrors: state.fieldErrors, values: state.values };
}
