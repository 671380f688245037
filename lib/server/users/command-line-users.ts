import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { dataDirFromEnv, removeSetupToken } from "@/lib/runtime/setup-token";
import { ZCreateUser } from "@/lib/schemas/users";
import { ROLES, type Role } from "@/lib/workflow/permissions";
import { createAccountWithLink, issueLinkFor, type IssuedLink } from "./manage-users";

/**
 * `npm run user`: accounts for those who lost access to the newsroom. Whoever can run it
 * can already read DATABASE_URL, so the command acts without a signed-in admin; the audit
 * log records it as the command line's doing (actor none, via "command-line").
 */
const BY_COMMAND_LINE = { actorId: null, via: "command-line" } as const;

function parseRole(given: string): Role {
  const role = given.trim().toUpperCase();
  if (!(ROLES as readonly string[]).includes(role)) {
    throw new AppError(
      "INVALID_INPUT",
      `Unknown role “${given}”: use admin, editor, proofreader or reporter.`,
    );
  }
  return role as Role;
}

export async function createUserFromCommandLine(input: {
  name: string;
  email: string;
  role: string;
}): Promise<IssuedLink & { email: string; role: Role }> {
  const role = parseRole(input.role);
  const parsed = ZCreateUser.safeParse({ name: input.name, email: input.email, role });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError("INVALID_INPUT", `--${String(issue?.path[0])}: ${issue?.message}`);
  }
  const issued = await createAccountWithLink(parsed.data, BY_COMMAND_LINE);
  // An admin now exists: a setup link printed at the last start must open nothing.
  if (role === "ADMIN") removeSetupToken(dataDirFromEnv());
  return { ...issued, email: parsed.data.email, role };
}

export async function resetPasswordFromCommandLine(
  email: string,
): Promise<IssuedLink & { email: string; isActive: boolean }> {
  const normalized = email.trim().toLowerCase();
  const user = await db.user.findUnique({
    where: { email: normalized },
    select: { id: true, isActive: true },
  });
  if (!user) throw new AppError("NOT_FOUND", `There is no account with the email ${normalized}.`);
  const issued = await issueLinkFor(user.id, BY_COMMAND_LINE);
  return { ...issued, email: normalized, isActive: user.isActive };
}
