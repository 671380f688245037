import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "@/lib/database-unavailable";
import { AppError, type ErrorCode } from "@/lib/errors";
import { log } from "@/lib/log";
import type { ActionDetails, ActionRefusal } from "@/lib/schemas/action-result";

export const INVALID_MESSAGE = "Some fields are missing or not valid.";

export function refusal(
  code: ErrorCode,
  message: string,
  extra: Pick<ActionRefusal, "fieldErrors" | "details"> = {},
): ActionRefusal {
  return {
    ok: false,
    code,
    message,
    ...(extra.fieldErrors && Object.keys(extra.fieldErrors).length
      ? { fieldErrors: extra.fieldErrors }
      : {}),
    ...(extra.details && Object.keys(extra.details).length ? { details: extra.details } : {}),
  };
}

/** Zod's issues by field ("anchor.markId" for nested ones), for the form to show beside each field. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".");
    if (path) (fields[path] ??= []).push(issue.message);
  }
  return fields;
}

/** The named details that are text or numbers; anything else (lists, objects) stays on the server. */
export function pickDetails(
  source: Record<string, unknown> | undefined,
  keys: readonly string[],
): ActionDetails {
  const details: ActionDetails = {};
  for (const key of keys) {
    const value = source?.[key];
    if (typeof value === "string") details[key] = value.slice(0, 500);
    else if (typeof value === "number" && Number.isFinite(value)) details[key] = value;
  }
  return details;
}

function fieldErrorsOfAppError(error: AppError): Record<string, string[]> | undefined {
  const given = error.details?.fieldErrors;
  if (given && typeof given === "object") return given as Record<string, string[]>;
  const field = error.details?.field;
  return typeof field === "string" ? { [field]: [error.message] } : undefined;
}

/**
 * Any failure as a refusal, so an action never answers with an error row (a 500 by another
 * name): AppError with its code, zod errors as field errors, an unreachable database as
 * UNAVAILABLE, anything else logged and answered INTERNAL. Next's own signals (redirect,
 * notFound, dynamic rendering) are thrown on, as they must be.
 */
export function toRefusal(error: unknown, detailKeys: readonly string[] = []): ActionRefusal {
  unstable_rethrow(error);
  if (error instanceof AppError) {
    const fieldErrors = fieldErrorsOfAppError(error);
    return refusal(error.code, error.message, {
      ...(fieldErrors ? { fieldErrors } : {}),
      details: pickDetails(error.details, detailKeys),
    });
  }
  if (error instanceof z.ZodError)
    return refusal("INVALID_INPUT", INVALID_MESSAGE, { fieldErrors: fieldErrorsOf(error) });
  if (isDatabaseUnavailable(error)) return refusal("UNAVAILABLE", DATABASE_UNAVAILABLE_MESSAGE);
  log.error({ err: error }, "server action failed");
  return refusal("INTERNAL", "Something went wrong; nothing was changed.");
}
