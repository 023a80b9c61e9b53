import type { Ctx } from '../context.js';
import { GEAS_FROM } from '../data/legal-dates.js';
import { list, type OpenPoint, text } from '../findings.js';

export { activityKind } from './activity-kind.js';
export { clauseBan } from './clause-ban.js';

import { permissionCoversJob } from './clause-names-job.js';
import { type Step, type StepResult, skip } from './resolve.js';
import { analyseSafeCountry, type BanAnalysis } from './safe-country-ban.js';

/**
 * Decision steps shared by the Duldung family and the Aufenthaltsgestattung, in the order the
 * lead fixed: bans first, then what the activity is, then what the document already permits.
 */

/** § 60b Abs. 5 S. 2 AufenthG: the "Duldung light" bars all gainful activity. */
export const unclearIdentity: Step = (ctx) =>
  ctx.facts.status === 'duldung_ungeklaerte_identitaet'
    ? {
        kind: 'match',
        outcome: 'prohibited',
        add: {
          reasons: [{ code: 'unclear_identity', msg: 'reason.unclear_identity' }],
          notes: { banKind: 'unclear_identity', banCites: ['ban.unclear-identity-60b'] },
        },
      }
    : skip;

/**
 * Turns a ban analysis into a step. When the document already says "Beschäftigung gestattet", the
 * permission stays effective until revoked (§ 4a Abs. 4 AufenthG), so a ban is reported, not applied.
 */
export function banStep(ctx: Ctx, ban: BanAnalysis, condition: OpenPoint): StepResult {
  const permitted = permissionCoversJob(ctx);
  const notes = { banCites: ban.cites };
  if (ban.tri === true && permitted) {
    return {
      kind: 'skip',
      add: {
        openPoints: [...ban.openPoints, { msg: 'open.ban_despite_permission', cite: ['ban.overview'] }],
        reasons: [...ban.reasons, { code: 'ban', msg: 'reason.ban_despite_permission' }],
        notes: { ...notes, safeCountry: 'ban' },
      },
    };
  }
  // The cautious ban (carve-out facts unknown) says its condition, and an adviser checks the fact the employer lacks.
  const cautious = ban.tri !== true && ban.cautiousBan && !permitted ? ban.cautiousBan : undefined;
  if (ban.tri === true || cautious) {
    const facts = list((cautious ? (ban.cautiousUnknown ?? []) : []).map((k) => text(`fact.${k}`)));
    return {
      kind: 'match',
      outcome: 'prohibited',
      add: {
        openPoints: cautious ? [...ban.openPoints, cautious] : ban.openPoints,
        reasons: [
          ...ban.reasons,
          { code: 'ban', msg: 'reason.ban_safe_country' },
          ...(cautious && ban.cautiousUnknown?.length
            ? [{ code: 'unknown_fact' as const, ...text('reason.unknown_fact', { facts }) }]
            : []),
        ],
        notes: { ...notes, banKind: 'safe_country', safeCountry: 'ban', cautiousBan: cautious !== undefined },
      },
    };
  }
  const add = { openPoints: ban.openPoints, reasons: ban.reasons };
  if (ban.tri === false) return { kind: 'skip', add: { ...add, notes: { ...notes, safeCountry: 'no_ban' } } };
  if (permitted) return { kind: 'skip', add: { notes: { safeCountry: 'open' } } };
  return {
    kind: 'open',
    wouldBe: 'prohibited',
    open: ban.tri,
    condition,
    add: { ...add, notes: { safeCountry: 'open' } },
  };
}

/**
 * § 60a Abs. 6 S. 1 Nr. 3. Holders of an Ausbildungs- or Beschäftigungsduldung already passed the
 * ban check when it was granted (§ 60c Abs. 2 Nr. 1), so it is not repeated for them.
 */
export const safeCountry: Step = (ctx) => {
  const { status } = ctx.facts;
  if (status === 'ausbildungsduldung' || status === 'beschaeftigungsduldung') return skip;
  const analysis = analyseSafeCountry(ctx);
  return banStep(
    ctx,
    analysis,
    analysis.condition ?? {
      msg: 'open.unknown_safe_country',
      cite:
        ctx.lawAsOf >= GEAS_FROM ? ['ban.safe-country-national', 'ban.safe-country-eu'] : ['ban.safe-country-national'],
    },
  );
};

/** "Beschäftigung gestattet": any employment (not self-employment) is covered without a new application. */
export const clauseAllows: Step = (ctx) =>
  ctx.facts.workClause === 'beschaeftigung_gestattet' ? { kind: 'match', outcome: 'allowed' } : skip;

/** § 60c Abs. 1 S. 3: with the Ausbildungsduldung the permission for that training is granted. */
export const trainingWithAusbildungsduldung: Step = (ctx) => {
  const kind = ctx.facts.job?.kind;
  return ctx.facts.status === 'ausbildungsduldung' && (kind === 'vocational_training' || kind === 'helper_training')
    ? { kind: 'match', outcome: 'allowed', baConsent: 'not_required' }
    : skip;
};
