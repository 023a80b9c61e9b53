import { factName } from '../answer/fact-text.js';
import { answer, type CaseContext, type FollowUpAnswer } from './types.js';

const step = (c: CaseContext, id: string) => c.a.steps.find((s) => s.id === id);
const hasBa = (c: CaseContext) => c.a.baConsent === 'required';
const validUntil = (c: CaseContext) => {
  const v = c.input.facts.documentValidUntil;
  return v && /^\d{4}(?:-\d{2}){0,2}$/.test(v) ? v : undefined;
};

/** "Ab wann kann er anfangen?": the date the verdict computed, or what the start waits for. */
export function startAnswer(c: CaseContext): FollowUpAnswer {
  const { a, say } = c;
  switch (a.outcome) {
    case 'prohibited':
      return answer('case.start', say('start.prohibited'), step(c, 'do_not_employ')?.citations);
    case 'not_possible':
      return answer('case.start', say('start.not_possible'), step(c, 'no_freelance')?.citations);
    case 'allowed': {
      const until = validUntil(c);
      const validity = until ? say('start.allowed_validity', { date: until }) : '';
      return answer('case.start', say('start.allowed', { validity }), step(c, 'read_document')?.citations);
    }
    case 'needs_facts':
      return answer(
        'case.start',
        say('start.needs_facts', { facts: a.missingFacts.map((k) => factName(k, c.input.lang)).join(', ') }),
      );
    default:
      if (a.earliestStart)
        return answer(
          'case.start',
          say('start.waiting', { date: a.earliestStart }),
          step(c, 'wait_until')?.citations,
          step(c, 'start_after_permission')?.citations,
        );
      return answer(
        'case.start',
        say('start.after_permission', { duration: say(hasBa(c) ? 'duration.ba' : 'duration.abh') }),
        step(c, 'start_after_permission')?.citations,
        step(c, 'abh_decides')?.citations,
      );
  }
}

/** "Wie lange braucht die Behörde?": none when banned or allowed; with or without the BA's two weeks. */
export function processingAnswer(c: CaseContext): FollowUpAnswer {
  const { a, say } = c;
  if (a.outcome === 'prohibited')
    return answer('case.processing_time', say('processing.prohibited'), step(c, 'do_not_employ')?.citations);
  if (a.outcome === 'allowed') return answer('case.processing_time', say('processing.allowed'));
  if (a.outcome === 'not_possible') return answer('case.processing_time', say('processing.not_possible'));
  const cite = c.deps.citation('paperwork.processing-time', c.input.lawAsOf, c.input.lang);
  const parts = [say(hasBa(c) ? 'processing.ba' : 'processing.abh')];
  if (a.earliestStart) parts.push(say('processing.waiting', { date: a.earliestStart }));
  return answer('case.processing_time', parts.join(' '), cite ? [cite] : [], step(c, 'abh_decides')?.citations);
}

/** "Muss die BA zustimmen?": the verdict's BA consent, with the step that says why. */
export function baAnswer(c: CaseContext): FollowUpAnswer {
  const { a, say } = c;
  const decides = step(c, 'abh_decides');
  if (a.outcome === 'prohibited') return answer('case.ba', say('ba.prohibited'), step(c, 'do_not_employ')?.citations);
  if (a.outcome === 'not_possible') return answer('case.ba', say('ba.not_possible'));
  if (a.outcome === 'allowed') return answer('case.ba', say('ba.allowed'));
  if (a.baConsent === 'required') return answer('case.ba', say('ba.required'), decides?.citations);
  const why = [
    decides?.text,
    ...a.openPoints.filter((p) => /BA|Bundesagentur|Federal Employment/.test(p.text)).map((p) => p.text),
  ]
    .filter((t): t is string => Boolean(t))
    .slice(0, 2)
    .join(' ');
  return answer(
    'case.ba',
    say(a.baConsent === 'not_required' ? 'ba.not_required' : 'ba.unclear', { why }),
    decides?.citations,
  );
}
