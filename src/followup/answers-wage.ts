import type { Citation } from '../domain/assessment.js';
import { MINIMUM_WAGE, minimumWageOn, type WageRow } from '../domain/data/minimum-wage.js';
import { AMOUNT, fold } from './topic.js';
import { answer, type CaseContext, type FollowUpAnswer, type OpenCaseContext } from './types.js';

const cite = (c: CaseContext | OpenCaseContext, id: string, date = c.input.lawAsOf): Citation[] => {
  const found = c.deps.citation(id, date, c.input.lang);
  return found ? [found] : [];
};

/** A question asked to be answered yes or no (it opens with its verb). */
const YES_NO =
  /^(?:und |and )?(?:muss|muessen|brauch\w*|gilt|gelten|zahl\w*|hab\w*|ist|sind|do|does|must|is|are|have|has|should|soll\w*)\b/;

/** A training named in the question ("Pflegeausbildung", "nursing trainee", "Azubi in der Pflege"). */
const TRAINING_WORD =
  /ausbild\w*|azubi\w*|auszubildend\w*|\blehr(?:e|ling)\b|trainee\w*|training|apprentic\w*|student nurse/;
const NURSING_HELPER =
  /\w*pflege ?helfer\w*|\w*pflege ?(?:fach)?assisten\w*|\b(?:nursing|care|geriatric care) (?:assistant|aide)s?\b/;
const NURSING = /pflege\w*|\bnursing\b|\bnurses?\b|(?:alten|kranken)pfleg\w*/;

/**
 * Whose rules set a trainee's pay, where they are not the BBiG's (§ 17 BBiG): nursing under the PflBG (§ 19 PflBG,
 * which our sources do not hold) or a helper training under Land law. From the case's job, else from a training
 * the question names ("Pflegeausbildung", "nursing trainee") – a "Pflegehelfer" job without a training word is a
 * job, and the minimum wage applies to it.
 */
export function traineePayRules(c: CaseContext | OpenCaseContext): 'nursing' | 'helper' | undefined {
  const job = c.input.facts.job;
  if (job?.kind === 'helper_training') return 'helper';
  if (job?.kind === 'vocational_training' && job.trainingBody === 'school') return 'nursing';
  const q = fold(c.input.question);
  if (!TRAINING_WORD.test(q) && !/pflegeausbildung/.test(q)) return undefined;
  if (NURSING_HELPER.test(q)) return 'helper';
  return NURSING.test(q) ? 'nursing' : undefined;
}

const nextRow = (date: string): WageRow | undefined => MINIMUM_WAGE.find((r) => r.from > date);

/** Average weeks per month (52 / 12): weekly hours × 13 / 3 are the month's hours. */
const WEEKS_PER_MONTH = 13 / 3;
const num = (s: string) => Number(s.replace(',', '.'));
const cents = (x: number) => Math.round(x * 100) / 100;

interface Pay {
  amount: number;
  /** The pay is per hour (else per month). */
  hourly: boolean;
  /** The question says the sum is for a month ("450 € im Monat", "a month", "monatlich"). */
  monthly: boolean;
  /** Hours a month the pay is for, when the question or the case says. */
  hoursPerMonth?: number;
}

/**
 * The pay a question gives: "450 euro a month for 4 sundays x 8 hours" (4 × 8 = 32 hours a month), "500 €
 * monatlich für 36 Stunden im Monat", "12 euro die stunde"; hours a week (said or known from the case) count
 * 13/3 times a month.
 */
function payOf(text: string, hoursPerWeek: number | undefined): Pay | undefined {
  const m = AMOUNT.exec(text);
  const raw = m?.[1] ?? m?.[2] ?? m?.[3];
  if (!raw) return undefined;
  const amount = num(raw);
  const after = text.slice((m?.index ?? 0) + (m?.[0].length ?? 0), (m?.index ?? 0) + (m?.[0].length ?? 0) + 25);
  const hourly = /^\s*(?:\/ ?h|(?:die|pro|per|an|a|je|the) (?:stunde|std|hour)|stundenlohn|hourly)\b/.test(after);
  const H = '(?:h|std|stunden|hours?)';
  const product = new RegExp(`(\\d+) ?(?:[a-z]+ ){0,2}?(?:x|×|\\*|mal|à|a|je|at|of) ?(\\d+) ?${H}\\b`).exec(text);
  const monthly = new RegExp(`(\\d+) ?${H} (?:(?:im|pro|per|a|je|in the|each|the) )?(?:monat|month)`).exec(text);
  const weekly = new RegExp(`(\\d+) ?${H} (?:(?:die|in der|pro|per|a|je|each|the) )?(?:woche|week)`).exec(text);
  const hoursPerMonth = product
    ? num(product[1] ?? '0') * num(product[2] ?? '0')
    : monthly
      ? num(monthly[1] ?? '0')
      : weekly
        ? num(weekly[1] ?? '0') * WEEKS_PER_MONTH
        : hoursPerWeek !== undefined
          ? hoursPerWeek * WEEKS_PER_MONTH
          : undefined;
  const perMonth = /\b(?:(?:im|pro|per|a|je|the|in the|each) (?:monat|month)|monatlich|monthly)\b/.test(text);
  return {
    amount,
    hourly,
    monthly: !hourly && perMonth,
    ...(hoursPerMonth ? { hoursPerMonth: cents(hoursPerMonth) } : {}),
  };
}

/**
 * "450 euro a month for 4 sundays x 8 hours, is this ok?" (review S4-13): the hourly pay, against the minimum
 * wage in force when the job can start and the next one the table holds (a job that needs a permission often
 * starts only then), with the monthly sum that rate needs. Not for trainees and interns (their rules differ).
 */
function payCheck(c: CaseContext | OpenCaseContext): FollowUpAnswer | undefined {
  const { input, say } = c;
  const kind = input.facts.job?.kind;
  if (kind && !['employment', 'minijob', 'agency_work'].includes(kind)) return undefined;
  const pay = payOf(fold(input.question), input.facts.job?.hoursPerWeek);
  if (!pay) return undefined;
  const start = c.a?.earliestStart && c.a.earliestStart > input.lawAsOf ? c.a.earliestStart : input.lawAsOf;
  const row = minimumWageOn(start);
  if (!row) return undefined;
  const next = nextRow(start);
  if (!pay.hourly && pay.hoursPerMonth === undefined)
    return pay.monthly ? hoursUnknown(c, pay.amount, row, next, kind) : undefined;
  const hours = pay.hoursPerMonth ?? 0;
  const rate = pay.hourly ? pay.amount : Math.floor((pay.amount / hours) * 100) / 100;
  const parts: string[] = [];
  if (!pay.hourly) parts.push(say('pay.rate', { pay: pay.amount, hours, hourly: rate }));
  if (rate >= row.hourly) parts.push(say('pay.enough', { min: row.hourly, from: row.from }));
  else if (pay.hourly) parts.push(say('pay.below_hourly', { min: row.hourly, from: row.from }));
  else parts.push(say('pay.below', { min: row.hourly, from: row.from, needed: cents(row.hourly * hours) }));
  if (next && rate >= next.hourly) parts.push(say('pay.next_enough', { from: next.from, min: next.hourly }));
  else if (next && pay.hourly) parts.push(say('pay.next_below_hourly', { from: next.from, min: next.hourly }));
  else if (next)
    parts.push(say('pay.next_below', { from: next.from, min: next.hourly, needed: cents(next.hourly * hours) }));
  if (!pay.hourly && kind === 'minijob' && pay.amount > row.minijobCeiling)
    parts.push(say('pay.over_ceiling', { pay: pay.amount, ceiling: row.minijobCeiling }));
  return answer(
    'case.wage',
    parts.join(' '),
    cite(c, row.entry),
    next && rate < next.hourly ? cite(c, next.entry, next.from) : [],
  );
}

/**
 * "is 450 € a month enough?" with no hours said (review S6-2): whether a monthly sum meets the minimum wage turns
 * on the hours, which neither the question nor the case gives. So no "yes": the answer says what is known – how
 * many hours a month the sum pays at the minimum wage in force (and at the next one), where it stands against the
 * minijob ceiling – and that the hours decide.
 */
function hoursUnknown(
  c: CaseContext | OpenCaseContext,
  pay: number,
  row: WageRow,
  next: WageRow | undefined,
  kind: string | undefined,
): FollowUpAnswer {
  const { say } = c;
  const maxHours = (r: WageRow) => Math.floor((pay / r.hourly) * 100) / 100;
  const weekly = (r: WageRow) => Math.floor(maxHours(r) / WEEKS_PER_MONTH);
  const parts = [
    say('pay.hours_unknown', { pay }),
    say('pay.max_hours', { pay, min: row.hourly, from: row.from, hours: maxHours(row), weekly: weekly(row) }),
  ];
  if (next) parts.push(say('pay.next_max_hours', { from: next.from, min: next.hourly, hours: maxHours(next) }));
  const minijob = kind === 'minijob' || /minijob/.test(fold(c.input.question));
  const ceiling: Citation[] = [];
  if (minijob || pay <= row.minijobCeiling) {
    parts.push(
      say(pay > row.minijobCeiling ? 'pay.over_ceiling' : 'pay.under_ceiling', { pay, ceiling: row.minijobCeiling }),
    );
    ceiling.push(...cite(c, 'activity.minijob'));
  }
  return answer('case.wage', parts.join(' '), cite(c, row.entry), next ? cite(c, next.entry, next.from) : [], ceiling);
}

/** The question asks whether a sum is enough ("reicht das?", "is 450 € ok?"), not whether the minimum wage applies. */
const SUFFICIENT = /\b(?:reich\w*|genug|ausreichend\w*|ok|okay|passt|enough|sufficient|fine)\b/;

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
  const checked = payCheck(c);
  if (checked) return checked;
  // Nursing training is under the PflBG, not the BBiG: § 17 BBiG's minimum training allowance is not its rule;
  // a helper training under Land law neither. Our sources hold neither amount, and the answer says so.
  const rules = traineePayRules(c);
  if (rules === 'nursing') {
    parts.push(say('wage.trainee_nursing'));
    citations.push(cite(c, 'paperwork.documents'));
  } else if (rules === 'helper') {
    parts.push(say('wage.trainee_helper'));
    citations.push(cite(c, 'training.helper-and-entry-qualification'));
  } else if (kind === 'vocational_training' || kind === 'helper_training') parts.push(say('wage.trainee'));
  else if (kind === 'internship_orientation' && row) parts.push(say('wage.orientation', { hourly: row.hourly }));
  else if (kind === 'internship_mandatory') parts.push(say('wage.mandatory'));
  else if (kind === 'entry_qualification') parts.push(say('wage.entry_qualification'));
  else if (row) {
    const question = fold(input.question);
    const minijob = kind === 'minijob' || /minijob/.test(question);
    // "Muss ich Mindestlohn zahlen?" is asked yes or no: the answer says "Ja" first (not under a ban). Whether a
    // sum is enough ("is 450 € enough?") is another question: the minimum wage applying does not answer it (S6-2).
    const asksSum = AMOUNT.test(question) || SUFFICIENT.test(question);
    if (YES_NO.test(question) && !asksSum && a?.outcome !== 'prohibited')
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
