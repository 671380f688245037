/**
 * Comment limits, shared by the server's schema and the editor's comment form. Kept
 * apart from lib/schemas so the browser does not download zod for two numbers.
 */
export const COMMENT_MAX = 5000;
export const QUOTE_MAX = 2000;
