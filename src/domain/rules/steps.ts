import type { Cites } from '../citations.js';
import { type Ctx, isTrainingJob } from '../context.js';
import { add, type Draft, type Item } from '../findings.js';
import { employeeApplies } from './after-training.js';
import { doNotEmployStep } from './carve-out.js';
import { eventSteps, rejectionAppeal, rejectionSteps } from './event-steps.js';
import { gestattungEntry } from './gestattung-ban.js';

const KEEP_COPY: Item = { id: 'keep_copy', msg: 'step.keep_copy', cite: ['duty.check-and-keep-copy'] };

/** § 36 BeschV: deemed consent after two weeks, or the ABH decides alone where no consent is needed. */
function abhStep(draft: Draft): Item {
  if (draft.baConsent === 'required') {
    return { id: 'abh_decides', msg: 'step.abh_asks_ba', cite: ['ba.consent', 'paperwork.processing-time'] };
  }
  if (draft.baConsent === 'not_required') {
    return draft.notes.baWaived === 'four_years'
      ? {
          id: 'abh_decides',
          msg: 'step.abh_decides_four_years',
          cite: ['permission.after-four-years', 'paperwork.processing-time'],
        }
      : {
          id: 'abh_decides',
          msg: 'step.abh_decides_without_ba',
          cite:
            draft.notes.baWaived === 'family'
              ? [
                  'ba.exceptions',
                  'activity.family-business',
                  'waiting.no-wait-without-consent',
                  'paperwork.processing-time',
                ]
              : ['ba.exceptions', 'waiting.no-wait-without-consent', 'paperwork.processing-time'],
        };
  }
  return { id: 'abh_decides', msg: 'step.abh_decides', cite: ['paperwork.processing-time'] };
}

function applicationSteps(ctx: Ctx, draft: Draft): Item[] {
  const { track } = draft.notes;
  const tolerated = track === 'tolerated' || track === 'gestattung' || track === 'unknown_status';
  const read: Item = tolerated
    ? { id: 'read_document', msg: 'step.read_document', cite: ['permission.nebenbestimmung-wording'] }
    : { id: 'read_document', msg: 'step.read_permit', cite: ['permission.residence-permit'] };
  const startCite: Cites =
    track === 'gestattung'
      ? [gestattungEntry(ctx), 'permission.job-specific']
      : ['permission.soll-rule', 'permission.job-specific'];
  const apply: Item[] = tolerated
    ? [
        { id: 'fill_ba_form', msg: 'step.fill_ba_form', cite: ['paperwork.ba-form'] },
        employeeApplies(ctx),
        abhStep(draft),
      ]
    : [{ id: 'employee_applies', msg: 'step.employee_applies_permit', cite: ['contact.competent-abh'] }];
  const adviser: Item[] =
    track === 'other' || track === 'unknown_status'
      ? [{ id: 'contact_adviser', msg: 'step.contact_adviser_scope', cite: ['permission.duldung-basics'] }]
      : [];
  return [
    read,
    ...adviser,
    ...apply,
    { id: 'start_after_permission', msg: 'step.start_after_permission', cite: startCite },
    KEEP_COPY,
    { id: 'watch_expiry', msg: 'step.watch_expiry', cite: ['permission.job-specific'] },
  ];
}

function outcomeSteps(ctx: Ctx, draft: Draft): Item[] {
  const banCites = draft.notes.banCites;
  switch (draft.outcome) {
    case 'needs_facts':
      return [{ id: 'answer_open_questions', msg: 'step.answer_open_questions', cite: ['permission.duldung-basics'] }];
    case 'prohibited':
      return [
        {
          id: 'do_not_employ',
          msg: doNotEmployStep(draft.openPoints),
          cite: banCites.length > 0 ? (banCites as Cites) : ['ban.overview'],
        },
        { id: 'contact_adviser', msg: 'step.contact_adviser_ban', cite: ['ban.overview'] },
      ];
    case 'not_possible':
      return [
        { id: 'no_freelance', msg: 'step.no_freelance', cite: ['activity.self-employment'] },
        { id: 'offer_employment_instead', msg: 'step.offer_employment_instead', cite: ['permission.duldung-basics'] },
      ];
    case 'allowed': {
      const permit = draft.notes.track === 'permit';
      if (ctx.facts.job?.kind === 'school_training' && !permit) {
        return [{ id: 'school_training', msg: 'step.school_training', cite: ['activity.school-training'] }];
      }
      return [
        permit
          ? { id: 'read_document', msg: 'step.read_permit', cite: ['permission.residence-permit'] }
          : { id: 'read_document', msg: 'step.read_document_allowed', cite: ['permission.nebenbestimmung-wording'] },
        KEEP_COPY,
        { id: 'watch_expiry', msg: 'step.watch_expiry', cite: ['permission.job-specific'] },
      ];
    }
    default:
      return applicationSteps(ctx, draft);
  }
}

function trainingSteps(ctx: Ctx, draft: Draft): Item[] {
  const { track } = draft.notes;
  if (!isTrainingJob(ctx) || draft.outcome === 'prohibited' || (track !== 'tolerated' && track !== 'gestattung'))
    return [];
  const found: Item[] = [
    // A helper training under Land law (e.g. Pflegehilfe) has no chamber register and is not the PflBG's.
    ctx.facts.job?.kind === 'helper_training'
      ? {
          id: 'training_contract',
          msg: 'step.training_contract_helper',
          cite: ['training.helper-and-entry-qualification', 'paperwork.documents'],
        }
      : ctx.facts.job?.trainingBody === 'school'
        ? {
            id: 'training_contract',
            msg: 'step.training_contract_school',
            cite: ['training.ausbildungsduldung-60c', 'paperwork.documents'],
          }
        : { id: 'training_contract', msg: 'step.training_contract', cite: ['training.ausbildungsduldung-60c'] },
  ];
  const open = draft.routes.some((r) => (r.id === '60c' || r.id === '16g') && r.status !== 'excluded');
  if (open && ctx.facts.status !== 'ausbildungsduldung') {
    found.push({
      id: 'apply_training_status',
      msg: 'step.apply_training_status',
      cite: ['training.ausbildungsduldung-60c'],
    });
  }
  return found;
}

/** What the employer does next, in order. */
export function steps(ctx: Ctx, draft: Draft): Draft {
  const ending = eventSteps(ctx);
  // When a job ends, the hiring steps are no longer the employer's question.
  if (ending.length > 0) return add(draft, { steps: ending });
  const hiring = [...rejectionSteps(ctx, draft), ...outcomeSteps(ctx, draft), ...trainingSteps(ctx, draft)];
  return rejectionAppeal(ctx, add(draft, { steps: hiring }));
}
