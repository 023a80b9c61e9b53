import { type Ctx, isEndingEvent } from '../context.js';
import { minimumWageOn } from '../data/minimum-wage.js';
import type { JobKind } from '../facts.js';
import { add, type Draft, type Item, type OpenPoint } from '../findings.js';

/** § 22 MiLoG: trainees and these internships are outside the minimum wage. */
const NO_MINIMUM_WAGE: readonly JobKind[] = [
  'vocational_training',
  'helper_training',
  'school_training',
  'internship_mandatory',
  'internship_orientation',
  'entry_qualification',
  'self_employment',
];

/** Weeks per month used for the minijob ceiling (13 weeks per quarter). */
const WEEKS_PER_MONTH = 13 / 3;

function wageRisks(ctx: Ctx): { risks: Item[]; openPoints: OpenPoint[] } {
  const { job, age } = ctx.facts;
  const row = minimumWageOn(ctx.lawAsOf);
  const wage = job?.hourlyWage;
  if (!row || wage === undefined || !job?.kind || NO_MINIMUM_WAGE.includes(job.kind))
    return { risks: [], openPoints: [] };
  const risks: Item[] = [];
  const openPoints: OpenPoint[] = [];
  // § 22 Abs. 2 MiLoG: under-18s without a completed vocational training are not covered.
  if (wage < row.hourly && !(age !== undefined && age < 18)) {
    risks.push({
      id: 'below_minimum_wage',
      msg: 'risk.below_minimum_wage',
      params: { wage, minimum: row.hourly },
      cite: [row.entry],
    });
    openPoints.push({ msg: 'open.usual_pay', cite: ['wage.usual-pay-and-insurance'] });
  }
  const hours = job.hoursPerWeek;
  if (job.kind === 'minijob' && hours !== undefined) {
    const monthly = Math.round(wage * hours * WEEKS_PER_MONTH * 100) / 100;
    if (monthly > row.minijobCeiling) {
      risks.push({
        id: 'minijob_ceiling',
        msg: 'risk.minijob_ceiling',
        params: { monthly, ceiling: row.minijobCeiling },
        cite: [row.entry],
      });
    }
  }
  if (risks.length > 0 && row.unverified) openPoints.push({ msg: 'open.wage_amount_unverified', cite: [row.entry] });
  return { risks, openPoints };
}

/** Sanctions the employer faces in this case, each with the entry that states the amount. */
export function risks(ctx: Ctx, draft: Draft): Draft {
  const { outcome } = draft;
  const found: Item[] = [];
  // When the job ends, the risks of a hiring without permission are not the employer's question.
  const hiring = !isEndingEvent(ctx);
  if (hiring && (outcome === 'permission_required' || outcome === 'prohibited' || outcome === 'needs_facts')) {
    found.push(
      { id: 'illegal_employment', msg: 'risk.illegal_employment', cite: ['sanction.fines', 'sanction.criminal'] },
      { id: 'public_contracts', msg: 'risk.public_contracts', cite: ['sanction.public-contracts'] },
    );
  }
  if (draft.duties.some((d) => d.id === 'notify_abh_early_end')) {
    found.push({ id: 'notice_fine', msg: 'risk.notice_fine', cite: ['sanction.fines'] });
  }
  if (ctx.facts.job?.kind === 'self_employment' && outcome !== 'allowed') {
    found.push({
      id: 'self_employment_commissioning',
      msg: 'risk.self_employment_commissioning',
      cite: ['activity.self-employment'],
    });
  }
  if (outcome === 'prohibited' || outcome === 'not_possible') return add(draft, { risks: found });
  const wage = wageRisks(ctx);
  return add(draft, { risks: [...found, ...wage.risks], openPoints: wage.openPoints });
}
