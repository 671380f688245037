import http from "node:http";
/**
 * A server action's request body ("reply", in React's words) checked before Next decodes
 * it. Next answers a reply React's decoder cannot read (cut short, not UTF-8, nested past
 * reason, over the size limit, pointing at parts it does not carry) with a 500 and an
 * error in the log, although the client is at fault and no action ran. These checks are
 * the protocol's plain rules, so such requests get a 400 or 413 with a sentence instead.
 * Everything a React client sends passes; what the action's arguments mean is still the
 * action's to check.
 */

/** As `experimental.serverActions.bodySizeLimit` in next.config.ts. */
export const ACTION_BODY_LIMIT = 6 * 1024 * 1024;
/** React refuses replies whose arrays hold more than a million slots (string lengths count). */
const TEXT_LIMIT = 1_000_000;
const MAX_DEPTH = 64;

export type ReplyProblem = { status: 400 | 413; message: string };

const NOT_UNDERSTOOD: ReplyProblem = {
  status: 400,
  message: "That request was not understood: its body is not one Galley's pages send.",
};

/** "$…" strings React's client writes inline in a reply; all other references name parts. */
const INLINE_REFERENCE = /^\$(\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D|n-?\d+$)/;

function checkModel(value: unknown, textParts: ReadonlySet<string>): ReplyProblem | null {
  let characters = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (depth > MAX_DEPTH) return NOT_UNDERSTOOD;
    if (typeof item === "string") {
      characters += item.length;
      if (characters > TEXT_LIMIT)
        return { status: 413, message: "That request is too large for Galley to read." };
      // A reference to another part must name one the request carries; a FormData
      // argument ("$K") may have no fields at all (a form with no named inputs).
      if (item.startsWith("$") && !INLINE_REFERENCE.test(item) && !/^\$K[0-9a-f]+$/.test(item)) {
        const part = /^\$[A-Za-z@]?([0-9a-f]+)/.exec(item)?.[1];
        if (!part || !textParts.has(String(parseInt(part, 16)))) return NOT_UNDERSTOOD;
      }
    } else if (Array.isArray(item)) {
      for (const child of item) stack.push([child, depth + 1]);
    } else if (item && typeof item === "object") {
      for (const child of Object.values(item)) stack.push([child, depth + 1]);
    }
  }
  return null;
}

function parseModel(text: string, parts: ReadonlySet<string>): ReplyProblem | null {
  let model: unknown;
  try {
    model = JSON.parse(text);
  } catch {
    return NOT_UNDERSTOOD;
  }
  return checkModel(model, parts);
}

/** Null when the reply may go on to Next; otherwise the answer to give. */
export async function checkActionReply(
  contentType: string | undefined,
  body: Buffer,
): Promise<ReplyProblem | null> {
  if (body.length > ACTION_BODY_LIMIT)
    return { status: 413, message: "That request is too large for Galley to read." };
  const type = (contentType ?? "").toLowerCase();
  if (type.startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await new Response(new Uint8Array(body), {
        headers: { "content-type": contentType! },
      }).formData();
    } catch {
      return NOT_UNDERSTOOD;
    }
    const root = form.get("0");
    if (typeof root !== "string") return NOT_UNDERSTOOD;
    // Outlined parts ("1", "2", …) and FormData arguments ("_1_name") the root may point at.
    const parts = new Set<string>();
    for (const key of form.keys()) {
      const match = /^_?(\d+)(_|$)/.exec(key);
      if (match) parts.add(match[1]!);
    }
    for (const [key, value] of form.entries()) {
      if (typeof value !== "string" || !/^\d+$/.test(key)) continue;
      const problem = parseModel(value, parts);
      if (problem) return problem;
    }
    return null;
  }
  if (type.startsWith("application/x-www-form-urlencoded")) return null;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    return NOT_UNDERSTOOD;
  }
  return parseModel(text, new Set());
}

/** The body, or null once it passes `limit` (the rest is drained, not kept). */
async function readBody(request: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= limit) chunks.push(chunk);
  }
  return size <= limit ? Buffer.concat(chunks) : null;
}

/** The same request with its body read already, for Next to read again. */
function replay(original: http.IncomingMessage, body: Buffer): http.IncomingMessage {
  const copy = new http.IncomingMessage(original.socket);
  copy.method = original.method;
  copy.url = original.url;
  copy.headers = original.headers;
  copy.rawHeaders = original.rawHeaders;
  copy.httpVersion = original.httpVersion;
  copy.httpVersionMajor = original.httpVersionMajor;
  copy.httpVersionMinor = original.httpVersionMinor;
  // Complete: when the copy is destroyed after its end, Node would otherwise take it for
  // an aborted request and destroy the socket the response is still to be written to.
  copy.complete = true;
  copy.push(body);
  copy.push(null);
  return copy;
}

/**
 * A server action call whose body React could not decode is answered here (400/413 with
 * a sentence, see action-reply.ts); a readable one goes on to Next as it came.
 */
export async function screenActionCall(
  request: http.IncomingMessage,
  response: http.ServerResponse,
): Promise<http.IncomingMessage | null> {
  const body = await readBody(request, ACTION_BODY_LIMIT);
  const problem = body
    ? await checkActionReply(request.headers["content-type"], body)
    : { status: 413 as const, message: "That request is too large for Galley to read." };
  if (!problem) return replay(request, body!);
  response.writeHead(problem.status, { "content-type": "text/plain; charset=utf-8" });
  response.end(`${problem.message}\n`);
  return null;
}
