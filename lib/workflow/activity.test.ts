import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import {
  ACTIVITY_KINDS,
  activityOfAudit,
  auditFilterOf,
  readRevisionReason,
  stepOfStatuses,
} from "./activity";
import { TRANSITION_NAMES } from "./article-workflow";

describe("activity labels", () => {
  it("names every transition, and every step has an English label", () => {
    for (const name of TRANSITION_NAMES) expect(ACTIVITY_KINDS).toContain(name);
    for (const kind of ACTIVITY_KINDS) expect(en.activity[kind]).toBeTruthy();
    expect(en.activity["publish-update"]).toBe("Published an update");
    expect(en.activity["request-changes"]).toBe("Changes requested");
  });

  it("tells a workflow event's step from its statuses", () => {
    expect(stepOfStatuses(null, "DRAFT")).toBe("create");
    expect(stepOfStatuses("PUBLISHED", "PUBLISHED")).toBe("publish-update");
    expect(stepOfStatuses("SCHEDULED", "PUBLISHED")).toBe("publish");
    expect(stepOfStatuses("ARCHIVED", "PUBLISHED")).toBeNull();
    // Passing and sending back share SUBMITTED → SUBMITTED: events since stages name their move.
    expect(stepOfStatuses("SUBMITTED", "SUBMITTED", "send-back")).toBe("send-back");
    expect(stepOfStatuses("SUBMITTED", "SUBMITTED", "pass")).toBe("pass");
    expect(stepOfStatuses("DRAFT", "PUBLISHED", "publish-now")).toBe("publish-now");
  });

  it("tells 'Publish update' from 'Publish' in the audit log, which share a permission", () => {
    expect(activityOfAudit("article.publish", { transition: "publish-update" })).toBe(
      "publish-update",
    );
    expect(activityOfAudit("article.publish", { transition: "publish" })).toBe("publish");
    expect(activityOfAudit("article.schedule", { step: "embargo" })).toBe("embargo");
    expect(activityOfAudit("auth.sign-in", null)).toBe("sign-in");
    expect(activityOfAudit("something.new", null)).toBeNull();
    expect(auditFilterOf("publish-update")).toEqual({
      action: "article.publish",
      transition: "publish-update",
    });
    expect(auditFilterOf("correct")).toEqual({ action: "article.correct" });
  });

  it("reads revision reasons without showing their English codes", () => {
    expect(readRevisionReason("WORKFLOW", "schedule")).toEqual({ step: "schedule" });
    expect(readRevisionReason("WORKFLOW", "request-changes: 請補充日期: 今天")).toEqual({
      step: "request-changes",
      note: "請補充日期: 今天",
    });
    expect(readRevisionReason("RESTORE", "Restored version 4 of 2026-02-12T08:00:00.000Z")).toEqual(
      { restoredVersion: 4 },
    );
    expect(readRevisionReason("CONVERSION", "Converted to Simplified Chinese")).toEqual({});
  });
});
