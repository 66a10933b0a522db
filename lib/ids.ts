/**
 * Whether a string has PostgreSQL's uuid shape (any version). Used to read a malformed id from a
 * URL, cursor or form as "not found" before it reaches the database, where it would be an error.
 */
export const isUuid = (value: string): boolean =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
