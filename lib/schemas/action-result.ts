import type { ErrorCode } from "@/lib/errors";

/**
 * What every server action answers. `code` is an error code only (a success says what it
 * did in `data`); `message` is the English sentence for logs and APIs, while components
 * turn `code` (or `details.reason`, the refusal's finer kind) into a sentence in the UI
 * language. `fieldErrors` name the form fields a refusal is about, so the form can show
 * each beside its field. `details` carries the few facts a sentence names or a form keeps
 * (the image without alt text, the minutes to wait, the email just typed); each action
 * lists which ones travel, so nothing else of an error reaches the browser.
 */
export type ActionResult<T = void> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: ErrorCode;
      message: string;
      fieldErrors?: Record<string, string[]>;
      details?: ActionDetails;
    };

export type ActionDetails = Record<string, string | number>;
export type ActionRefusal = Extract<ActionResult<unknown>, { ok: false }>;

/** The key of the sentence for a refusal: its finer reason when the UI has one, else its code. */
export function refusalKey(result: ActionRefusal, known: (key: string) => boolean): string {
  const reason = result.details?.reason;
  return typeof reason === "string" && known(reason) ? reason : result.code;
}
