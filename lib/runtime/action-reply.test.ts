import { describe, expect, it } from "vitest";
import { checkActionReply } from "./action-reply";

const text = (value: string | Buffer) =>
  checkActionReply("text/plain;charset=UTF-8", Buffer.isBuffer(value) ? value : Buffer.from(value));

async function multipart(fields: Array<[string, string]>) {
  const form = new FormData();
  for (const [key, value] of fields) form.append(key, value);
  const request = new Request("http://galley.invalid", { method: "POST", body: form });
  return checkActionReply(
    request.headers.get("content-type")!,
    Buffer.from(await request.arrayBuffer()),
  );
}

describe("checkActionReply", () => {
  it("lets through what React's client sends", async () => {
    expect(
      await text(JSON.stringify([{ articleId: "x", note: "$$5 off", n: "$undefined" }])),
    ).toBeNull();
    expect(await text(JSON.stringify(["$D2026-11-29T00:00:00.000Z", "$n12", "$-0"]))).toBeNull();
    expect(
      await multipart([
        ["_1_text", "德州訊"],
        ["0", '[{},"$K1"]'],
      ]),
    ).toBeNull();
    // A form with no named fields still sends its (empty) FormData.
    expect(await multipart([["0", '["$K1"]']])).toBeNull();
  });

  it("refuses bodies React's decoder cannot read, with a sentence", async () => {
    const refused = {
      status: 400,
      message: "That request was not understood: its body is not one Galley's pages send.",
    };
    expect(await text('[{"articleId":')).toEqual(refused);
    expect(await text(Buffer.from([0x5b, 0x22, 0xff, 0x22, 0x5d]))).toEqual(refused);
    expect(await text(`${"[".repeat(5_000)}${"]".repeat(5_000)}`)).toEqual(refused);
    expect(await text('["$Q9"]')).toEqual(refused);
    expect(await text('["$@7"]')).toEqual(refused);
    expect(await multipart([["0", "["]])).toEqual(refused);
    expect(await multipart([["_1_x", "y"]])).toEqual(refused);
    const cut = '--x\r\nContent-Disposition: form-data; name="0"\r\n\r\n[';
    expect(await checkActionReply("multipart/form-data; boundary=x", Buffer.from(cut))).toEqual(
      refused,
    );
  });

  it("answers 413 for replies over the limits", async () => {
    expect(await text(JSON.stringify(["長".repeat(1_000_001)]))).toMatchObject({ status: 413 });
    expect(await text("x".repeat(7 * 1024 * 1024))).toMatchObject({ status: 413 });
  });
});
