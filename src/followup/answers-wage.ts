import type { Citation } from '../domain/assessment.js';
import { MINIMUM_WAGE, minimumWageOn, type WageRow } from '../domain/data/minimum-wage.js';
import { fold } from './topic.js';
import { answer, type CaseContext, type FollowUpAnswer, type OpenCaseContext } from './types.js';

const cite = (c: CaseContext | OpenCaseContext, id: string, date = c.input.lawAsOf): Citation[] => {
  const found = c.deps.citation(id, date, c.input.lang);
  return found ? [found] : [];
};

/** A question asked to be answered yes or no (it opens with its verb). */
const YES_NO =
  /^(?:und |and )?(?:muss|muessen|brauch\w*|gilt|gelten|zahl\w*|hab\w*|ist|sind|do|does|must|is|are|have|has|should|soll\w*)\b/;

const nextRow = (date: string): WageRow | undefined => MINIMUM_WAGE.find((r) => r.from > date);

/**
 * "Muss ich Mindestlohn zahlen?": the amount in force, or the exemption that applies to this job
 * (§ 22 MiLoG: mandatory and orientation internships, entry qualification, trainees, under-18s).
 */
export function wageAnswer(c: CaseContext | OpenCaseContext): FollowUpAnswer {
  const { a, say, input } = c;
  const row = minimumWageOn(input.lawAsOf);
  const kind = input.facts.job?.kind;
  const parts: string[] = [];
  const citations: Citation[][] = [];
  const internship = cite(c, 'activity.internship');
  if (kind === 'vocational_training' || kind === 'helper_training') parts.push(say('wage.trainee'));
  else if (kind === 'internship_orientation' && row) parts.push(say('wage.orientation', { hourly: row.hourly }));
  else if (kind === 'internship_mandatory') parts.push(say('wage.mandatory'));
  else if (kind === 'entry_qualification') parts.push(say('wage.entry_qualification'));
  else if (row) {
    const question = fold(input.question);
    const minijob = kind === 'minijob' || /minijob/.test(question);
    // "Muss ich Mindestlohn zahlen?" is asked yes or no: the answer says "Ja" first (not under a ban).
    if (YES_NO.test(question) && a?.outcome !== 'prohibited')
      parts.push(say(minijob ? 'wage.yes_minijob' : 'wage.yes'));
    parts.push(say('wage.current', { hourly: row.hourly, from: row.from }));
    const next = nextRow(input.lawAsOf);
    if (next) parts.push(say('wage.next', { from: next.from, hourly: next.hourly }));
    if (minijob) {
      parts.push(say('wage.minijob', { ceiling: row.minijobCeiling }));
      if (next) parts.push(say('wage.minijob_next', { from: next.from, ceiling: next.minijobCeiling }));
    }
    const wage = input.facts.job?.hourlyWage;
    if (wage !== undefined && wage < row.hourly) parts.push(say('wage.below', { wage }));
    if (input.facts.age !== undefined && input.facts.age < 18) parts.push(say('wage.minor'));
  }
  if (kind?.startsWith('internship') || kind === 'entry_qualification') citations.push(internship);
  if (row) citations.push(cite(c, row.entry));
  if (a?.outcome === 'prohibited') parts.push(say('wage.prohibited'));
  return answer('case.wage', parts.join(' '), ...citations);
}

/** "Was gilt nächstes Jahr?": the minimum wage and minijob ceiling of the next (or the named) year. */
export function nextYearAnswer(c: CaseContext): FollowUpAnswer {
  const { say, input } = c;
  const named = /\b(20\d\d)\b/.exec(input.question)?.[1];
  const year = named ? Number(named) : Number(input.lawAsOf.slice(0, 4)) + 1;
  const row = MINIMUM_WAGE.find((r) => r.from === `${year}-01-01`);
  if (!row) return answer('case.next_year', say('next.unknown', { year }));
  return answer(
    'case.next_year',
    say('next.figures', { from: row.from, hourly: row.hourly, ceiling: row.minijobCeiling }),
    cite(c, row.entry, row.from),
  );
}
