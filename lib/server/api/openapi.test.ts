import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/openapi.json/route";
import { ZArticleListParams } from "./article-query";
import { openApiDocument } from "./openapi";

type Parameter = { name: string; in: string; required: boolean; schema: { type?: string } };
type Operation = { operationId: string; parameters: Parameter[]; responses: object };

const document = openApiDocument("https://news.example");

/** Every `$ref` in the document, found by walking it. */
function refs(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refs);
  if (!value || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === "$ref" && typeof inner === "string" ? [inner] : refs(inner),
  );
}

describe("the content API's OpenAPI description", () => {
  it("is an OpenAPI 3.1 document whose local references all resolve", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document.info.title).toBeTruthy();
    expect(document.servers).toEqual([{ url: "https://news.example/api/v1" }]);
    const local = refs(document).filter((ref) => ref.startsWith("#/"));
    expect(local.length).toBeGreaterThan(0);
    for (const ref of local) {
      const name = ref.replace("#/components/schemas/", "");
      expect(document.components.schemas, ref).toHaveProperty(name);
    }
    expect(refs(document)).toContain("http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json#");
  });

  it("lists both endpoints, each with a 200 and its refusal", () => {
    const paths = document.paths as Record<string, { get: Operation }>;
    expect(Object.keys(paths).sort()).toEqual(["/articles", "/articles/{id}"]);
    expect(paths["/articles"]!.get.responses).toHaveProperty("400");
    expect(paths["/articles/{id}"]!.get.responses).toHaveProperty("404");
    for (const { get } of Object.values(paths)) {
      expect(get.responses).toHaveProperty("200");
      expect(get.responses).toHaveProperty("304");
      for (const parameter of get.parameters) {
        expect(["query", "path"]).toContain(parameter.in);
        expect(parameter.schema.type).toBe("string");
      }
    }
    const id = paths["/articles/{id}"]!.get.parameters;
    expect(id).toEqual([expect.objectContaining({ name: "id", in: "path", required: true })]);
  });

  it("names every list parameter the API reads, with a description", () => {
    const parameters = (document.paths["/articles"].get.parameters as Parameter[]).map(
      (parameter) => parameter as Parameter & { description?: string },
    );
    expect(parameters.map((parameter) => parameter.name)).toEqual(
      Object.keys(ZArticleListParams.shape),
    );
    expect(parameters.map((parameter) => parameter.name)).toEqual([
      "limit",
      "cursor",
      "section",
      "tag",
      "contributor",
      "updated_since",
    ]);
    for (const parameter of parameters) expect(parameter.description).toBeTruthy();
  });

  it("is served at /api/v1/openapi.json for any origin, with an ETag", async () => {
    const response = await GET(new Request("https://news.example/api/v1/openapi.json"));
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("etag")).toBeTruthy();
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(document)));
  });
});
