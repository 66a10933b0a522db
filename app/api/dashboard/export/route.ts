import { getActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/permissions";
import { exportDashboardCsv, exportQuerySchema } from "@/lib/dashboard/export";
import { DomainError } from "@/lib/errors";
import { LOCALE_COOKIE, pickLocale } from "@/lib/i18n/locales";

/**
 * GET /api/dashboard/export?week=YYYY-MM-DD&table=inquiries|byCustomerType|byChannel|byTag|trend|
 * problems|churn|satisfaction|voices → a CSV download (UTF-8 with BOM, formula injection
 * neutralized by lib/csv). Signed out → 401; a role without "dashboard.read", an unknown table or
 * a malformed week → 404, all with a bare JSON code and nothing else.
 */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return Response.json({ error: "unauthorized" }, { status: 401 });
  const notFound = () => Response.json({ error: "notFound" }, { status: 404 });
  if (!can(actor, "dashboard.read")) return notFound();
  const parsed = exportQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return notFound();
  const locale = pickLocale(readCookie(request, LOCALE_COOKIE), request.headers.get("accept-language"));
  try {
    const { filename, body } = await exportDashboardCsv(actor, { ...parsed.data, locale });
    return new Response(body, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof DomainError) return notFound();
    console.error("[export] dashboard export failed", error);
    return Response.json({ error: "unexpected" }, { status: 500 });
  }
}

function readCookie(request: Request, name: string): string | undefined {
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key !== name) continue;
    try {
      return decodeURIComponent(rest.join("="));
    } catch {
      return undefined;
    }
  }
  return undefined;
}
