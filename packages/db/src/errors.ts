/** Typed errors that services throw; the API's error formatter maps them to tRPC codes. */
export class NotFoundError extends Error {
  override readonly name = "NotFoundError";
  constructor(
    readonly kind: string,
    readonly key: string,
  ) {
    super(`No ${kind} ${key}`);
  }
}

export class ConflictError extends Error {
  override readonly name = "ConflictError";
  constructor(
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export class RuleError extends Error {
  override readonly name = "RuleError";
  constructor(
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}

export class ForbiddenError extends Error {
  override readonly name = "ForbiddenError";
  constructor(
    message: string,
    /** The rule that refused, when one did (own_claim, role_not_allowed...). */
    readonly reason = "forbidden",
  ) {
    super(message);
  }
}

/**
 * Input that passed the schema but not the database's knowledge (an unknown reference, an
 * identifier another record holds). Shaped like a schema error, so that the API answers
 * BAD_REQUEST with each message under its field's path.
 */
export class InputError extends Error {
  override readonly name = "InputError";
  constructor(readonly issues: { path: (string | number)[]; message: string }[]) {
    super(issues.map((i) => `${i.path.join(".")}: ${i.message}`).join(" | "));
  }
}
