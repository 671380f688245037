// vitest runs lib/server modules outside Next's react-server build, where the real
// "server-only" package throws on import; the boundary is enforced by Next and ESLint.
export {};
