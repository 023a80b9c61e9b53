import { type Ctx, isUnknown } from '../context.js';
import { add, type Draft } from '../findings.js';
import { addDays } from '../law-date.js';
import { dateTri, isOpen } from '../tri.js';
import { permissionFor } from './resolve.js';

/** A document that runs out within this many days should be renewed now (authorities take weeks). */
const RENEW_EARLY_DAYS = 28;

/**
 * The work permission ends with the document; a Duldung has no fiction effect. Working on an expired
 * document is employment without permission (§ 404 Abs. 2 Nr. 3 SGB III), so nothing can be
 * `allowed` until a valid document with the permission exists. Bans stay bans.
 */
export function documentExpiry(ctx: Ctx, draft: Draft): Draft {
  // Valid until a month or year that has begun: whether the document still holds decides an `allowed`.
  const straddles =
    ctx.given.documentValidUntil !== undefined && isOpen(dateTri(ctx, 'documentValidUntil', (d) => d < ctx.lawAsOf));
  if (straddles && draft.outcome === 'allowed' && !isUnknown(ctx, 'documentValidUntil')) {
    const outcome = 'needs_facts';
    return add(
      { ...draft, outcome, permission: permissionFor(outcome), baConsent: 'unclear' },
      { decisive: ['documentValidUntil'] },
    );
  }
  // Otherwise a partial expiry is read at its first day: the cautious end for this rule.
  const until = ctx.facts.documentValidUntil;
  const expired = ctx.facts.event === 'document_expired' || (until !== undefined && until < ctx.lawAsOf);
  if (!expired) {
    if (until === undefined || until > addDays(ctx.lawAsOf, RENEW_EARLY_DAYS)) return draft;
    return add(draft, {
      steps: [
        { id: 'renew_early', msg: 'step.renew_early', params: { date: until }, cite: ['permission.job-specific'] },
      ],
    });
  }
  const downgrade = (o: Draft['outcome']) => (o === 'allowed' ? 'permission_required' : o);
  const outcome = downgrade(draft.outcome);
  const next: Draft = {
    ...draft,
    outcome,
    permission: outcome === draft.outcome ? draft.permission : permissionFor(outcome),
    notes: { ...draft.notes, provisional: downgrade(draft.notes.provisional) },
  };
  return add(next, {
    steps: [{ id: 'renew_document', msg: 'step.renew_document', cite: ['sanction.expired-document'] }],
    risks: [{ id: 'document_expired', msg: 'risk.document_expired', cite: ['sanction.expired-document'] }],
    openPoints:
      draft.notes.track === 'permit' ? [{ msg: 'open.residence_fiction', cite: ['sanction.expired-document'] }] : [],
  });
}
