/**
 * Splits a PostgreSQL URL into pg's separate connection fields.
 * Separate fields (not `connectionString`) let callers override `database`,
 * which a connection string would silently win over (see ENVIRONMENT.md).
 */
export function pgConfigFromUrl(url: string) {
  const u = new URL(url);
  return {
    host: decodeURIComponent(u.hostname),
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.replace(/^\//, "")) || "postgres",
  };
}
