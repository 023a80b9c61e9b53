import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { ADVISER_API, body, errors, json, noContent, tags } from './route-kit.js';
import type { AdviserRoutesDeps } from './routes.js';
import { AdviserId, DisabledBody, InviteBody, OneTimeLink, RoleBody, TeamList } from './schemas.js';
import type { AdviserEnv } from './session.js';

const ADVISER = `${ADVISER_API}/advisers/{id}`;

const routes = {
  list: createRoute({
    method: 'get',
    path: `${ADVISER_API}/advisers`,
    tags,
    summary: 'The team: every account with its role and whether it is disabled or locked (admins only)',
    responses: { 200: json(TeamList, 'Accounts'), 401: errors[401], 403: errors[403] },
  }),
  invite: createRoute({
    method: 'post',
    path: `${ADVISER_API}/advisers/invitations`,
    tags,
    summary: 'Invite an adviser: a one-time link (7 days) to choose a password (admins only)',
    request: body(InviteBody),
    responses: { 201: json(OneTimeLink, 'The link, shown once'), ...errors },
  }),
  reset: createRoute({
    method: 'post',
    path: `${ADVISER_API}/advisers/{id}/password-reset`,
    tags,
    summary: 'Reset a password: the old one stops working, sessions end; a one-time link (24 h) sets a new one',
    request: { params: AdviserId },
    responses: { 201: json(OneTimeLink, 'The link, shown once'), ...errors },
  }),
  disabled: createRoute({
    method: 'put',
    path: `${ADVISER}/disabled`,
    tags,
    summary: 'Disable an account (it cannot sign in, its sessions end) or enable it again (admins only)',
    request: { params: AdviserId, ...body(DisabledBody) },
    responses: { 204: noContent, ...errors },
  }),
  role: createRoute({
    method: 'put',
    path: `${ADVISER}/role`,
    tags,
    summary: 'Change an account’s role (admins only, not their own)',
    request: { params: AdviserId, ...body(RoleBody) },
    responses: { 204: noContent, ...errors },
  }),
  unlock: createRoute({
    method: 'post',
    path: `${ADVISER}/unlock`,
    tags,
    summary: 'Lift a login lock and its back-off (admins only)',
    request: { params: AdviserId },
    responses: { 204: noContent, ...errors },
  }),
};

export function registerTeamRoutes(app: OpenAPIHono<AdviserEnv>, deps: AdviserRoutesDeps) {
  const { team } = deps;
  const link = (made: { path: string; expiresAt: string }) => ({ path: made.path, expiresAt: made.expiresAt });
  app.openapi(routes.list, async (c) => c.json({ advisers: await team.list(c.var.auth.adviser) }, 200));
  app.openapi(routes.invite, async (c) =>
    c.json(link(await team.invite(c.var.auth.adviser, c.req.valid('json'))), 201),
  );
  app.openapi(routes.reset, async (c) =>
    c.json(link(await team.resetPassword(c.var.auth.adviser, c.req.valid('param').id)), 201),
  );
  app.openapi(routes.disabled, async (c) => {
    await team.setDisabled(c.var.auth.adviser, c.req.valid('param').id, c.req.valid('json').disabled);
    return c.body(null, 204);
  });
  app.openapi(routes.role, async (c) => {
    await team.setRole(c.var.auth.adviser, c.req.valid('param').id, c.req.valid('json').role);
    return c.body(null, 204);
  });
  app.openapi(routes.unlock, async (c) => {
    await team.unlock(c.var.auth.adviser, c.req.valid('param').id);
    return c.body(null, 204);
  });
}
