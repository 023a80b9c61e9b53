import type { Assessment } from '../domain/assessment.js';
import type { CaseFacts } from '../domain/facts.js';
import { rejectedOnGestattung, withRejectionFacts } from '../domain/implied-facts.js';
import type { AnswerTextKey } from '../i18n/answer.de.js';
import type { Tone } from './card.js';
import { countryName, factName } from './fact-text.js';
import type { Lang, Say } from './texts.js';

export const TONES: Record<Assessment['outcome'], Tone> = {
  prohibited: 'ban',
  not_possible: 'no',
  permission_required: 'wait',
  allowed: 'go',
  needs_facts: 'open',
};

/**
 * Why a ban applies, in the order the rules test them (§ 60b, the entry on the document, safe
 * country of origin): the first that matches the facts is the one that decided.
 */
function banReason(facts: CaseFacts, say: Say, lang: Lang): string {
  if (facts.status === 'duldung_ungeklaerte_identitaet') return say('why.ban_unclear_identity');
  if (facts.workClause === 'erwerbstaetigkeit_nicht_gestattet') return say('why.ban_clause');
  if (!facts.nationality || facts.nationality === 'stateless') return say('why.ban_generic');
  const country = countryName(facts.nationality, lang);
  const key: AnswerTextKey =
    facts.status === 'aufenthaltsgestattung'
      ? 'why.ban_safe_country_gestattung'
      : facts.asylumApplied === false
        ? 'why.ban_safe_country_not_applied'
        : facts.asylumOutcome === 'withdrawn'
          ? 'why.ban_safe_country_withdrawn'
          : facts.asylumOutcome === 'rejected' ||
              facts.asylumOutcome === 'rejected_manifestly_unfounded' ||
              rejectedWhileEmployed(facts)
            ? 'why.ban_safe_country_rejected'
            : 'why.ban_safe_country';
  return say(key, { country });
}

const hasStep = (a: Assessment, id: string) => a.steps.some((s) => s.id === id);

const rejectedWhileEmployed = (facts: CaseFacts) => facts.event === 'asylum_rejected_while_employed';

function permissionReason(a: Assessment, facts: CaseFacts, given: CaseFacts): AnswerTextKey {
  // After a rejection the reason is the new permission on the Duldung (or the training status) — once the
  // Gestattung ends, which the rejection alone does not do (S5-17): on a Gestattung the reason says when it ends.
  if (rejectedWhileEmployed(facts) && !hasStep(a, 'renew_document')) {
    if (facts.job?.kind === 'vocational_training' || facts.job?.kind === 'helper_training')
      return 'why.rejected_training_anew';
    if (!rejectedOnGestattung(given)) return 'why.rejected_permission_anew';
    return facts.asylumOutcome === 'rejected_manifestly_unfounded'
      ? 'why.rejected_manifestly_unfounded'
      : 'why.rejected_gestattung_until';
  }
  const unknown = a.escalation.reasons.some((r) => r.code === 'unknown_fact');
  if (hasStep(a, 'renew_document')) return 'why.document_expired';
  if (facts.workClause === 'nur_bestimmte_taetigkeit' && facts.status !== 'aufenthaltserlaubnis')
    return 'why.specific_job';
  if (facts.status === 'aufenthaltserlaubnis') return 'why.permit_restricts';
  if (unknown || facts.status === undefined) return 'why.cautious';
  if (facts.workClause === 'beschaeftigung_nur_mit_erlaubnis') return 'why.clause_needs_permission';
  if (facts.status === 'aufenthaltsgestattung') return 'why.gestattung';
  if (facts.status?.includes('duldung')) return 'why.duldung';
  return 'why.permission_generic';
}

function allowedReason(facts: CaseFacts): AnswerTextKey {
  const kind = facts.job?.kind;
  if (kind === 'school_training' && facts.status !== 'aufenthaltserlaubnis') return 'why.school_training';
  if (facts.status === 'aufenthaltserlaubnis') return 'why.permit_allows';
  if (facts.workClause === 'nur_bestimmte_taetigkeit') return 'why.names_this_job';
  if (facts.status === 'ausbildungsduldung' && (kind === 'vocational_training' || kind === 'helper_training'))
    return 'why.training_toleration';
  if (facts.workClause === 'beschaeftigung_gestattet') return 'why.clause_allows';
  return 'why.allowed_generic';
}

/**
 * The verdict in plain words with its reason: "Verboten: Tunesien gilt als sicherer Herkunftsstaat,
 * und der Asylantrag wurde abgelehnt. Eine Erlaubnis kann nicht erteilt werden, solange das Verbot
 * gilt." Read from the assessment and the facts it was computed from; it adds no legal finding.
 */
export function headline(a: Assessment, given: CaseFacts, say: Say, lang: Lang): string {
  // After a rejection the rules read the facts as they stand now (a Duldung, the application rejected);
  // the reasons are given from the same facts, so none speaks of a procedure that has ended.
  const facts = withRejectionFacts(given, a.lawAsOf);
  // Concrete removal measures: today's counselling first, then what the document still allows (review S5-7).
  if (removalUrgent(a)) {
    const tail =
      a.outcome === 'needs_facts'
        ? say('why.missing', { facts: a.missingFacts.map((k) => factName(k, lang)).join(', ') })
        : say(a.outcome === 'allowed' ? 'why.removal_allowed' : 'why.removal_permission');
    return `${say('label.removal_urgent')}: ${say('why.removal_urgent')} ${tail}`;
  }
  const unless = cautiousBan(a);
  const label = unless ? say('label.prohibited_unless') : say(`label.${a.outcome}`);
  const parts: string[] = [];
  switch (a.outcome) {
    case 'prohibited':
      // Türkei outside the carve-out: the ban is probable but on an open point, so no "gilt als sicher" (S5-29).
      if (unless === 'eu_candidate_possible_ban') {
        parts.push(say('why.ban_possible_eu_candidate', { country: countryName(facts.nationality ?? '', lang) }));
      } else {
        parts.push(banReason(facts, say, lang), say(unless ? unlessReason(unless, facts) : 'why.ban_no_permission'));
      }
      break;
    case 'not_possible':
      parts.push(say(facts.job?.kind === 'self_employment' ? selfEmploymentReason(facts) : 'why.not_possible'));
      break;
    case 'permission_required':
      parts.push(say(permissionReason(a, facts, given)));
      if (a.openPoints.some((p) => p.id === 'consent_continues')) parts.push(say('why.ba_continues'));
      else if (a.baConsent === 'required' || a.baConsent === 'not_required') parts.push(say(`why.ba_${a.baConsent}`));
      break;
    case 'allowed':
      parts.push(say(allowedReason(facts)));
      if (a.escalation.reasons.some((r) => r.code === 'ban')) parts.push(say('why.ban_despite_permission'));
      break;
    case 'needs_facts':
      parts.push(say('why.missing', { facts: a.missingFacts.map((k) => factName(k, lang)).join(', ') }));
      break;
  }
  const verdict = `${label}: ${parts.join(' ')}`;
  if (!a.event) return verdict;
  const event = say(`why.event_${a.event}`);
  const notice = noticeDuty(a, facts);
  // An ending with a notice duty leads with that duty and its deadline (review 23): it is what the employer
  // must do now.
  if (notice) {
    const duty = say(facts.eventKnownOn ? 'why.event_notice_known' : 'why.event_notice', {
      event: event.replace(/\.$/, ''),
      days: notice.days,
      date: notice.date,
    });
    // Nothing else about a new job (review S3-6), except that a ban forbids one: the details carry the rest.
    const then = a.outcome === 'prohibited' ? ` ${say('why.event_then_ban')}` : '';
    return `${say('label.notice_duty')}: ${duty}${then}`;
  }
  // No notice duty (review S6-16): the card is about this job's end, not a future one – on a plain Duldung that no
  // notice is owed (the rules' open point); under a ban that no further job may follow. The steps say the rest.
  // Led by the ending's own label, as every headline is by its label (the widget and Slack set it apart).
  if (a.outcome === 'needs_facts') return `${event} ${parts.join(' ')}`;
  const ending: string[] = [];
  if (a.openPoints.some((p) => p.id === 'plain_duldung_notice')) ending.push(say('why.event_no_notice_plain'));
  if (a.outcome === 'prohibited') ending.push(say('why.event_then_ban'));
  if (ending.length === 0) ending.push(say('why.event_deregister'));
  return `${say(`label.ending_${a.event}`)}: ${ending.join(' ')}`;
}

const addDays = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * The notice an ending obliges the employer to give the immigration office (§ 60c Abs. 5, § 60d Abs. 3
 * S. 3 AufenthG), as the rules found it: its days and the deadline (from the day the employer learned of
 * the end when they said it, else from today). Undefined when the rules found no such duty.
 */
export function noticeDuty(a: Assessment, facts: CaseFacts): { days: number; date: string } | undefined {
  if (!a.event) return undefined;
  const duty = a.employerDuties.find((d) => d.id === 'notify_abh_early_end');
  if (!duty) return undefined;
  const days = duty.deadlineDays ?? 14;
  const dated = a.caseDates?.find((d) => d.id === 'notice_deadline:notify_abh_early_end');
  return { days, date: dated?.date ?? addDays(facts.eventKnownOn ?? a.lawAsOf, days) };
}

/**
 * The rules' cautious ban when only the day of a § 104 Abs. 18 carve-out date is unknown (review S4-5, *domain*):
 * the ban holds unless the date lies before the cut-off, so the headline says that condition.
 */
function cautiousBan(
  a: Assessment,
): 'partial_carve_out_ge_md' | 'partial_carve_out_eu7' | 'eu_candidate_possible_ban' | undefined {
  if (a.outcome !== 'prohibited') return undefined;
  const ids = a.openPoints.map((p) => p.id);
  if (ids.includes('eu_candidate_possible_ban')) return 'eu_candidate_possible_ban';
  if (ids.includes('partial_carve_out_ge_md')) return 'partial_carve_out_ge_md';
  return ids.includes('partial_carve_out_eu7') ? 'partial_carve_out_eu7' : undefined;
}

/** Which date lifts the cautious ban: for Georgia/Moldova the application, or without one the Duldung on 30.08.2023. */
function unlessReason(
  id: Exclude<NonNullable<ReturnType<typeof cautiousBan>>, 'eu_candidate_possible_ban'>,
  facts: CaseFacts,
): AnswerTextKey {
  if (id === 'partial_carve_out_eu7') return 'why.ban_unless_partial_carve_out_eu7';
  return facts.asylumApplied === false
    ? 'why.ban_unless_partial_carve_out_ge_md_tolerated'
    : 'why.ban_unless_partial_carve_out_ge_md';
}

/**
 * Concrete removal measures are pending (the rules' urgent escalation, § 60a Abs. 5b S. 2 AufenthG) and nothing
 * outranks them on the card: no ban (its own card says "do not employ"), nothing impossible, no ending with a
 * notice deadline. Then the card is about today's counselling and what the employer may do, not about hiring.
 */
export function removalUrgent(a: Assessment): boolean {
  return (
    !a.event &&
    (a.outcome === 'permission_required' || a.outcome === 'allowed' || a.outcome === 'needs_facts') &&
    a.escalation.reasons.some((r) => r.code === 'removal_pending')
  );
}

/** The card's label: the notice duty for an ending that has one, else the ending itself, else the verdict's. */
export function cardLabel(a: Assessment, facts: CaseFacts, say: Say): string {
  if (noticeDuty(a, facts)) return say('label.notice_duty');
  // An ending without a notice is labelled as the ending: the verdict's label would be about a future job (S6-16).
  if (a.event && a.outcome !== 'needs_facts') return say(`label.ending_${a.event}`);
  if (removalUrgent(a)) return say('label.removal_urgent');
  return cautiousBan(a) ? say('label.prohibited_unless') : say(`label.${a.outcome}`);
}

/** § 61 AsylG rules self-employment out for asylum seekers; § 4a Abs. 4 AufenthG lets the authority permit it otherwise. */
function selfEmploymentReason(facts: CaseFacts): 'why.self_employment' | 'why.self_employment_gestattung' {
  return facts.status === 'aufenthaltsgestattung' ? 'why.self_employment_gestattung' : 'why.self_employment';
}
