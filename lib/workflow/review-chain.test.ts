import { describe, expect, it } from "vitest";
import {
  CHAIN_TEMPLATES,
  DEFAULT_CHAIN,
  hasSomeoneToPass,
  mayPassStage,
  readChain,
  SAN_SHEN_SAN_JIAO,
  stageName,
  type ReviewStage,
} from "./review-chain";

const stage = (who: Partial<ReviewStage>): ReviewStage => ({
  key: "k",
  name: { hant: "複審", hans: "复审", en: "Second review" },
  kind: "review",
  roles: [],
  deskHeads: false,
  userIds: [],
  ...who,
});

describe("who may pass a stage", () => {
  it("is anyone with a listed role, a named person, or (when the stage says so) a desk head", () => {
    const editor = { id: "e", role: "EDITOR" as const };
    expect(mayPassStage(editor, stage({ roles: ["EDITOR"] }), [])).toBe(true);
    expect(mayPassStage(editor, stage({ roles: ["PROOFREADER"] }), [])).toBe(false);
    expect(mayPassStage(editor, stage({ userIds: ["e"] }), [])).toBe(true);
    expect(mayPassStage(editor, stage({ deskHeads: true }), ["e"])).toBe(true);
    expect(mayPassStage(editor, stage({ deskHeads: true }), ["x"])).toBe(false);
    // Heading the desk counts only where the stage is the desk head's.
    expect(mayPassStage(editor, stage({ deskHeads: false }), ["e"])).toBe(false);
  });

  it("is someone at all only when a role, the desk heads or a person is chosen", () => {
    expect(hasSomeoneToPass(stage({}))).toBe(false);
    expect(hasSomeoneToPass(stage({ roles: ["PROOFREADER"] }))).toBe(true);
    expect(hasSomeoneToPass(stage({ deskHeads: true }))).toBe(true);
    expect(hasSomeoneToPass(stage({ userIds: ["u"] }))).toBe(true);
  });
});

describe("the templates", () => {
  it("ship 三審三校 with three reviews and three proofreading rounds, and the default single review", () => {
    expect(SAN_SHEN_SAN_JIAO.map((s) => s.name.hant)).toEqual([
      "初審",
      "複審",
      "一校",
      "二校",
      "三校",
      "終審",
    ]);
    expect(SAN_SHEN_SAN_JIAO.filter((s) => s.kind === "proof")).toHaveLength(3);
    expect(DEFAULT_CHAIN).toHaveLength(1);
    for (const chain of Object.values(CHAIN_TEMPLATES)) {
      const keys = chain.map((s) => s.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const s of chain) expect(hasSomeoneToPass(s)).toBe(true);
    }
  });

  it("names a stage in the UI language", () => {
    const s = stage({});
    expect(stageName(s, "zh-Hant")).toBe("複審");
    expect(stageName(s, "zh-Hans")).toBe("复审");
    expect(stageName(s, "en")).toBe("Second review");
  });
});

describe("reading a stored chain", () => {
  it("accepts what the server writes and treats anything else as no chain", () => {
    expect(readChain(SAN_SHEN_SAN_JIAO)).toEqual(SAN_SHEN_SAN_JIAO);
    for (const junk of [null, [], "x", [{}], [{ key: 1 }], { length: 1 }])
      expect(readChain(junk)).toBeNull();
  });
});
