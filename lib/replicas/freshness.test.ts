import { describe, expect, it } from "vitest";
import { forgetLsn, heardLsn, holdReplicas, neededLsn, parseLsn } from "./freshness";

const never = () => Promise.reject(new Error("the primary was not asked"));

describe("replica freshness", () => {
  it("reads PostgreSQL's WAL positions as byte counts, high word first", () => {
    expect(parseLsn("0/3000148")).toBe(0x3000148n);
    expect(parseLsn("16/B374D848")).toBe((0x16n << 32n) + 0xb374d848n);
    expect(parseLsn("16/B374D848") > parseLsn("15/FFFFFFFF")).toBe(true);
    expect(() => parseLsn("16-B374D848")).toThrow(/not a WAL position/);
  });

  it("asks the primary once at first, then needs the highest position heard", async () => {
    forgetLsn();
    expect(await neededLsn(async () => parseLsn("A/0"))).toBe(parseLsn("A/0"));
    heardLsn("A/100");
    heardLsn("A/80"); // an older message arriving late never lowers the mark
    expect(await neededLsn(never)).toBe(parseLsn("A/100"));
  });

  it("sends reads to the primary while a change's position is unknown", async () => {
    const release = holdReplicas();
    const second = holdReplicas();
    expect(await neededLsn(never)).toBeNull();
    release();
    release(); // twice is once
    expect(await neededLsn(never)).toBeNull();
    second();
    expect(await neededLsn(never)).not.toBeNull();
  });

  it("after missed messages, asks the primary again; if it cannot answer, the primary serves", async () => {
    forgetLsn();
    expect(await neededLsn(never)).toBeNull();
    expect(await neededLsn(async () => parseLsn("B/0"))).toBe(parseLsn("B/0"));
  });

  it("does not trust a position learned across a reset", async () => {
    forgetLsn();
    const learned = await neededLsn(async () => {
      forgetLsn(); // messages were missed while the primary was being asked
      return parseLsn("C/0");
    });
    expect(learned).toBeNull();
    expect(await neededLsn(async () => parseLsn("C/10"))).toBe(parseLsn("C/10"));
  });
});
