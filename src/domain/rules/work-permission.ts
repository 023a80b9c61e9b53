import type { Outcome } from '../assessment.js';
import { type Ctx, isMissing, isUnknown } from '../context.js';
import { add, type Draft, type Track, text } from '../findings.js';
import { jobAfterTraining } from './after-training.js';
import { clauseNamesThisJob } from './clause-names-job.js';
import { endingEvent } from './ending-event.js';
import { gestattungBan } from './gestattung-ban.js';
import { decidePermit } from './permit-outcome.js';
import { receptionCentreBeforeGeas } from './reception-centre-ban.js';
import { permissionFor, resolve } from './resolve.js';
import {
  activityKind,
  clauseAllows,
  clauseBan,
  safeCountry,
  trainingWithAusbildungsduldung,
  unclearIdentity,
} from './tolerated-steps.js';

/**
 * Order fixed by the lead: 60b, clause ban, safe-country ban, activity, clause permits, Ausbildungsduldung. A job after
 * the completed training of an Ausbildungsduldung is decided before the clause (review S6-1: its entry is the training's).
 */
const DULDUNG_STEPS = [
  unclearIdentity,
  clauseBan,
  safeCountry,
  activityKind,
  jobAfterTraining,
  clauseAllows,
  trainingWithAusbildungsduldung,
  clauseNamesThisJob,
];
const GESTATTUNG_STEPS = [
  clauseBan,
  gestattungBan,
  receptionCentreBeforeGeas,
  activityKind,
  clauseAllows,
  clauseNamesThisJob,
];

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

/**
 * A purely school-based training is no gainful activity (§ 4a AufenthG: Erwerbstätigkeit; § 7 SGB IV),
 * so a ban on gainful activity (§ 60a Abs. 6, § 60b Abs. 5 S. 2 AufenthG, § 61 AsylG, or the entry on the
 * document) does not bar attending it. Paid training under a contract with a company or provider is
 * employment for training (§ 7 Abs. 2 SGB IV): it needs the permission (no BA consent, § 32 Abs. 2 Nr. 2
 * BeschV) and falls under a ban. The pay (`job.hourlyWage`, 0 = unpaid) tells the two apart; while it is
 * not known, a ban is read cautiously as covering the training.
 */
function schoolTraining(ctx: Ctx, draft: Draft): Draft {
  const job = ctx.facts.job;
  if (job?.kind !== 'school_training' || (draft.notes.track !== 'tolerated' && draft.notes.track !== 'gestattung')) {
    return draft;
  }
  const paid = job.hourlyWage === undefined ? undefined : job.hourlyWage > 0;
  const cite = ['activity.school-training', 'ban.overview'] as const;
  const decide = (outcome: Outcome): Draft => ({
    ...draft,
    outcome,
    permission: permissionFor(outcome),
    baConsent: outcome === 'permission_required' ? 'not_required' : 'not_applicable',
    notes: { ...draft.notes, provisional: outcome },
  });
  if (draft.outcome === 'prohibited') {
    if (paid === true) return add(draft, { openPoints: [{ msg: 'open.school_training_paid_ban', cite: [...cite] }] });
    const unpaid = { msg: 'open.school_training_under_ban', cite: [...cite] } as const;
    if (paid === false) {
      return add(decide('allowed'), {
        openPoints: [unpaid],
        reasons: [{ code: 'open_legal_point', msg: 'reason.school_training_under_ban' }],
      });
    }
    return add(draft, {
      openPoints: [{ msg: 'open.school_training_pay_unknown', cite: [...cite] }],
      ask: isMissing(ctx, 'job.hourlyWage') ? ['job.hourlyWage'] : [],
    });
  }
  if (draft.outcome === 'allowed' && paid === true) {
    return add(decide('permission_required'), {
      openPoints: [{ msg: 'open.school_training_paid', cite: ['activity.school-training'] }],
    });
  }
  return draft;
}

/** Decides outcome, permission and the first reading of BA consent from the document the person holds. */
export function decideWorkPermission(ctx: Ctx, draft: Draft): Draft {
  return endingEvent(ctx, decideFromDocument(ctx, draft));
}

function decideFromDocument(ctx: Ctx, draft: Draft): Draft {
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
    return schoolTraining(ctx, resolve(ctx, withTrack(draft, 'gestattung'), GESTATTUNG_STEPS, 'permission_required'));
  }
  const decided = schoolTraining(
    ctx,
    resolve(ctx, withTrack(draft, 'tolerated'), DULDUNG_STEPS, 'permission_required'),
  );
  // The entry on an Ausbildungsduldung does not decide a training case (see clauseBan) but is still worth asking.
  return status === 'ausbildungsduldung' && isMissing(ctx, 'workClause')
    ? add(decided, { ask: ['workClause'] })
    : decided;
}
