import { type Ctx, isMissing, isUnknown } from '../context.js';
import { add, type Draft, type Track, text } from '../findings.js';
import { gestattungBan } from './gestattung-ban.js';
import { decidePermit } from './permit-outcome.js';
import { permissionFor, resolve } from './resolve.js';
import {
  activityKind,
  clauseAllows,
  clauseBan,
  safeCountry,
  trainingWithAusbildungsduldung,
  unclearIdentity,
} from './tolerated-steps.js';

/** Order fixed by the lead: 60b, clause ban, safe-country ban, activity, clause permits, Ausbildungsduldung. */
const DULDUNG_STEPS = [
  unclearIdentity,
  clauseBan,
  safeCountry,
  activityKind,
  clauseAllows,
  trainingWithAusbildungsduldung,
];
const GESTATTUNG_STEPS = [clauseBan, gestattungBan, activityKind, clauseAllows];

function withTrack(draft: Draft, track: Track): Draft {
  return { ...draft, notes: { ...draft.notes, track } };
}

/** Without a document Lotse can read, the cautious answer is: the ABH must permit the job first. */
function cautiously(draft: Draft, track: Track): Draft {
  const outcome = 'permission_required';
  return {
    ...draft,
    outcome,
    permission: permissionFor(outcome),
    notes: { ...draft.notes, track, provisional: outcome },
  };
}

/** "Nur Tätigkeit als … bei …": that exact job is already permitted; any other needs a new permission. */
function onlySpecificJob(ctx: Ctx, draft: Draft): Draft {
  if (ctx.facts.workClause !== 'nur_bestimmte_taetigkeit' || draft.notes.provisional !== 'permission_required') {
    return draft;
  }
  return add(draft, { openPoints: [{ msg: 'open.only_specific_job', cite: ['permission.nebenbestimmung-wording'] }] });
}

/** Decides outcome, permission and the first reading of BA consent from the document the person holds. */
export function decideWorkPermission(ctx: Ctx, draft: Draft): Draft {
  const { status } = ctx.facts;
  if (status === undefined) {
    if (!isUnknown(ctx, 'status')) return { ...draft, outcome: 'needs_facts', decisive: ['status'] };
    return add(cautiously(draft, 'unknown_status'), {
      openPoints: [{ msg: 'open.unknown_status', cite: ['permission.nebenbestimmung-wording'] }],
      reasons: [{ code: 'unknown_fact', ...text('reason.unknown_fact', { facts: { list: [text('fact.status')] } }) }],
    });
  }
  if (status === 'other') {
    return add(cautiously(draft, 'other'), { reasons: [{ code: 'outside_scope', msg: 'reason.outside_scope' }] });
  }
  if (status === 'aufenthaltserlaubnis') return decidePermit(ctx, draft);
  if (status === 'aufenthaltsgestattung') {
    return onlySpecificJob(ctx, resolve(ctx, withTrack(draft, 'gestattung'), GESTATTUNG_STEPS, 'permission_required'));
  }
  const decided = onlySpecificJob(
    ctx,
    resolve(ctx, withTrack(draft, 'tolerated'), DULDUNG_STEPS, 'permission_required'),
  );
  // The entry on an Ausbildungsduldung does not decide a training case (see clauseBan) but is still worth asking.
  return status === 'ausbildungsduldung' && isMissing(ctx, 'workClause')
    ? add(decided, { ask: ['workClause'] })
    : decided;
}
