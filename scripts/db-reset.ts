/** `npm run db:reset`: empties the database and seeds the demo organization again. */
import { resolveDatabase, runSeed } from "./database";

const db = await resolveDatabase();
try {
  runSeed(db.url, true);
} finally {
  await db.stop();
}
