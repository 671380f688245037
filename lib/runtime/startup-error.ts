/**
 * A start-up problem a person can fix. Its message is one or two plain sentences;
 * `scripts/start.ts` prints it without a stack trace and exits non-zero.
 */
export class StartupError extends Error {
  override name = "StartupError";
}
