import { type Ctx, isTrainingJob } from '../context.js';
import { openOn } from '../tri.js';
import { type Step, skip } from './resolve.js';

/**
 * The document already permits this job: "Beschäftigung gestattet", or "nur Tätigkeit als … bei …" naming
 * exactly this activity at this employer. Such a permission stays effective until it is revoked
 * (§ 4a Abs. 4 AufenthG), so a ban found later is reported, not applied.
 */
export const permissionCoversJob = (ctx: Ctx) =>
  ctx.facts.workClause === 'beschaeftigung_gestattet' ||
  (ctx.facts.workClause === 'nur_bestimmte_taetigkeit' &&
    ctx.facts.workClauseNamesThisJob === true &&
    !entryNamesOnlyTheTraining(ctx));

/**
 * An Ausbildungsduldung's entry is written for its training (§ 60c Abs. 1 S. 3): it names no other job, so
 * a job after the exam is another job, whatever the employer reads into the entry (review S5-26: "names
 * exactly this job" for a skilled worker's job told the employer "Erlaubt" instead of § 19d Abs. 1a first).
 */
const entryNamesOnlyTheTraining = (ctx: Ctx) => ctx.facts.status === 'ausbildungsduldung' && !isTrainingJob(ctx);

/**
 * "Nur Tätigkeit als … bei …": the named job is already permitted; any other needs a new permission.
 * Whether the entry names this job decides between the two, so it is asked; "weiß nicht" is read as
 * another job (cautious), with the if-then as an open point.
 */
export const clauseNamesThisJob: Step = (ctx) => {
  if (ctx.facts.workClause !== 'nur_bestimmte_taetigkeit' || entryNamesOnlyTheTraining(ctx)) return skip;
  const named = ctx.facts.workClauseNamesThisJob;
  if (named === true) return { kind: 'match', outcome: 'allowed' };
  if (named === false) return skip;
  return {
    kind: 'open',
    wouldBe: 'allowed',
    open: openOn(ctx, ['workClauseNamesThisJob']),
    condition: { msg: 'open.only_specific_job', cite: ['permission.nebenbestimmung-wording'] },
  };
};

/**
 * The same on a residence permit; runs before the restriction check, which sends any other job (and a job
 * the entry may not name) to the ABH.
 */
export const permitClauseNamesThisJob: Step = (ctx) => {
  if (ctx.facts.workClause !== 'nur_bestimmte_taetigkeit') return skip;
  const named = ctx.facts.workClauseNamesThisJob;
  if (named === true) return { kind: 'match', outcome: 'allowed' };
  if (named === false) return skip;
  return {
    kind: 'open',
    wouldBe: 'allowed',
    open: openOn(ctx, ['workClauseNamesThisJob']),
    condition: { msg: 'open.only_specific_job', cite: ['permission.residence-permit'] },
  };
};
