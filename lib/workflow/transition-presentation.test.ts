import { describe, expect, it } from "vitest";
import { sortTransitions, TRANSITION_NAMES, TRANSITION_PRESENTATION } from "./article-workflow";

describe("how the workflow panel offers the table's moves", () => {
  it("gives every transition in the table a place, a tone and a distinct order", () => {
    const orders = TRANSITION_NAMES.map((name) => TRANSITION_PRESENTATION[name].order);
    expect(orders.every((order) => Number.isFinite(order))).toBe(true);
    expect(new Set(orders).size).toBe(TRANSITION_NAMES.length);
  });

  it("sorts the moves the way a story travels, once each, whatever order they came in", () => {
    expect(sortTransitions(["archive", "publish", "schedule", "publish", "approve"])).toEqual([
      "approve",
      "publish",
      "schedule",
      "archive",
    ]);
    expect(sortTransitions([...TRANSITION_NAMES].reverse())).toEqual(
      [...TRANSITION_NAMES].sort(
        (a, b) => TRANSITION_PRESENTATION[a].order - TRANSITION_PRESENTATION[b].order,
      ),
    );
  });

  it("asks once more only before the steps that take a story away or skip the desk", () => {
    const asking = TRANSITION_NAMES.filter((name) => TRANSITION_PRESENTATION[name].confirm);
    expect(asking.sort()).toEqual(["archive", "publish-now", "unpublish"]);
  });
});
