/** The one result shape of every server action. */
export type FieldErrors = Record<string, string[]>;

export type ActionResult<T = null> =
  | { ok: true; data: T; message?: string }
  | { ok: false; fieldErrors?: FieldErrors; formError?: string; values?: Record<string, string>; code?: string };

export const initialResult = { ok: false } as ActionResult<never>;
