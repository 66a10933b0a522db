import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { isUuid } from "@/lib/ids";
import { getShipPreview } from "@/lib/board/queries-detail";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/errors";

/**
 * GET /board/[problemId]/ship-preview → { openLinked, notifiable }: what the ship dialog tells the
 * user before they ship. Board managers only (getShipPreview checks).
 */
const paramsSchema = z.object({ problemId: z.string().refine(isUuid) });

export async function GET(_request: Request, { params }: { params: Promise<{ problemId: string }> }) {
  const actor = await getActor();
  if (!actor) return Response.json({ error: "unauthorized" }, { status: 401 });
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) return Response.json({ error: "notFound" }, { status: 404 });
  try {
    const preview = await getShipPreview(actor, parsed.data.problemId);
    return Response.json(preview, { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    if (error instanceof ForbiddenError) return Response.json({ error: "forbidden" }, { status: 403 });
    if (error instanceof NotFoundError) return Response.json({ error: "notFound" }, { status: 404 });
    if (error instanceof DomainError) return Response.json({ error: error.code }, { status: 400 });
    throw error;
  }
}
