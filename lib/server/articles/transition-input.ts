import "server-only";
import { AppError } from "@/lib/errors";
import { NEEDS_NOTE } from "@/lib/workflow/article-workflow";
import { instantToWallTime, newsroomTimeZone } from "@/lib/time-zone";
import type { TransitionInput } from "./transition-article";

function formatInZone(date: Date): string {
  const zone = newsroomTimeZone();
  return `${instantToWallTime(date, zone).replace("T", " ")} (${zone})`;
}

/** Refusals that depend on the request, not the state: all before anything is written. */
export function checkTransitionInput(
  input: TransitionInput,
  note: string | null,
  embargoUntil: Date | null,
  now: Date,
): void {
  if (NEEDS_NOTE.has(input.transition) && !note) {
    if (input.transition === "publish-now") {
      throw new AppError(
        "INVALID_INPUT",
        "Say why this cannot wait for the remaining stages: a reason is required.",
        { reason: "reasonRequired" },
      );
    }
    throw new AppError("INVALID_INPUT", "Say what needs to change: a note is required.", {
      reason: "noteRequired",
    });
  }
  if (input.transition === "schedule") {
    const at = input.scheduledAt;
    if (!at || Number.isNaN(at.getTime())) {
      throw new AppError("INVALID_INPUT", "Choose the date and time to publish at.", {
        reason: "noTime",
      });
    }
    if (at.getTime() <= now.getTime()) {
      throw new AppError(
        "INVALID_INPUT",
        "That time has already passed: choose a time in the future.",
        { reason: "pastTime" },
      );
    }
    if (embargoUntil && at < embargoUntil) {
      throw new AppError(
        "CONFLICT",
        `This article is under embargo until ${formatInZone(embargoUntil)}: schedule it for then or later.`,
        { reason: "embargoSchedule", until: embargoUntil.toISOString() },
      );
    }
  }
  if (
    (input.transition === "publish" || input.transition === "publish-now") &&
    embargoUntil &&
    embargoUntil > now
  ) {
    throw new AppError(
      "CONFLICT",
      `This article is under embargo until ${formatInZone(embargoUntil)} and cannot be published before then.`,
      { reason: "embargo", until: embargoUntil.toISOString() },
    );
  }
}
