import bcrypt from "bcryptjs";

/** bcrypt (pure JS, no native build) with cost 10: ~70 ms per check on these machines. */
export const hashPassword = (plain: string) => bcrypt.hash(plain, 10);
export const verifyPassword = (plain: string, hash: string) => bcrypt.compare(plain, hash);
