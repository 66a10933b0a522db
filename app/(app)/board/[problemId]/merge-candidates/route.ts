import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { searchMergeTargets } from "@/lib/board/queries-detail";
import { ForbiddenError } from "@/lib/errors";

const querySchema = z.object({ q: z.string().trim().max(200).default("") });

/**
 * GET /board/[problemId]/merge-candidates?q=… → problems this one can be merged into
 * ([{ id, number, title, status, linkedCount }]), by number ("#12") or title. Board managers only.
 */
export async function GET(request: Request, { params }: { params: Promise<{ problemId: string }> }) {
  const actor = await getActor();
  if (!actor) return Response.json({ error: "unauthorized" }, { status: 401 });
  const parsed = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return Response.json({ error: "invalid" }, { status: 400 });
  try {
    const candidates = await searchMergeTargets(actor, (await params).problemId, parsed.data.q);
    return Response.json(candidates, { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    if (error instanceof ForbiddenError) return Response.json({ error: "forbidden" }, { status: 403 });
    throw error;
  }
}
