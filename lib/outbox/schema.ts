import { z } from "zod";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** Outbox page: newest first, keyset cursor (opaque string from the previous page). */
export const listOutboxSchema = z.object({
  cursor: z.preprocess(blankToUndefined, z.string().max(200).optional()),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type ListOutboxInput = { cursor?: string; limit?: number };
