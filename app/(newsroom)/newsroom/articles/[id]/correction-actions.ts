"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { clientIp, requireActor } from "@/lib/auth";
import { AppError, type ErrorCode } from "@/lib/errors";
import { addCorrection, type CorrectionRefusal } from "@/lib/server/articles/add-correction";
import { newsroomTimeZone, wallTimeToInstant } from "@/lib/time-zone";

export type CorrectionResult =
  { ok: true } | { ok: false; code: ErrorCode; reason?: CorrectionRefusal; message: string };

const ZInput = z.strictObject({
  articleId: z.uuid(),
  text: z.string().max(10_000),
  /** As the datetime-local field gives it, in the newsroom's time zone. */
  correctedAt: z.string().max(40),
});

/** "Add correction": the time is read in the newsroom's zone, whatever the browser's is. */
export async function addCorrectionAction(input: {
  articleId: string;
  text: string;
  correctedAt: string;
}): Promise<CorrectionResult> {
  const parsed = ZInput.safeParse(input);
  if (!parsed.success) return { ok: false, code: "INVALID_INPUT", message: "Not valid." };
  const correctedAt = wallTimeToInstant(parsed.data.correctedAt, newsroomTimeZone());
  try {
    const user = await requireActor();
    await addCorrection({
      actor: { id: user.id, role: user.role },
      articleId: parsed.data.articleId,
      // An unreadable time becomes an invalid date, which the use-case refuses with its reason.
      correction: { text: parsed.data.text, correctedAt: correctedAt ?? new Date(Number.NaN) },
      ip: await clientIp(),
    });
    // The reader page is rendered per request and addCorrection invalidates its cached data.
    revalidatePath(`/newsroom/articles/${parsed.data.articleId}`);
    return { ok: true };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const reason = error.details?.reason as CorrectionRefusal | undefined;
    return { ok: false, code: error.code, message: error.message, ...(reason ? { reason } : {}) };
  }
}
