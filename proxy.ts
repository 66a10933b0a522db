import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { env } from "@/lib/env";

/**
 * Redirects visitors without a session to /login. UX only: every page, action and route checks
 * the user itself (CVE-2025-29927 showed middleware can be skipped). New routes are private by
 * default; public ones are listed here.
 */
const PUBLIC = [/^\/login$/, /^\/contact(\/.*)?$/, /^\/s\/.+/, /^\/api\/auth\//, /^\/api\/health$/, /^\/api\/contact$/, /^\/api\/s\/[^/]+$/];

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (PUBLIC.some((re) => re.test(pathname))) return NextResponse.next();
  const token = await getToken({ req: request, secret: env.NEXTAUTH_SECRET });
  if (token) return NextResponse.next();
  const url = new URL("/login", request.url);
  if (pathname !== "/") url.searchParams.set("callbackUrl", pathname + search);
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico)$).*)"],
};
