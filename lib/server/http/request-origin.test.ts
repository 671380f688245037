import { afterEach, describe, expect, it } from "vitest";
import { ORIGIN_HEADER } from "@/lib/site-url";
import { originOfHeaders } from "./request-origin";

const configured = process.env.GALLEY_PUBLIC_URL;
afterEach(() => {
  if (configured === undefined) delete process.env.GALLEY_PUBLIC_URL;
  else process.env.GALLEY_PUBLIC_URL = configured;
});

const asked = new Headers({ [ORIGIN_HEADER]: "http://reader.example:8080" });

describe("originOfHeaders: GALLEY_PUBLIC_URL, else the Public address setting, else the request's", () => {
  it("uses the setting over the address the request came to", () => {
    delete process.env.GALLEY_PUBLIC_URL;
    expect(originOfHeaders(asked, undefined, "https://news.example.com")).toBe(
      "https://news.example.com",
    );
    expect(originOfHeaders(asked, undefined, null)).toBe("http://reader.example:8080");
  });

  it("lets the operator's GALLEY_PUBLIC_URL override the setting", () => {
    process.env.GALLEY_PUBLIC_URL = "https://operator.example";
    expect(originOfHeaders(asked, undefined, "https://news.example.com")).toBe(
      "https://operator.example",
    );
  });
});
