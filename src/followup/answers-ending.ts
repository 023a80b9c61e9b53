import { noticeDuty } from '../answer/headline.js';
import type { Citation } from '../domain/assessment.js';
import { asksToWorkOn, asksTrainingElsewhere, asksUntilEnd } from './topic.js';
import { answer, type CaseContext, type FollowUpAnswer } from './types.js';

/** Steps of the ending flow that say what becomes of the person's document (src/domain/rules/event-steps.ts). */
const STATUS_STEPS = ['training_search_period', 'employment_toleration_at_risk', 'permit_19d_at_risk'] as const;

interface Part {
  text: string;
  citations: readonly Citation[];
}

/**
 * What the end means for the person's document: the ending flow's own step where it has one (the
 * Ausbildungsduldung lapses and six months follow, § 60c Abs. 4, 6; a § 16g permit is extended once, § 16g
 * Abs. 5; a Beschäftigungsduldung or § 19d permit is at risk), a plain Duldung or Gestattung that does not
 * hang on the job, otherwise the honest "depends on the document's basis".
 */
function statusPart(c: CaseContext): Part {
  const { a, input, say, deps } = c;
  const ends = deps.citation('event.employment-ends', input.lawAsOf, input.lang);
  const general = ends ? [ends] : [];
  const step = a.steps.find((s) => (STATUS_STEPS as readonly string[]).includes(s.id ?? ''));
  if (step?.id === 'training_search_period') {
    const key = input.facts.status === 'ausbildungsduldung' ? 'after_end.status.60c' : 'after_end.status.16g';
    return { text: say(key), citations: [...step.citations, ...general] };
  }
  if (step) return { text: step.text, citations: step.citations };
  switch (input.facts.status) {
    case 'duldung':
    case 'duldung_ungeklaerte_identitaet':
      return { text: say('after_end.status.duldung'), citations: general };
    case 'aufenthaltsgestattung':
      return { text: say('after_end.status.gestattung'), citations: general };
    default:
      return { text: say('after_end.status.depends'), citations: general };
  }
}

/**
 * "Kann sie die Ausbildung bei einem anderen Pflegedienst weitermachen?" after the training ended early: yes, with a
 * new training contract and the immigration office's permission (a new Ausbildungsduldung); six months to search
 * (§ 60c Abs. 6) or the § 16g permit extended once (§ 16g Abs. 5) – the ending flow's own step decides which.
 */
function trainingElsewhere(c: CaseContext): FollowUpAnswer | undefined {
  const { a, input, say, deps } = c;
  const step = a.steps.find((s) => s.id === 'training_search_period');
  if (!step || !asksTrainingElsewhere(input.question)) return undefined;
  const key =
    input.facts.status === 'ausbildungsduldung'
      ? 'after_end.training_elsewhere.60c'
      : 'after_end.training_elsewhere.16g';
  const entry = deps.citation(
    input.facts.status === 'ausbildungsduldung' ? 'training.ausbildungsduldung-60c' : 'training.residence-permit-16g',
    input.lawAsOf,
    input.lang,
  );
  return answer('case.after_end', say(key), step.citations, entry ? [entry] : []);
}

/** Further work with this employer, as the ending's verdict (the cautious reading for the document) says. */
function workPart(c: CaseContext): Part {
  const { a, input, say, deps } = c;
  const key =
    a.outcome === 'permission_required' || a.outcome === 'prohibited' || a.outcome === 'allowed'
      ? (`after_end.work.${a.outcome}` as const)
      : 'after_end.work.depends';
  const basis = deps.citation(
    a.outcome === 'prohibited' ? 'ban.overview' : 'permission.job-specific',
    input.lawAsOf,
    input.lang,
  );
  return { text: say(key), citations: basis ? [basis] : [] };
}

/**
 * "Darf er bis Ende Januar noch weiterarbeiten?" during the notice period (review S5-4): yes – until the contract
 * ends the person works in the same permitted job; the document tied to the job ends only with the end (§ 60d
 * Abs. 3, § 60c Abs. 4 AufenthG, as the notice entries say). Then the notice duty with its day, when the case has
 * one. Not when further work is banned or not possible: the verdict's own answer stands there.
 */
function untilEndAnswer(c: CaseContext): FollowUpAnswer | undefined {
  const { a, input, say, deps } = c;
  if (a.outcome === 'prohibited' || a.outcome === 'not_possible' || !asksUntilEnd(input.question)) return undefined;
  const status = input.facts.status;
  const key =
    status === 'beschaeftigungsduldung'
      ? 'after_end.until_end.60d'
      : status === 'ausbildungsduldung'
        ? 'after_end.until_end.60c'
        : status === 'aufenthaltserlaubnis' && input.facts.permitBasis === '16g'
          ? 'after_end.until_end.16g'
          : 'after_end.until_end.other';
  const ends = deps.citation('event.employment-ends', input.lawAsOf, input.lang);
  const notice = a.employerDuties.find((d) => d.id === 'notify_abh_early_end');
  const due = notice ? noticeDuty(a, input.facts) : undefined;
  const when =
    notice && due
      ? say('after_end.until_end.notice', {
          when: input.facts.eventKnownOn
            ? say('duties.when_known', { date: due.date, days: due.days, known: input.facts.eventKnownOn })
            : say('duties.when', { date: due.date, days: due.days }),
        })
      : undefined;
  return answer('case.after_end', [say(key), when].filter(Boolean).join(' '), notice?.citations, ends ? [ends] : []);
}

/**
 * "Verliert er dann seine Duldung?", "Darf er als Helfer weiterarbeiten?" after a verdict about an ending:
 * what becomes of the document and whether further work needs a permission, the asked part first. Only for
 * an ending verdict; a hiring verdict answers these through its other topics.
 */
export function afterEndAnswer(c: CaseContext): FollowUpAnswer | undefined {
  if (!c.a.event) return undefined;
  const until = untilEndAnswer(c);
  if (until) return until;
  const elsewhere = trainingElsewhere(c);
  if (elsewhere) return elsewhere;
  const status = statusPart(c);
  const work = workPart(c);
  const parts = asksToWorkOn(c.input.question) ? [work, status] : [status, work];
  return answer('case.after_end', parts.map((p) => p.text).join(' '), ...parts.map((p) => p.citations));
}
