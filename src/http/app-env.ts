/** Hono context variables shared by all routes. */
export type AppEnv = { Variables: { requestId: string } };
