/**
 * Errors a person can act on. Use-cases throw AppError with a code; actions turn it into an
 * ActionResult (lib/schemas/action-result.ts) and the UI shows the sentence for the code.
 */
export const ERROR_CODES = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "INVALID_INPUT",
  "CONFLICT",
  "THROTTLED",
  "LAST_ADMIN",
  "EMAIL_TAKEN",
  "INVALID_CREDENTIALS",
  "INVALID_TOKEN",
  /** The database cannot be reached just now; nothing was changed, try again shortly. */
  "UNAVAILABLE",
  /** An unexpected failure: logged with its stack, answered with a sentence, nothing changed. */
  "INTERNAL",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** HTTP status for each code, for route handlers. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID_INPUT: 400,
  CONFLICT: 409,
  THROTTLED: 429,
  LAST_ADMIN: 409,
  EMAIL_TAKEN: 409,
  INVALID_CREDENTIALS: 401,
  INVALID_TOKEN: 400,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

/**
 * A refusal builder for one kind of thing (sections, tags, contributors): its finer
 * `reason` is typed, so a form can name the sentence to show, beside `field` if given,
 * with any counts the sentence needs.
 */
export function refusalOf<Reason extends string>() {
  return (
    code: ErrorCode,
    reason: Reason,
    message: string,
    field?: string,
    extra: Record<string, string | number> = {},
  ): AppError => new AppError(code, message, { reason, ...(field ? { field } : {}), ...extra });
}
