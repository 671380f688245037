import crypto from "node:crypto";
import { can } from "../../lib/workflow/permissions";
import type { Check } from "./action-checks";
import { FormArg } from "./server-actions";

/**
 * Accounts and the publication: users (user.manage), the settings (settings.manage), and
 * the signed-out forms whose permission is a secret (a reset link, the setup token, a
 * password), which a made-up one never passes.
 */
export function accountChecks(): Check[] {
  return [
    {
      action: "createUserAction",
      args: () => [
        {},
        new FormArg([
          ["name", "新同事"],
          ["email", `new-${crypto.randomUUID()}@example.test`],
          ["role", "REPORTER"],
        ]),
      ],
      allowed: (a) => can(a, "user.manage"),
      effect: (db) => db.user.count(),
    },
    {
      action: "updateUserAction",
      args: (f) => [
        {},
        new FormArg([
          ["userId", f.targetUserId],
          ["role", "EDITOR"],
        ]),
      ],
      allowed: (a) => can(a, "user.manage"),
      effect: (db, f) =>
        db.user.findUnique({ where: { id: f.targetUserId }, select: { role: true } }),
    },
    {
      action: "resetLinkAction",
      args: (f) => [{}, new FormArg([["userId", f.targetUserId]])],
      allowed: (a) => can(a, "user.manage"),
    },
    {
      action: "updateSettingsAction",
      args: (f) => [
        {},
        new FormArg([
          ["version", String(f.publicationVersion)],
          ["nameHant", "測試日報"],
          ["nameHans", "测试日报"],
          ["nameEn", "Test Daily"],
          ["taglineHant", ""],
          ["taglineHans", ""],
          ["taglineEn", ""],
          ["logoMediaId", ""],
          ["defaultLanguage", "zh-Hant"],
          ["socialAccounts", "https://www.facebook.com/test-daily"],
          ["copyright", `© ${crypto.randomUUID()}`],
          ["publicUrl", ""],
        ]),
      ],
      allowed: (a) => can(a, "settings.manage"),
      effect: (db) => db.publication.findUnique({ where: { id: 1 }, select: { version: true } }),
    },
    {
      action: "resetPasswordAction",
      args: () => [
        {},
        new FormArg([
          ["token", "not-a-token"],
          ["newPassword", "a-long-new-password-1"],
        ]),
      ],
      // Public (the link's token is the permission); a made-up token is refused for all.
      allowed: () => false,
    },
    {
      action: "createFirstAdminAction",
      args: () => [
        {},
        new FormArg([
          ["token", "not-the-setup-token"],
          ["name", "First Admin"],
          ["email", "first.admin@example.test"],
          ["password", "a-long-new-password-1"],
        ]),
      ],
      // Public (the setup token from the server's log is the permission); the demo has an
      // admin, and a made-up token is refused for all.
      allowed: () => false,
      effect: (db) => db.user.count(),
    },
    {
      action: "signIn",
      args: () => [
        {},
        new FormArg([
          ["email", "nobody@example.test"],
          ["password", "wrong-password"],
        ]),
      ],
      allowed: () => false,
    },
  ];
}

/**
 * Hostile calls at the account and settings actions, refused for everyone: a bad email,
 * an unknown user, a stale settings form with a script address, wrong passwords and
 * made-up tokens.
 */
export function accountHostileCalls(uuid: () => string): Record<string, () => unknown[]> {
  return {
    createUserAction: () => [
      {},
      new FormArg([
        ["name", "x"],
        ["email", "not-an-email"],
        ["role", "REPORTER"],
      ]),
    ],
    updateUserAction: () => [
      {},
      new FormArg([
        ["userId", uuid()],
        ["role", "EDITOR"],
      ]),
    ],
    resetLinkAction: () => [{}, new FormArg([["userId", uuid()]])],
    // A stale version and a script address: refused for everyone, admins included.
    updateSettingsAction: () => [
      {},
      new FormArg([
        ["version", "999999"],
        ["nameHant", "x"],
        ["nameHans", "x"],
        ["nameEn", "x"],
        ["taglineHant", ""],
        ["taglineHans", ""],
        ["taglineEn", ""],
        ["logoMediaId", ""],
        ["defaultLanguage", "zh-Hant"],
        ["socialAccounts", "javascript:alert(1)"],
        ["copyright", ""],
        ["publicUrl", ""],
      ]),
    ],
    changePasswordAction: () => [
      {},
      new FormArg([
        ["currentPassword", "wrong"],
        ["newPassword", "another-password-22"],
      ]),
    ],
    resetPasswordAction: () => [
      {},
      new FormArg([
        ["token", "made-up"],
        ["newPassword", "another-password-22"],
      ]),
    ],
    createFirstAdminAction: () => [
      {},
      new FormArg([
        ["token", "made-up"],
        ["name", "x"],
        ["email", "first.admin@example.test"],
        ["password", "another-password-22"],
      ]),
    ],
    signIn: () => [
      {},
      new FormArg([
        ["email", "nobody@example.test"],
        ["password", "x"],
      ]),
    ],
  };
}
