import type { RouteId } from '../assessment.js';
import { type Ctx, isTrainingJob } from '../context.js';
import { add, type Draft, type Item } from '../findings.js';

const doc = (id: string, msg: Item['msg']): Item => ({ id, msg, cite: ['paperwork.documents'] });

/** The paperwork checklist for this case (what the ABH and, later, a residence route will ask for). */
export function documents(ctx: Ctx, draft: Draft): Draft {
  const { track } = draft.notes;
  if (track === 'none') return draft;
  const found: Item[] = [doc('document_copy', 'doc.document_copy')];
  const applying = draft.outcome === 'permission_required' || draft.outcome === 'needs_facts';
  if (applying && (track === 'tolerated' || track === 'gestattung' || track === 'unknown_status')) {
    found.push(doc('ba_form', 'doc.ba_form'), doc('contract', 'doc.contract'));
  }
  if (isTrainingJob(ctx) && draft.outcome !== 'prohibited')
    found.push(
      doc(
        'training_registration',
        ctx.facts.job?.kind === 'helper_training'
          ? 'doc.training_contract_helper'
          : ctx.facts.job?.trainingBody === 'school'
            ? 'doc.training_approval_school'
            : 'doc.training_registration',
      ),
    );
  // Route paperwork only where the route is a real prospect, so the list stays short.
  const real = (id: RouteId) =>
    draft.routes.some((r) => r.id === id && (r.status === 'likely' || r.perspective === true));
  const trainingOpen =
    isTrainingJob(ctx) && draft.routes.some((r) => (r.id === '60c' || r.id === '16g') && r.status !== 'excluded');
  if (trainingOpen || real('60d')) found.push(doc('identity_proof', 'doc.identity_proof'));
  if (real('60d')) found.push(doc('payslips', 'doc.payslips'), doc('language_certificate', 'doc.language_certificate'));
  if (real('60d') && ctx.facts.minorChildren === true) found.push(doc('school_attendance', 'doc.school_attendance'));
  if (real('19d')) {
    found.push(doc('qualification_proof', 'doc.qualification_proof'), doc('housing_proof', 'doc.housing_proof'));
    if (!real('60d')) found.push(doc('language_certificate', 'doc.language_certificate'));
  }
  return add(draft, { documents: found });
}
