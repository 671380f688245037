import { z } from "zod";
import { NINJS_STANDARD } from "@/lib/content/ninjs";
import { DEFAULT_LIMIT, MAX_LIMIT, ZArticleListParams } from "./article-query";

/**
 * The OpenAPI 3.1 description of the public content API (`GET /api/v1/openapi.json`).
 * Parameters and envelopes are generated from the zod schemas that check them, so the
 * document cannot drift from what the API accepts; items are IPTC ninjs 2.1, described by
 * IPTC's own schema.
 */
const ZApiError = z.object({
  error: z.string().meta({ description: "A code: INVALID_INPUT, NOT_FOUND, UNAVAILABLE …" }),
  message: z.string().meta({ description: "A sentence saying what was wrong." }),
  field: z.string().optional().meta({ description: "The parameter that was refused." }),
});
const ZArticlePage = z.object({
  items: z.array(z.unknown()),
  next_cursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page." }),
  next: z.string().nullable().meta({ description: "The next page's URL, or null at the end." }),
});

const schemaOf = (schema: z.ZodType) => {
  const json = z.toJSONSchema(schema, { io: "input" });
  delete json.$schema; // the document's own dialect (OpenAPI 3.1 is JSON Schema 2020-12)
  return json;
};
const item = { $ref: "#/components/schemas/NinjsItem" };
const json = (description: string, schema: object) => ({
  description,
  content: { "application/json": { schema } },
});
const error = (description: string) => json(description, { $ref: "#/components/schemas/Error" });
const notModified = { description: "The client's copy (If-None-Match) is current." };

function queryParameters() {
  const { properties = {} } = z.toJSONSchema(ZArticleListParams, { io: "input" });
  return Object.entries(properties).map(([name, property]) => {
    const { description, ...schema } = property as { description?: string };
    return { name, in: "query", required: false, description, schema };
  });
}

export function openApiDocument(origin: string) {
  const page = schemaOf(ZArticlePage) as { properties: Record<string, object> };
  page.properties.items = { type: "array", items: item };
  return {
    openapi: "3.1.0",
    info: {
      title: "Galley content API",
      version: "1",
      description:
        "Published articles as IPTC ninjs items, read-only and open to any origin. Answers carry an ETag (304 when unchanged).",
    },
    servers: [{ url: `${origin}/api/v1` }],
    paths: {
      "/articles": {
        get: {
          operationId: "listArticles",
          summary: `Published articles, newest first, ${DEFAULT_LIMIT} (up to ${MAX_LIMIT}) a page`,
          parameters: queryParameters(),
          responses: {
            "200": json("A page of articles.", { $ref: "#/components/schemas/ArticlePage" }),
            "304": notModified,
            "400": error("A parameter is out of range, or names no section, tag or contributor."),
          },
        },
      },
      "/articles/{id}": {
        get: {
          operationId: "getArticle",
          summary: "One published article",
          parameters: [
            {
              name: "id",
              in: "path",
              required: true,
              description: "The article's id.",
              schema: { type: "string", format: "uuid" },
            },
          ],
          responses: {
            "200": json("The article as published.", item),
            "304": notModified,
            "404": error("No published article has this id."),
          },
        },
      },
    },
    components: {
      schemas: {
        NinjsItem: { $ref: NINJS_STANDARD.schema, description: "An IPTC ninjs 2.1 item." },
        ArticlePage: page,
        Error: schemaOf(ZApiError),
      },
    },
  };
}
