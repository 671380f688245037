import { describe, expect, it } from "vitest";
import { planState, type PlanStateInput } from "./plan-state";
import { SAN_SHEN_SAN_JIAO } from "./review-chain";

const planned = (over: Partial<PlanStateInput> = {}): PlanStateInput => ({
  status: "PLANNED",
  assignments: [],
  article: null,
  ...over,
});

describe("planState", () => {
  it("follows the pitch before it is planned, and a spike whatever the story does", () => {
    expect(planState(planned({ status: "PITCHED" })).state).toBe("PITCHED");
    expect(planState(planned({ status: "DECLINED" })).state).toBe("DECLINED");
    const article = { status: "PUBLISHED" as const, reviewChain: null, reviewStage: null };
    expect(planState(planned({ status: "SPIKED", article })).state).toBe("SPIKED");
  });

  it("reads the assignments while there is no story", () => {
    expect(planState(planned()).state).toBe("UNASSIGNED");
    expect(planState(planned({ assignments: [{ status: "WITHDRAWN" }] })).state).toBe("UNASSIGNED");
    expect(
      planState(planned({ assignments: [{ status: "ACCEPTED" }, { status: "PENDING" }] })).state,
    ).toBe("ASSIGNED");
    expect(
      planState(planned({ assignments: [{ status: "ACCEPTED" }, { status: "DECLINED" }] })).state,
    ).toBe("TURNED_DOWN");
    expect(
      planState(planned({ assignments: [{ status: "ACCEPTED" }, { status: "WITHDRAWN" }] })).state,
    ).toBe("ACCEPTED");
  });

  it("takes the story's state once there is one, with its review stage", () => {
    const draft = { status: "DRAFT" as const, reviewChain: null, reviewStage: null };
    expect(planState(planned({ article: draft, assignments: [{ status: "PENDING" }] })).state).toBe(
      "DRAFT",
    );
    const inReview = planState(
      planned({
        article: { status: "SUBMITTED", reviewChain: SAN_SHEN_SAN_JIAO, reviewStage: 1 },
      }),
    );
    expect(inReview.state).toBe("IN_REVIEW");
    expect(inReview.stage?.name.hant).toBe("複審");
    const published = { status: "PUBLISHED" as const, reviewChain: null, reviewStage: null };
    expect(planState(planned({ article: published })).state).toBe("PUBLISHED");
  });
});
