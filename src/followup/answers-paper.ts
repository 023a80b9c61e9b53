import { noticeDuty } from '../answer/headline.js';
import { asksWhomToTell, fold } from './topic.js';
import { answer, type CaseContext, type FollowUpAnswer } from './types.js';

const list = (items: readonly string[]) => items.map((t) => t.replace(/[.;]\s*$/, '')).join('; ');

/** "Welche Unterlagen?": the case's document list (a checklist for the application, or for a ban the copy). */
export function documentsAnswer(c: CaseContext): FollowUpAnswer {
  const { a, say } = c;
  const docs = a.documents;
  if (docs.length === 0) return answer('case.documents', say('documents.none'));
  const items = list(docs.map((d) => d.text));
  const key = a.outcome === 'prohibited' ? 'documents.prohibited' : 'documents.list';
  return answer('case.documents', say(key, { items }), ...docs.map((d) => d.citations));
}

/** A question asked yes or no ("Muss ich das melden?", "do I need to tell anyone?"). */
const YES_NO =
  /^(?:und |and |also |so |ok |okay )?(?:muss|muessen|brauch\w*|soll\w*|habe|haben|gibt es|ist|sind|do|does|must|should|shall|have|has|need|is there|are there|am i|are we)\b/;
const ASKS_NOTICE =
  /\b(?:meld\w*|mitteil\w*|bescheid|notice|notif\w*|report\w*|tell|vergess\w*|forget|miss\w*|bussgeld|strafe|fine|frist\w*|deadline|how many days|bis wann|abbr\w*|drops? out|kuendig\w*|entlass\w*|rauswerf\w*|dismiss\w*|fire|let (?:him|her|them) go|quits?|endet|ends?)\b/;
/** "Bis wann …?", "when exactly is the deadline?": the day, not the duty's text again (review S3-5). */
const ASKS_WHEN =
  /\bbis wann\b|\bwann genau\b|\bbis zu welchem\b|\bwelche frist\b|\bwie lange habe\b|\bby when\b|\bwhen exactly\b|\buntil when\b|\bdeadline\b|\bhow long do (?:i|we) have\b/;
const ASKS_EXPIRY =
  /\b(?:ablaeuft|ablaufen|abgelaufen|ablauf\w*|expir\w*|verlaenger\w*|renew\w*|gueltig\w*|valid\w*)\b/;

/**
 * "Welche Pflichten?", "Was muss in die Meldung?", "Was droht, wenn ich sie vergesse?": the case's
 * duties with their deadlines; a notice duty with its content (in its text) and its fine (the
 * case's risk). A plain Duldung has no statutory notice duty, and the answer says so.
 */
export function dutiesAnswer(c: CaseContext): FollowUpAnswer {
  const { a, say, input } = c;
  const q = fold(input.question);
  const risk = (id: string) => a.risks.find((r) => r.id === id);
  if (a.outcome === 'prohibited' || a.outcome === 'not_possible') {
    const illegal = risk('illegal_employment') ?? risk('self_employment_commissioning');
    return answer(
      'case.duties',
      [say('duties.prohibited'), illegal?.text].filter(Boolean).join(' '),
      illegal?.citations,
    );
  }
  const notice = a.employerDuties.find((d) => d.id === 'notify_abh_early_end');
  const expiry = input.facts.documentValidUntil;
  if (ASKS_EXPIRY.test(q) && expiry && /^\d{4}(?:-\d{2}){0,2}$/.test(expiry)) {
    const check = a.employerDuties.find((d) => d.id === 'check_document_validity');
    return answer('case.duties', say('duties.expiry', { date: expiry }), check?.citations);
  }
  const line = (d: (typeof a.employerDuties)[number]) =>
    d.deadlineDays ? say('duties.deadline', { text: d.text.replace(/\.\s*$/, ''), days: d.deadlineDays }) : d.text;
  const due = notice ? noticeDuty(a, input.facts) : undefined;
  if (notice && due && ASKS_WHEN.test(q)) {
    // The day the rules computed: from the day the employer learned of the end when they said it, else from today.
    const when = input.facts.eventKnownOn
      ? say('duties.when_known', { date: due.date, days: due.days, known: input.facts.eventKnownOn })
      : say('duties.when', { date: due.date, days: due.days });
    return answer('case.duties', `${when} ${line(notice)}`, notice.citations);
  }
  const whom = asksWhomToTell(input.question);
  if (ASKS_NOTICE.test(q) || whom) {
    if (notice) {
      const fine = risk('notice_fine');
      // "Muss ich das melden?", "do I need to tell anyone?": yes, the immigration office – and by which day.
      const yesNo = YES_NO.test(q);
      const when =
        due && (yesNo || whom)
          ? input.facts.eventKnownOn
            ? say('duties.when_known', { date: due.date, days: due.days, known: input.facts.eventKnownOn })
            : say('duties.when', { date: due.date, days: due.days })
          : undefined;
      return answer(
        'case.duties',
        [
          yesNo ? say('duties.notice_yes') : whom ? say('duties.notice_whom') : undefined,
          when,
          when ? notice.text : line(notice),
          fine?.text,
        ]
          .filter(Boolean)
          .join(' '),
        notice.citations,
        fine?.citations,
      );
    }
    if (input.facts.status === 'duldung') {
      const cite = c.deps.citation('duty.plain-duldung-no-notice', input.lawAsOf, input.lang);
      return answer('case.duties', say('duties.no_notice'), cite ? [cite] : []);
    }
  }
  const duties = a.employerDuties;
  const text = say('duties.list', { items: list(duties.map(line)) });
  const fine = notice ? risk('notice_fine') : undefined;
  return answer(
    'case.duties',
    [text, fine?.text].filter(Boolean).join(' '),
    ...duties.map((d) => d.citations),
    fine?.citations,
  );
}

/**
 * "Muss das bei der Kammer eingetragen werden?", "nursing is not registered at a chamber, or?": the case's own
 * contract step, which names who takes the contract – the chamber for a dual training, the nursing school under
 * the PflBG, the school for a helper training under Land law (and that the Land's rule is not in our knowledge
 * base). No training step (no training, or not allowed): the question is left to the other answers.
 */
export function registrationAnswer(c: CaseContext): FollowUpAnswer | undefined {
  const step = c.a.steps.find((s) => s.id === 'training_contract');
  return step ? answer('case.steps', step.text, step.citations) : undefined;
}

/**
 * "Can she not use the old permit from the other firm?": no – a permission is for one employer and one job
 * (§ 4a Abs. 4 AufenthG, entry permission.job-specific); what that means for this job follows the verdict.
 */
export function oldPermitAnswer(c: CaseContext): FollowUpAnswer {
  const { a, input, say, deps } = c;
  const entry = deps.citation('permission.job-specific', input.lawAsOf, input.lang);
  const key =
    a.outcome === 'prohibited'
      ? 'old_permit.prohibited'
      : a.outcome === 'allowed'
        ? 'old_permit.allowed'
        : 'old_permit.no';
  return answer('case.start', say(key), entry ? [entry] : []);
}

/**
 * "Brauch ich was von der Ausländerbehörde?" (review S5-6, de as en): under a ban no – the office cannot grant a
 * permission; when allowed nothing; else the case's step where the person applies at the office of their residence.
 */
export function abhAnswer(c: CaseContext): FollowUpAnswer | undefined {
  const { a, say } = c;
  const step = (id: string) => a.steps.find((s) => s.id === id);
  if (a.outcome === 'prohibited') return answer('case.steps', say('abh.prohibited'), step('do_not_employ')?.citations);
  if (a.outcome === 'allowed') return answer('case.steps', say('abh.allowed'));
  const applies = step('employee_applies');
  return applies ? answer('case.steps', applies.text, applies.citations) : undefined;
}
