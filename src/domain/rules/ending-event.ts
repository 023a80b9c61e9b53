import type { Ctx } from '../context.js';
import { isEndingEvent } from '../context.js';
import type { Draft } from '../findings.js';
import { permissionFor } from './resolve.js';

/**
 * When the job or training ends, the employer's duties depend only on the document (§ 60c Abs. 5, § 16g
 * Abs. 4, § 60d Abs. 3 S. 3, § 4a Abs. 5 S. 3 Nr. 3 AufenthG), not on the job kind, the nationality or the
 * entry on the document. Facts that would only decide a hiring stop being decisive: the verdict is the
 * cautious reading for the document, and only the status (and a permit's basis) is still asked.
 */
const DECIDES_END: readonly string[] = ['status', 'permitBasis'];
export function endingEvent(ctx: Ctx, draft: Draft): Draft {
  if (!isEndingEvent(ctx)) return draft;
  const decided = withoutHiringFacts(draft);
  return decided.outcome === 'allowed' && lapsesWithTheEnd(ctx)
    ? { ...decided, outcome: 'permission_required', permission: permissionFor('permission_required') }
    : decided;
}

function withoutHiringFacts(draft: Draft): Draft {
  const decisive = draft.decisive.filter((k) => DECIDES_END.includes(k));
  if (decisive.length === draft.decisive.length) return draft;
  const outcome = decisive.length > 0 ? 'needs_facts' : draft.notes.provisional;
  return { ...draft, decisive, outcome, permission: permissionFor(outcome) };
}

/**
 * An Ausbildungsduldung lapses by law when the training ends early (§ 60c Abs. 4 AufenthG: "erlischt"),
 * so the training it covered no longer makes work allowed: further or new work needs a permission on
 * the six-month Duldung that follows (§ 60c Abs. 6). A Beschäftigungsduldung or a § 16g permit stays
 * valid until the authority revokes it (§ 60d Abs. 3, § 16g Abs. 7), so their entry stands.
 */
function lapsesWithTheEnd(ctx: Ctx): boolean {
  return ctx.facts.status === 'ausbildungsduldung' && ctx.facts.event === 'training_ends_early';
}
