import { type Ctx, isEndingEvent, isTrainingJob } from '../context.js';
import { add, type Draft, type DutyItem } from '../findings.js';

/**
 * Employer duties. § 4a Abs. 5 S. 3 Nr. 1–2 AufenthG apply to every foreign employee; the early-end
 * notices differ: 2 weeks to the ABH for § 60c / § 16g trainings (training company) and § 60d
 * employment, 4 weeks for titles under §§ 18–21 (e.g. § 19d), none for a plain Duldung job.
 */
function notice(ctx: Ctx, draft: Draft): DutyItem | undefined {
  const { status, permitBasis, job } = ctx.facts;
  const trainingOrOpen = job?.kind === undefined || isTrainingJob(ctx);
  if (status === 'beschaeftigungsduldung') {
    return {
      id: 'notify_abh_early_end',
      msg: 'duty.notify_60d_end',
      deadlineDays: 14,
      cite: ['duty.notify-employment-toleration-end'],
    };
  }
  // The § 60c Abs. 5 / § 16g Abs. 4 duty binds the training company, not a side-job employer.
  if (
    (status === 'ausbildungsduldung' || (status === 'aufenthaltserlaubnis' && permitBasis === '16g')) &&
    trainingOrOpen
  ) {
    return {
      id: 'notify_abh_early_end',
      msg: 'duty.notify_training_end',
      deadlineDays: 14,
      cite: ['duty.notify-training-end'],
    };
  }
  if (status === 'aufenthaltserlaubnis' && permitBasis === '19d') {
    return {
      id: 'notify_abh_early_end',
      msg: 'duty.notify_19d_end',
      deadlineDays: 28,
      cite: ['duty.notify-titles-18-21'],
    };
  }
  const trainingRouteOpen = draft.routes.some((r) => (r.id === '60c' || r.id === '16g') && r.status !== 'excluded');
  // Only for a training that starts: when it ends on a plain Duldung, no Ausbildungsduldung was granted.
  if (status === 'duldung' && isTrainingJob(ctx) && trainingRouteOpen && !isEndingEvent(ctx)) {
    return {
      id: 'notify_abh_early_end',
      msg: 'duty.notify_training_end_once_granted',
      deadlineDays: 14,
      cite: ['duty.notify-training-end'],
    };
  }
  return undefined;
}

export function duties(ctx: Ctx, draft: Draft): Draft {
  const { outcome } = draft;
  if (outcome === 'prohibited' || outcome === 'not_possible') {
    // An ending job keeps its statutory notice whatever a hiring would decide today.
    const early = isEndingEvent(ctx) ? notice(ctx, draft) : undefined;
    return early ? add(draft, { duties: [early] }) : draft;
  }
  const found: DutyItem[] = [
    { id: 'check_document_validity', msg: 'duty.check_document_validity', cite: ['duty.check-and-keep-copy'] },
    { id: 'keep_copy', msg: 'duty.keep_copy', cite: ['duty.check-and-keep-copy'] },
  ];
  const early = notice(ctx, draft);
  if (early) found.push(early);
  const plainDuldungEnds = ctx.facts.status === 'duldung' && ctx.facts.event === 'employment_ends_early' && !early;
  return add(draft, {
    duties: found,
    openPoints: plainDuldungEnds ? [{ msg: 'open.plain_duldung_notice', cite: ['duty.plain-duldung-no-notice'] }] : [],
  });
}
