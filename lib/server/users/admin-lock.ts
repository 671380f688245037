import "server-only";

/**
 * The advisory lock (pg_advisory_xact_lock) every change to who is admin takes: a role
 * change, a deactivation, the first admin's creation. Held, "is there an active admin?"
 * stays true until the transaction ends.
 */
export const ADMIN_CHANGES_LOCK = 4242;
