import { inject } from "vitest";

// Modules under test read DATABASE_URL like the app does.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.TEST_SERVER_URL = inject("testServerUrl");
