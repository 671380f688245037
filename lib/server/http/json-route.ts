import "server-only";
import type { z } from "zod";
import { AppError, HTTP_STATUS } from "@/lib/errors";
import { log } from "@/lib/log";
import { isSameOrigin } from "@/lib/security/origin";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "@/lib/database-unavailable";

const MAX_REQUEST_BYTES = 4 * 1024 * 1024;

/** An AppError as its status and a sentence; anything else as a 500 with a generic sentence, never a stack trace. */
export function jsonError(error: unknown): Response {
  if (error instanceof AppError) {
    return Response.json(
      {
        error: error.code,
        message: error.message,
        ...(error.details?.field ? { field: error.details.field } : {}),
        // A code for the refusal's kind, which the newsroom UI shows in the person's language.
        ...(typeof error.details?.reason === "string" ? { reason: error.details.reason } : {}),
      },
      { status: HTTP_STATUS[error.code] },
    );
  }
  if (isDatabaseUnavailable(error)) {
    return Response.json(
      { error: "UNAVAILABLE", message: DATABASE_UNAVAILABLE_MESSAGE },
      { status: 503, headers: { "retry-after": "5" } },
    );
  }
  log.error({ err: error }, "route failed");
  return Response.json(
    { error: "INTERNAL", message: "Something went wrong; nothing was changed." },
    { status: 500 },
  );
}

/**
 * The shape of every JSON route handler that changes state: Origin checked, body parsed
 * with a strict zod schema (unknown fields refused), errors answered by jsonError (or by
 * `onError` first, for answers that carry more, such as a save conflict).
 */
export async function handleJsonMutation<S extends z.ZodType, R>(
  request: Request,
  schema: S,
  run: (input: z.infer<S>) => Promise<R>,
  onError?: (error: unknown) => Response | null,
): Promise<Response> {
  if (!isSameOrigin(request, process.env.GALLEY_PUBLIC_URL ?? process.env.NEXTAUTH_URL)) {
    return Response.json(
      { error: "FORBIDDEN", message: "This request did not come from Galley's own pages." },
      { status: 403 },
    );
  }
  // JSON only: a form or text/plain post (what another site's page can send without
  // asking) is refused before anything is read.
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    return Response.json(
      {
        error: "INVALID_INPUT",
        message: "Send the request as JSON (Content-Type: application/json).",
      },
      { status: 415 },
    );
  }
  // Refuse oversized requests before reading them (the largest legitimate body is 2 MB).
  if (Number(request.headers.get("content-length") ?? 0) > MAX_REQUEST_BYTES) {
    return Response.json(
      { error: "INVALID_INPUT", message: "The request is larger than 4 MB; nothing was saved." },
      { status: 413 },
    );
  }
  let body: unknown;
  let text: string;
  try {
    // Strict decoding: bytes that are not UTF-8 are refused, never saved as "�".
    text = new TextDecoder("utf-8", { fatal: true }).decode(await request.arrayBuffer());
  } catch {
    return Response.json(
      {
        error: "INVALID_INPUT",
        message: "The request is not valid UTF-8 text; nothing was saved.",
      },
      { status: 400 },
    );
  }
  try {
    body = JSON.parse(text);
  } catch {
    return Response.json(
      { error: "INVALID_INPUT", message: "The request body is not valid JSON." },
      { status: 400 },
    );
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    return Response.json(
      {
        error: "INVALID_INPUT",
        message: "Some fields are missing or not valid.",
        issues: parsed.error.issues.map((issue) => ({
          path: issue.path.join("."),
          message: issue.message,
        })),
      },
      { status: 400 },
    );
  }
  try {
    return Response.json(await run(parsed.data));
  } catch (error) {
    return onError?.(error) ?? jsonError(error);
  }
}
