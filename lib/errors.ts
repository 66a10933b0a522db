/**
 * Errors the domain throws on purpose. createAction maps each to a message the user can act on;
 * anything else is logged and shown as a generic error.
 */
export class DomainError extends Error {
  constructor(readonly code: string, message?: string) {
    super(message ?? code);
    this.name = new.target.name;
  }
}

/** Absent, or present but not visible to the actor (the two must read the same). */
export class NotFoundError extends DomainError {
  constructor(what = "record") {
    super("notFound", `${what} not found`);
  }
}

export class ForbiddenError extends DomainError {
  constructor() {
    super("forbidden");
  }
}

/** Optimistic-concurrency conflict: someone else saved first. */
export class ConflictError extends DomainError {
  constructor() {
    super("conflict");
  }
}

export class InvalidTransitionError extends DomainError {
  constructor(readonly from: string, readonly to: string) {
    super("invalidTransition", `cannot go from ${from} to ${to}`);
  }
}

export class RateLimitedError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super("rateLimited");
  }
}

/** Input that passed the schema but breaks a rule tied to one field. */
export class FieldError extends DomainError {
  constructor(readonly field: string, readonly messageKey: string) {
    super("invalidField", `${field}: ${messageKey}`);
  }
}
