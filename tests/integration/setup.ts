import { inject } from "vitest";

// Before any test file imports lib/ (lib/env.ts parses the environment at import).
process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "integration-tests-secret-0123456789";
process.env.DATABASE_POOL_SIZE ??= "5";
