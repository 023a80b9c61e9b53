import type { Ctx } from '../context.js';
import { routeCheck } from '../escalation.js';
import type { Draft } from '../findings.js';
import { baConsent } from './ba-consent.js';
import { dateConflict } from './date-conflict.js';
import { documentExpiry } from './document-expiry.js';
import { documents } from './documents.js';
import { duties } from './duties.js';
import { employmentTolerationHours } from './employment-toleration-hours.js';
import { removalMeasures } from './removal-measures.js';
import { risks } from './risks.js';
import { routes } from './routes.js';
import { steps } from './steps.js';
import { trialWork } from './trial-work.js';
import { waitingPeriod } from './waiting-period.js';
import { decideWorkPermission } from './work-permission.js';

export type Rule = (ctx: Ctx, draft: Draft) => Draft;

/**
 * The rules in evaluation order. The first decides the outcome; each later one refines it or adds
 * findings, and may read what earlier ones decided (e.g. duties read the routes).
 */
export const RULES: readonly Rule[] = [
  decideWorkPermission,
  baConsent,
  documentExpiry,
  employmentTolerationHours,
  waitingPeriod,
  trialWork,
  removalMeasures,
  routes,
  routeCheck,
  duties,
  risks,
  steps,
  documents,
  dateConflict,
];
