import { z } from "zod";

// In the browser, zod's JIT probes `new Function`, which our CSP forbids and reports as
// a violation on every editor page: validate without it there (the server keeps the JIT).
if (typeof window !== "undefined") z.config({ jitless: true });

export { z };
