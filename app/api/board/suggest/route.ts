import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/permissions";
import { suggestSimilarProblems } from "@/lib/board/suggest";

const suggestQuerySchema = z.object({
  q: z.string().trim().max(200).default(""),
  // Same rule as lib/board/schema.ts suggestSimilarProblemsSchema, so a bad id is a 400 here, not a 500 there.
  exclude: z.uuid().optional(),
});

/** Shorter than this, trigram similarity matches nearly everything: answer with nothing. */
const MIN_QUERY = 2;

/**
 * GET /api/board/suggest?q=…&exclude=<problemId> → problems similar to `q` by title or by the
 * subjects of their linked inquiries: [{ id, number, title, status, linkedCount, score, matchedVia }].
 * Every role that reads the board may ask (the push dialog is only offered to "board.push" roles).
 */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return Response.json({ error: "unauthorized" }, { status: 401 });
  if (!can(actor, "board.read")) return Response.json({ error: "forbidden" }, { status: 403 });
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = suggestQuerySchema.safeParse(params);
  if (!parsed.success) return Response.json({ error: "invalid" }, { status: 400 });
  const { q, exclude } = parsed.data;
  if (q.length < MIN_QUERY) return Response.json([]);
  const suggestions = await suggestSimilarProblems(actor, { q, excludeProblemId: exclude, limit: 6 });
  return Response.json(suggestions, { headers: { "Cache-Control": "private, no-store" } });
}
