// Imported first by scripts/start.ts: React and Next read NODE_ENV when they are loaded,
// and a server loaded without "production" runs React's much slower development build.
(process.env as Record<string, string>).NODE_ENV = "production";
export {};
