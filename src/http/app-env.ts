/**
 * Hono context variables shared by all routes. `client`: who the request comes from (an IPv4
 * address or an IPv6 /64, see client-address.ts), set by the hardening middleware when configured.
 */
export type AppEnv = { Variables: { requestId: string; client?: string } };
