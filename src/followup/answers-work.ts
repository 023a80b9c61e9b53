import { headline } from '../answer/headline.js';
import { routesByStanding } from '../answer/route-standing.js';
import { sayIn } from '../answer/texts.js';
import type { Assessment } from '../domain/assessment.js';
import { minimumWageOn } from '../domain/data/minimum-wage.js';
import type { CaseFacts } from '../domain/facts.js';
import { fold, variantOf } from './topic.js';
import { answer, type CaseContext, type FollowUpAnswer } from './types.js';

/** The verdict's reason without its label ("Verboten: " …). */
function reasonOf(a: Assessment, facts: CaseFacts, lang: 'de' | 'en'): string {
  const say = sayIn(lang);
  const line = headline(a, facts, say, lang);
  const label = `${say(`label.${a.outcome}`)}: `;
  return line.startsWith(label) ? line.slice(label.length) : line;
}

/** "Warum?": the reason the verdict rests on, and why an adviser is recommended if one is. */
export function reasonAnswer(c: CaseContext): FollowUpAnswer {
  const { a, input } = c;
  const say = sayIn(input.lang);
  const parts = [`${say(`label.${a.outcome}`)}: ${reasonOf(a, input.facts, input.lang)}`];
  const first = a.escalation.reasons[0];
  if (first) parts.push(first.text);
  const decisive = a.steps[0];
  return answer('case.reason', parts.join(' '), decisive?.citations);
}

/** "Was muss ich jetzt tun?", "what must I do now?": the verdict's first steps, numbered as on the card. */
export function stepsAnswer(c: CaseContext): FollowUpAnswer {
  const { a, say } = c;
  const steps = a.steps.slice(0, 3);
  if (steps.length === 0) return reasonAnswer(c);
  const list = steps.map((s, i) => `${i + 1}. ${s.text}`).join('\n');
  return answer('case.steps', `${say('steps.intro')}\n${list}`, ...steps.map((s) => s.citations));
}

/**
 * "Gibt es irgendeinen Weg?": the routes still open with their first conditions; for a ban the adviser
 * check first, and the routes the ban blocks (they need work) named as blocked, never as open.
 */
export function routesAnswer(c: CaseContext): FollowUpAnswer {
  const { a, say } = c;
  const { likely, possible, blocked, excluded } = routesByStanding(a, a.routes);
  const open = [...likely, ...possible];
  const parts: string[] = [];
  if (a.outcome === 'prohibited' || a.escalation.reasons.some((r) => r.code === 'ban')) parts.push(say('routes.ban'));
  if (open.length === 0) parts.push(say('routes.none'));
  // Likely routes first; every open route by name, the conditions only of the likely ones (the
  // details carry the rest), so the answer stays a few sentences.
  if (open.length > 0) {
    const named = open.map((r) =>
      say('routes.route', {
        route: r.label ?? r.id,
        status: say(r.status === 'likely' ? 'route.likely' : 'route.possible'),
      }),
    );
    parts.push(say('routes.intro', { routes: named.join(', ') }));
  }
  for (const r of likely.slice(0, 2)) {
    const conditions = (r.detail ?? r.text).split('; ').slice(0, 2).join('; ');
    parts.push(`${say('routes.detail', { route: r.label ?? r.id, detail: conditions.replace(/\.?\s*$/, '') })}.`);
  }
  if (blocked.length > 0) parts.push(say('routes.blocked', { routes: blocked.map((r) => r.label ?? r.id).join(', ') }));
  if (excluded.length > 0)
    parts.push(say('routes.excluded', { routes: excluded.map((r) => r.label ?? r.id).join(', ') }));
  return answer('case.routes', parts.join(' '), ...[...open, ...blocked].map((r) => r.citations));
}

/** "Darf er Probe arbeiten?": trial work is employment; it follows the verdict. */
export function trialAnswer(c: CaseContext): FollowUpAnswer {
  const { a, say, input } = c;
  const entry = c.deps.citation('activity.trial-work', input.lawAsOf, input.lang);
  const basis = entry
    ? [entry]
    : a.steps.find((s) => s.id === 'start_after_permission' || s.id === 'do_not_employ')?.citations;
  switch (a.outcome) {
    case 'prohibited':
      return answer('case.trial_work', say('trial.prohibited'), basis);
    case 'allowed':
      return answer('case.trial_work', say('trial.allowed'), basis);
    case 'not_possible':
      return answer('case.trial_work', say('trial.not_possible'), basis);
    default: {
      const from = a.earliestStart ? say('trial.from', { date: a.earliestStart }) : '';
      return answer('case.trial_work', say('trial.permission', { from }), basis);
    }
  }
}

const TRIAL_FIRST =
  /\b(?:first|beforehand|to see if|see whether|try (?:him|her|them) out|trial|vorher|zuerst|erst mal|erstmal|zur probe|ausprobieren|testen|schauen ob|sehen ob)\b/;

/** Open points that answer "what about this kind of job?" directly (agency work, minijob, internship, family). */
const KIND_POINTS = new Set([
  'agency_work',
  'agency_work_19d',
  'minijob_no_special_rule',
  'orientation_internship',
  'family_household',
  '16g_over_20_hours',
  'school_training_under_ban',
  'school_training_pay_unknown',
]);

/**
 * "Auch nicht als Aushilfe?", "Geht Zeitarbeit?": the same case assessed with that kind of job (or
 * those hours). Says plainly that it is the other job that is meant; the verdict shown stays as it is.
 */
export function variantAnswer(c: CaseContext): FollowUpAnswer | undefined {
  const { a, say, input, deps } = c;
  const v = variantOf(input.question);
  if (!v.kind && v.hoursPerWeek === undefined) return undefined;
  // "An internship first, to see if it works?" before this job is trial employment, not an orientation
  // internship before a training or studies (§ 22 Abs. 1 S. 2 Nr. 2 MiLoG): same permission (review S3-10).
  if (v.kind?.startsWith('internship') && TRIAL_FIRST.test(fold(input.question))) return trialAnswer(c);
  const job = {
    ...input.facts.job,
    ...(v.kind ? { kind: v.kind } : {}),
    ...(v.hoursPerWeek !== undefined ? { hoursPerWeek: v.hoursPerWeek } : {}),
  };
  const variant = deps.assess({ ...input.facts, job }, input.lawAsOf, [...input.unknown], input.lang);
  const what = v.kind ? say(`kind.${v.kind}`) : say('kind.hours', { hours: v.hoursPerWeek ?? 0 });
  const lead = what.charAt(0).toUpperCase() + what.slice(1);
  const label = sayIn(input.lang)(`label.${variant.outcome}`);
  const parts: string[] = [];
  if (variant.outcome === 'prohibited') parts.push(say('variant.prohibited', { kind: what }));
  else if (variant.outcome === a.outcome)
    parts.push(say('variant.same', { kind: lead, label, why: reasonOf(variant, { ...input.facts, job }, input.lang) }));
  else
    parts.push(
      say('variant.other', {
        kind: lead,
        headline: `${label}: ${reasonOf(variant, { ...input.facts, job }, input.lang)}`,
      }),
    );
  if (v.kind === 'minijob' && variant.outcome !== 'prohibited') {
    const row = minimumWageOn(input.lawAsOf);
    if (row) parts.push(say('variant.minijob', { ceiling: row.minijobCeiling }));
  }
  const point = variant.openPoints.find((p) => p.id && KIND_POINTS.has(p.id));
  if (point) parts.push(point.text);
  return answer('case.job_variant', parts.join(' '), variant.steps[0]?.citations);
}
