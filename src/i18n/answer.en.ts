import type { AnswerTexts } from './answer.de.js';

/** Texts of the answer card, English. Legal terms as in the glossary. */
export const answerEn: AnswerTexts = {
  'label.prohibited': 'Prohibited',
  'label.not_possible': 'Not possible',
  'label.permission_required': 'Permission needed',
  'label.allowed': 'Allowed',
  'label.needs_facts': 'Still open',
  'label.notice_duty': 'Notice required',
  'label.ending_employment_ends_early': 'Employment ends',
  'label.ending_training_ends_early': 'Training ends',
  'label.prohibited_unless': 'Possibly prohibited',
  'label.removal_urgent': 'Urgent',

  'offer.generic': 'This case should be checked by a counselling service.',
  'offer.removal_pending': 'Every day counts.',
  'offer.route_check_lead': 'An adviser can check a route to a secure stay',
  'offer.route_check_named': 'and prepare the application.',
  'offer.ban': 'An adviser can check whether the ban applies in your case.',
  'offer.unclear_identity': 'An adviser can help to clarify the identity.',
  'offer.route_name': 'section {ids}',
  'offer.route_names': 'sections {ids}',
  'offer.ask': 'May I hand the case over to an adviser?',
  'offer.ask_short': 'May I hand the case over?',
  'offer.ask_now': 'May I hand the case over to an adviser now?',
  'offer.ask_optional': 'Shall I hand it over?',

  'why.ban_unclear_identity':
    'The person holds a toleration for persons with unclear identity (§ 60b AufenthG), which rules out any gainful activity.',
  'why.ban_clause': 'The document says “Erwerbstätigkeit nicht gestattet” (gainful activity not permitted).',
  'why.ban_safe_country_rejected': '{country} is a safe country of origin and the asylum application was rejected.',
  'why.ban_safe_country_withdrawn': '{country} is a safe country of origin and the asylum application was withdrawn.',
  'why.ban_safe_country_not_applied': '{country} is a safe country of origin and no asylum application was made.',
  'why.ban_safe_country_gestattung':
    '{country} is a safe country of origin and the asylum application was made after 31 August 2015.',
  'why.ban_safe_country': '{country} is a safe country of origin.',
  'why.ban_generic': 'According to your details an employment ban applies.',
  'why.ban_no_permission': 'No permission can be granted while the ban applies.',
  'why.ban_unless_partial_carve_out_ge_md':
    'Only an asylum application made by 30 August 2023 exempts the person; while the ban applies, no permission can be granted.',
  'why.ban_unless_partial_carve_out_ge_md_tolerated':
    'Only a toleration held on 30 August 2023 exempts the person; while the ban applies, no permission can be granted.',
  'why.ban_possible_eu_candidate':
    'Not tolerated on 6 May 2025, no work permit on 11 June 2026: the safe-country ban can then apply to nationals of {country}, though EU-list coverage is open; while the ban applies, no permission can be granted.',
  'why.ban_unless_partial_carve_out_eu7':
    'Only a toleration on 6 May 2025 or a work permit on 11 June 2026 exempts them; while the ban applies, no permission can be granted.',
  'why.self_employment':
    'With this status self-employment needs an express permission of the immigration office, which is practically never given for a toleration (Duldung) – as a rule only employment can be permitted.',
  'why.self_employment_gestattung':
    'With an asylum-seeker’s residence document (Gestattung) self-employment is ruled out – only employment can be permitted.',
  'why.not_possible': 'This kind of activity is not open to this residence status.',
  'why.clause_needs_permission':
    'The document says “Beschäftigung nur mit Erlaubnis” (only with permission): the immigration office must permit this job first.',
  'why.specific_job':
    'The document allows one specific job only. Unless it names exactly this job with you, the immigration office must permit it first.',
  'why.gestattung': 'During the asylum procedure the immigration office must permit every job first.',
  'why.permit_restricts':
    'The residence permit does not cover this activity as it stands: the immigration office must permit it first.',
  'why.document_expired': 'The document has expired: only a new, valid document can allow the work.',
  'why.cautious':
    'While not all details are clear, the cautious reading applies: the immigration office must permit the job first.',
  'why.rejected_permission_anew':
    'After the rejection the toleration (Duldung) has replaced the asylum-seeker permit (Gestattung), and the permission for your job has ended with it. On the Duldung the immigration office must permit the job anew.',
  'why.rejected_gestattung_until':
    'Your permission lasts with the asylum-seeker permit (Gestattung): until the rejection is final or the removal threat enforceable, longer during a suspensive appeal. Then the job needs a new permission on the toleration (Duldung).',
  'why.rejected_manifestly_unfounded':
    'After a rejection as "manifestly unfounded" an appeal is suspensive only by court order: the Gestattung and your permission may end soon, then the job needs a new permission on the toleration (Duldung). Get advice at once.',
  'why.rejected_training_anew':
    'The training can go on: once the asylum-seeker permit (Gestattung) ends after the rejection, the immigration office permits the training anew on a training toleration or a residence permit.',
  'why.duldung': 'With a toleration (Duldung) the immigration office must permit every job first.',
  'why.permission_generic': 'The immigration office must permit this job first.',
  'why.ba_required': 'The Federal Employment Agency (BA) must consent.',
  'why.ba_not_required': 'No consent of the Federal Employment Agency (BA) needed.',
  'why.ba_continues': 'The consent of the Federal Employment Agency (BA) continues.',
  'why.ba_unclear': 'Whether the Federal Employment Agency (BA) must consent is still open.',
  'why.earliest_start': 'Earliest start: {date}.',
  'why.clause_allows':
    'The document says “Beschäftigung gestattet” (employment permitted) – no new application is needed.',
  'why.names_this_job': 'The entry on the document names exactly this job with you – no new application is needed.',
  'why.training_toleration': 'The training toleration covers this training – no new application is needed.',
  'why.school_training': 'Purely school-based training is not employment and needs no permission.',
  'why.permit_allows': 'The residence permit allows this activity – no new application is needed.',
  'why.allowed_generic': 'The person may already do this work for you, without a new application.',
  'why.ban_despite_permission':
    'Caution: a ban applies by your details; the permission holds only until the immigration office revokes it.',
  'why.missing': 'Still missing: {facts}.',
  'why.removal_urgent': 'Deportation is imminent – the person needs counselling or a lawyer today.',
  'why.removal_permission':
    'Work only with a permission: a granted one lasts while the Duldung does; a new one is at the office’s discretion.',
  'why.removal_allowed': 'The document allows your job for as long as it is valid.',
  'why.event_employment_ends_early': 'The employment ends.',
  'why.event_training_ends_early': 'The training ends early.',
  'why.event_then': 'For further or new employment: {label}.',
  'why.event_then_ban': 'Further or new employment is prohibited while the ban applies.',
  'why.event_deregister': 'Deregister the person from social insurance once the relationship ends.',
  'why.event_no_notice_plain':
    'With a plain toleration (Duldung) you need not report this to the immigration office; a short note does no harm.',
  'why.event_notice_known': '{event} – notify the immigration office in writing by {date}.',
  'why.event_notice': '{event} – notify the immigration office in writing within {days} days of learning of it.',

  'step.notify_abh_early_end':
    'Notify the immigration office in writing now – I do not know when you learned of it; after {days} days the deadline has passed.',
  'step.notify_abh_early_end_known':
    'Notify the immigration office of the end in writing: within {days} days of learning of it, that is by {date}.',
  'step.notify_abh_early_end_overdue':
    'Notify the immigration office of the end in writing now: the deadline of {days} days from learning of it on {from} has passed.',
  'step.deregister_social_insurance': 'Deregister the person from social insurance once the relationship ends.',
  'step.training_search_period': 'The person gets six months, once, to find a new training place.',
  'step.permit_19d_at_risk': 'Advise the person to get counselling: the § 19d permit can be revoked.',
  'step.employment_toleration_at_risk':
    'Advise the person to get counselling at once: otherwise the employment toleration is revoked.',
  'step.permission_after_rejection':
    'The person applies to the immigration office at once for the toleration (Duldung) with a permission for your job; ask to see the decision and the new document.',
  'step.permission_after_rejection_gestattung':
    'See the decision and ask whether the person appeals: your permission lasts until the Gestattung ends, then they apply at once for a Duldung permitting your job.',
  'step.training_after_rejection':
    'The person applies to the immigration office at once for the training toleration or the residence permit under § 16g AufenthG.',
  'step.stop_after_rejection':
    'Do not keep employing the person once their asylum-seeker permit (Gestattung) ends – not as a helper or in a minijob either.',
  'step.work_while_document_allows': 'The person may go on working only while a valid document permits your job.',
  'step.renew_document': 'No work until a new, valid document allows it; the extension should be applied for now.',
  'step.employment_toleration_hours':
    'Careful: below 20 hours a week the immigration office revokes the employment toleration (section 60d(3)). Get advice before the change.',
  'step.renew_early': 'The person should apply for the extension now – the document is valid until {date}.',
  'step.do_not_employ': 'Do not employ the person – not on trial, as a helper, in a minijob or as an intern either.',
  'step.contact_adviser_ban': 'Have a counselling service check whether an exception applies.',
  'step.contact_adviser': 'Have a counselling service or the immigration office check the case.',
  'step.no_freelance': 'Do not engage the person as self-employed or freelance.',
  'step.offer_employment_instead': 'Offer employment instead and have it checked with Lotse.',
  'step.answer_open_questions_employed':
    'Clear up the open details first: whether the person may go on working depends on them.',
  'step.answer_open_questions': 'Clear up the open details first; until then the work must not start.',
  'step.removal_adviser_today': 'Today: help the person reach counselling or a lawyer, or let me hand the case over.',
  'step.removal_confirm_job':
    'Confirm job, length and reliability in writing for the counselling. You cannot stop the deportation.',
  'step.removal_valid_document': 'Hiding the person or deceiving the authorities is punishable.',
  'step.school_training':
    'Nothing to apply for the purely school-based training; practical phases at a company may need a permission.',
  'step.check_specific_job':
    'Check the entry on the document: if it names exactly this job with you, nothing more is needed; otherwise the person applies for the permission.',
  'step.training_contract': 'Sign the training contract and have it registered with the chamber.',
  'step.training_contract_school':
    'Sign the training contract and have the nursing school approve it (no chamber register).',
  'step.training_contract_helper':
    'Sign the training contract. A helper training under Land law (e.g. nursing care assistance) has no chamber: what counts is a contract with the school or its consent. What your Land requires beyond that is not in my knowledge base – ask the school.',
  'step.fill_ba_form': 'Fill in and sign the BA form “Erklärung zum Beschäftigungsverhältnis”.',
  'step.employee_applies':
    'The person applies where they live, at the immigration office, with form, draft contract and document.',
  'step.employee_applies_permit':
    'The person applies at the immigration office where they live for permission for this job.',
  'step.abh_decides_ba': 'The immigration office obtains the BA’s consent; this usually takes three to four weeks.',
  'step.abh_decides': 'The immigration office decides; expect a few weeks.',
  'step.start_after_permission': 'Start only once the permission is there in writing.',
  'step.start_after_permission_from': 'Start only with the written permission, on {date} at the earliest.',
  'step.apply_training_status':
    'The person can apply for a training toleration or a § 16g residence permit – at the earliest seven months before the start.',
  'step.read_document': 'Check the document (front, back, supplementary sheet): validity and the entry on work.',
  'step.read_document_allowed': 'Check the document: it must be valid and allow the work.',
  'step.keep_copy': 'Keep a copy of the document (front, back, extra sheet) in the personnel file.',
  'step.watch_expiry': 'Watch the expiry date: the permission ends with the document.',
  'step.watch_expiry_on': 'The document is valid until {date}: have the extension applied for in time.',

  'text.steps': 'What you do now',
  'text.facts': 'Your details',
  'text.details_hint': 'Documents, duties, risks, routes, {n} sources: write “details”.',
  'text.details_button': 'Details',
  'text.stand': 'Law as of {date}. General information, not legal advice.',
  'text.no_facts': 'no details yet',

  'section.instead': 'What you can do instead',
  'section.steps': 'All steps in detail',
  'section.documents': 'Documents',
  'section.duties': 'Duties and deadlines',
  'section.dates': 'Dates of the case',
  'dates.lead': '{date}: {label}',
  'section.risks': 'Risks',
  'section.routes': 'Routes to a secure residence',
  'section.open': 'Open points',
  'section.sources': 'Sources',
  'section.escalation': 'A counselling service should check this case',
  'section.escalation_urgent': 'A counselling service should check this case urgently',
  'section.escalation_route': 'A counselling service can check a route to a secure stay',
  'routes.excluded': 'Ruled out: {routes}.',
  'routes.none': 'According to your details none of the routes applies.',
  'route.likely': 'likely possible',
  'route.possible': 'possible if',
  'route.blocked': 'blocked while the ban applies',
  'route.blocked_rules': 'Still open or not yet met: {detail}',
  'route.blocked_detail':
    'Only if its conditions are already met, as the ban forbids the work or training it needs. Still open or not yet met: {detail}',
  'duty.deadline': 'deadline: {days} days',
  'source.line': '{title} ({basis}), reviewed {date}',
  'instead.adviser_check': 'A counselling service checks whether the ban applies rightly or an exception applies.',
  'instead.possible_routes':
    'With conditions still open: {routes} – what is missing is under “Routes to a secure residence”.',
  'instead.blocked_routes':
    'Routes through work or training ({routes}) are blocked while the ban applies – unless their conditions are already met.',
  'instead.recheck': 'If any detail changes (e.g. status or asylum procedure), correct it above: Lotse checks again.',
  'instead.employment':
    'Employment instead of self-employment: this usually needs the immigration office’s permission.',
  'details.intro': 'The details of the assessment as of {date}:',
};
