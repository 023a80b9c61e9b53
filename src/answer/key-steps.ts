import type { Assessment } from '../domain/assessment.js';
import type { CaseFacts } from '../domain/facts.js';
import { rejectedOnGestattung } from '../domain/implied-facts.js';
import type { AnswerTextKey } from '../i18n/answer.de.js';
import type { AnswerStep } from './card.js';
import { removalUrgent } from './headline.js';
import type { Say } from './texts.js';

export const MAX_STEPS = 3;

/**
 * Which of the assessment's steps make "Was Sie jetzt tun", most important first. Steps not named
 * here stay in the details. The chosen ones are shown in the order they are done (`SEQUENCE`).
 */
const PRIORITY: Record<Assessment['outcome'], readonly string[]> = {
  prohibited: ['do_not_employ', 'contact_adviser'],
  not_possible: ['no_freelance', 'offer_employment_instead'],
  needs_facts: ['answer_open_questions', 'contact_adviser'],
  allowed: [
    'employment_toleration_hours',
    'renew_document',
    'renew_early',
    'school_training',
    'read_document',
    'keep_copy',
    'watch_expiry',
  ],
  // A document that runs out within the rules' renewal window comes before any application (review S5-18): the
  // permission would otherwise be applied for on a paper that lapses before the first working day.
  permission_required: [
    'employment_toleration_hours',
    'renew_document',
    'renew_early',
    'check_specific_job',
    'contact_adviser',
    'training_contract',
    'fill_ba_form',
    'employee_applies',
    'start_after_permission',
    'apply_training_status',
    'abh_decides',
    'read_document',
    'keep_copy',
    'watch_expiry',
  ],
};

/**
 * After an early end the notice comes first: it is the one step with a legal deadline. The deregistration comes
 * last: it is due when the relationship has ended, which a trainee who stopped coming has not done yet.
 */
const ENDING = [
  'notify_abh_early_end',
  'employment_toleration_at_risk',
  'permit_19d_at_risk',
  'training_search_period',
  'deregister_social_insurance',
];

/**
 * After the asylum application of a person already employed is rejected, the rules' first step says
 * what changes now (stop, apply for the Duldung's permission, or for the training status); it leads, and
 * the hiring steps it replaces (apply, BA form, do not employ) give way to it.
 */
const REJECTION: Partial<Record<Assessment['outcome'], readonly string[]>> = {
  prohibited: ['stop_after_rejection', 'contact_adviser'],
  permission_required: [
    'renew_document',
    'training_after_rejection',
    'permission_after_rejection',
    'work_while_document_allows',
    'keep_copy',
  ],
  needs_facts: ['answer_open_questions', 'permission_after_rejection', 'training_after_rejection', 'contact_adviser'],
};
const REJECTION_STEPS = ['stop_after_rejection', 'permission_after_rejection', 'training_after_rejection'];

/**
 * Concrete removal measures (review S5-7): counselling today, what the employer can do for it, and that work goes
 * on only with a valid document. These replace the hiring steps: the person may already work for the employer.
 */
const REMOVAL = ['removal_adviser_today', 'answer_open_questions', 'removal_confirm_job', 'removal_valid_document'];

const SEQUENCE = [
  'removal_adviser_today',
  'employment_toleration_hours',
  'notify_abh_early_end',
  'stop_after_rejection',
  'renew_document',
  'renew_early',
  'do_not_employ',
  'no_freelance',
  'answer_open_questions',
  'contact_adviser',
  'offer_employment_instead',
  'check_specific_job',
  'training_after_rejection',
  'permission_after_rejection',
  'work_while_document_allows',
  'school_training',
  'read_document',
  'training_contract',
  'fill_ba_form',
  'employee_applies',
  'abh_decides',
  'apply_training_status',
  'start_after_permission',
  'keep_copy',
  'watch_expiry',
  ...ENDING,
  'removal_confirm_job',
  'removal_valid_document',
];

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const PARTIAL_DATE = /^\d{4}(?:-\d{2}){0,2}$/;

type Candidate = { id: string; refs: number[]; date?: string; deadlineDays?: number };

/** The short text of one step, with its date where it has one. */
function stepText(c: Candidate, a: Assessment, facts: CaseFacts, say: Say): AnswerStep {
  // A date known only to the month is said as such ("12/2026"); only a full date goes to calendars.
  const step = (key: AnswerTextKey, date?: string, params: Record<string, string | number> = {}): AnswerStep => ({
    text: say(key, date ? { ...params, date } : params),
    ...(date && FULL_DATE.test(date) ? { date } : {}),
    refs: c.refs,
  });
  const until = facts.documentValidUntil;
  const expiry = until && PARTIAL_DATE.test(until) ? until : undefined;
  switch (c.id) {
    case 'notify_abh_early_end': {
      const days = c.deadlineDays ?? 14;
      // The rules' deadline (issue 20) counts from the day the employer learned of the end, when they said it.
      const dated = a.caseDates?.find((d) => d.id === 'notice_deadline:notify_abh_early_end');
      // Already overdue on the day told (issue 20): "now", naming the day it ran out, never a later "bis".
      if (dated?.kind === 'notice_overdue' && facts.eventKnownOn)
        return step('step.notify_abh_early_end_overdue', undefined, { days, from: facts.eventKnownOn });
      if (dated && facts.eventKnownOn) return step('step.notify_abh_early_end_known', dated.date, { days });
      // The day they learned of it is not known (a trainee who stopped coming weeks ago): no deadline counted from
      // today, which would give them time they may not have – "now", and that the day decides (S6 no-show).
      return step('step.notify_abh_early_end', undefined, { days });
    }
    case 'answer_open_questions':
      // Already employed: the open facts decide whether the work may go on, not whether it may start.
      return step(
        facts.event === 'asylum_rejected_while_employed'
          ? 'step.answer_open_questions_employed'
          : 'step.answer_open_questions',
      );
    case 'permission_after_rejection':
      // On the Gestattung still held, the rejection alone ends nothing (§ 67 Abs. 1 AsylG, review S6-3): the
      // Duldung is applied for once the Gestattung ends, not "sofort" on the day of the decision.
      return step(
        rejectedOnGestattung(facts) ? 'step.permission_after_rejection_gestattung' : 'step.permission_after_rejection',
      );
    case 'contact_adviser':
      return step(a.outcome === 'prohibited' ? 'step.contact_adviser_ban' : 'step.contact_adviser');
    case 'employee_applies':
      return step(
        a.steps.some((s) => s.id === 'fill_ba_form') ? 'step.employee_applies' : 'step.employee_applies_permit',
      );
    case 'abh_decides':
      return step(a.baConsent === 'required' ? 'step.abh_decides_ba' : 'step.abh_decides');
    case 'start_after_permission':
      return a.earliestStart
        ? step('step.start_after_permission_from', a.earliestStart)
        : step('step.start_after_permission');
    case 'training_contract':
      // Nursing under the PflBG and other trainings without a chamber register: the school approves the contract.
      // A helper training under Land law: no chamber either, and the Land's own rule is not in our knowledge base.
      return step(
        facts.job?.kind === 'helper_training'
          ? 'step.training_contract_helper'
          : facts.job?.trainingBody === 'school'
            ? 'step.training_contract_school'
            : 'step.training_contract',
      );
    case 'renew_early':
      return step('step.renew_early', expiry);
    case 'read_document':
      return step(a.outcome === 'allowed' ? 'step.read_document_allowed' : 'step.read_document');
    case 'watch_expiry':
      return expiry ? step('step.watch_expiry_on', expiry) : step('step.watch_expiry');
    default:
      return step(`step.${c.id}` as AnswerTextKey);
  }
}

/**
 * "Was Sie jetzt tun": at most three short steps with their dates. A document that allows one
 * specific job gets the check of that entry first, so no step tells the employer to apply for a
 * permission the document may already hold (the open point says the same).
 */
export function keySteps(a: Assessment, facts: CaseFacts, say: Say, refsOf: (ids: string[]) => number[]): AnswerStep[] {
  const candidates: Candidate[] = a.steps.map((s) => ({ id: s.id, refs: refsOf(s.citations.map((c) => c.entryId)) }));
  if (a.event) {
    for (const d of a.employerDuties)
      if (d.deadlineDays)
        candidates.unshift({ id: d.id, deadlineDays: d.deadlineDays, refs: refsOf(d.citations.map((c) => c.entryId)) });
  }
  if (a.openPoints.some((p) => p.id === 'only_specific_job') && a.outcome === 'permission_required') {
    const at = candidates.findIndex((c) => c.id === 'read_document');
    candidates.push({ id: 'check_specific_job', refs: at >= 0 ? (candidates[at]?.refs ?? []) : [] });
  }
  // A document valid beyond the rules' renewal window but not until the earliest start: the job cannot begin on it
  // either, so its watch step becomes the renewal now (review S5-18).
  const until = facts.documentValidUntil;
  const watch = candidates.find((c) => c.id === 'watch_expiry');
  if (watch && until && FULL_DATE.test(until) && a.earliestStart && until < a.earliestStart)
    if (!candidates.some((c) => c.id === 'renew_early')) watch.id = 'renew_early';
  if (removalUrgent(a)) {
    const removal = a.risks.find((r) => r.id === 'removal_pending')?.citations.map((c) => c.entryId) ?? [];
    const hardship = a.routes.find((r) => r.id === 'haertefall')?.citations.map((c) => c.entryId) ?? [];
    candidates.push(
      { id: 'removal_adviser_today', refs: refsOf(removal) },
      { id: 'removal_confirm_job', refs: refsOf([...removal.filter((id) => id.startsWith('event.')), ...hardship]) },
      { id: 'removal_valid_document', refs: refsOf(removal) },
    );
  }
  const rejection = a.steps.some((s) => REJECTION_STEPS.includes(s.id)) ? REJECTION[a.outcome] : undefined;
  if (rejection?.includes('work_while_document_allows'))
    candidates.push({ id: 'work_while_document_allows', refs: [] });
  const priority = a.event ? ENDING : removalUrgent(a) ? REMOVAL : (rejection ?? PRIORITY[a.outcome]);
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const chosen = priority.flatMap((id) => {
    const c = byId.get(id);
    return c ? [c] : [];
  });
  // The specific-job check replaces the application step it would contradict.
  const picked = (
    chosen.some((c) => c.id === 'check_specific_job') ? chosen.filter((c) => c.id !== 'employee_applies') : chosen
  )
    .slice(0, MAX_STEPS)
    .sort((x, y) => SEQUENCE.indexOf(x.id) - SEQUENCE.indexOf(y.id));
  return picked.map((c) => stepText(c, a, facts, say));
}
