import { describe, expect, it } from "vitest";
import { absoluteAt, absoluteMediaAt, publicOriginFor } from "./site-url";

describe("publicOriginFor: GALLEY_PUBLIC_URL, else the address the request came to", () => {
  it("takes the configured public URL over anything a request says", () => {
    expect(
      publicOriginFor({
        configured: "https://news.example.com/some/path",
        host: "attacker.example",
        forwardedHost: "other.example",
        forwardedProto: "http",
        trustProxy: true,
      }),
    ).toBe("https://news.example.com");
  });

  it("uses the Host header over http, ignoring forwarded headers from an untrusted client", () => {
    const source = {
      host: "Reader.Example:8080",
      forwardedHost: "evil.example",
      forwardedProto: "https",
    };
    expect(publicOriginFor({ ...source, trustProxy: false })).toBe("http://reader.example:8080");
  });

  it("behind a trusted proxy, uses X-Forwarded-Proto and X-Forwarded-Host (first hop listed)", () => {
    expect(
      publicOriginFor({ host: "news.example.com", forwardedProto: "https", trustProxy: true }),
    ).toBe("https://news.example.com");
    expect(
      publicOriginFor({
        host: "127.0.0.1:3000",
        forwardedHost: "news.example.com, cdn.example",
        forwardedProto: "https,http",
        trustProxy: true,
      }),
    ).toBe("https://news.example.com");
  });

  it("refuses a Host that is not a plain host[:port]", () => {
    for (const host of ["a.example/path", "a.example@b", "", "a b", "x.example:99999999"])
      expect(publicOriginFor({ host, trustProxy: false }), host).toBeNull();
    expect(publicOriginFor({ host: "[::1]:3000", trustProxy: false })).toBe("http://[::1]:3000");
  });
});

describe("absolute links", () => {
  it("joins an origin and a site path; media already absolute (S3) stays as it is", () => {
    expect(absoluteAt("http://a.example/", "/articles/x")).toBe("http://a.example/articles/x");
    expect(absoluteAt("http://a.example", "feed.xml")).toBe("http://a.example/feed.xml");
    expect(absoluteMediaAt("http://a.example", "https://s3.example/b/k.jpg")).toBe(
      "https://s3.example/b/k.jpg",
    );
  });
});
