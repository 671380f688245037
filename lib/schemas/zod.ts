import { z } from "zod";

// In the browser, zod's JIT probes `new Function`, which our CSP forbids and reports as
// a violation on every editor page: validate without it there (the server keeps the JIT).
if (typeof window !== "undefined") z.config({ jitless: true });

export { z };

/** Optional text up to `max` characters: trimmed, and null when empty or left out. */
export const optionalText = (max: number, message: string) =>
  z
    .string()
    .max(max, message)
    .transform((value) => value.trim() || null)
    .nullable()
    .optional()
    .transform((value) => value ?? null);
