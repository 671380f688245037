import NextAuth from "next-auth";
import { authOptions, clientIp } from "@/lib/auth";
import { retryAfterSeconds } from "@/lib/server/auth/throttle";

const handler = NextAuth(authOptions);

/**
 * next-auth's endpoints, with the sign-in throttle in front of the credentials callback:
 * once an account or address is blocked it answers 429 with Retry-After, whatever the
 * password, until the window has passed.
 */
async function post(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  const { nextauth } = await context.params;
  if (nextauth.join("/") === "callback/credentials") {
    const form = await request
      .clone()
      .formData()
      .catch(() => null);
    const email = String(form?.get("email") ?? "");
    const wait = await retryAfterSeconds({ account: email, ip: await clientIp() });
    if (wait > 0) {
      return Response.json(
        {
          error: "THROTTLED",
          message: `Too many failed sign-in attempts. Try again in ${Math.ceil(wait / 60)} minutes.`,
          retryAfter: wait,
        },
        { status: 429, headers: { "retry-after": String(wait) } },
      );
    }
  }
  return answer(request, context);
}

/** next-auth throws on requests no client of ours sends (a broken body): a 400, not a 500. */
async function answer(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  try {
    return (await handler(request, context)) as Response;
  } catch {
    return Response.json(
      { error: "INVALID_INPUT", message: "That sign-in request was not understood." },
      { status: 400 },
    );
  }
}

/** The credentials callback takes the sign-in form's POST only (next-auth answers a GET with a 500). */
async function get(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  const { nextauth } = await context.params;
  if (nextauth.join("/") === "callback/credentials") {
    return Response.json(
      { error: "METHOD_NOT_ALLOWED", message: "Sign in through the sign-in form." },
      { status: 405, headers: { allow: "POST" } },
    );
  }
  return answer(request, context);
}

export { get as GET, post as POST };
