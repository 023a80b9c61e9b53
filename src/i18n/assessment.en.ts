import type { Catalogue } from '../domain/messages.js';

/** English texts of the assessment; they say what the German source says. `{name}` are parameters. */
export const assessmentEn: Catalogue = {
  // Steps
  'step.abh_asks_ba':
    'The immigration office (Ausländerbehörde) asks the Federal Employment Agency (BA) internally. The BA checks working conditions and pay; if it does not respond within two weeks, its consent counts as given – unless your information was incomplete. In total this usually takes three to four weeks.',
  'step.abh_decides': 'The immigration office examines the application and decides; allow a few weeks.',
  'step.abh_decides_four_years':
    'After four years of uninterrupted permitted, tolerated or gestattet stay, BA consent is no longer needed. The immigration office decides alone – still for this specific job.',
  'step.abh_decides_without_ba':
    'This kind of work needs no consent from the Federal Employment Agency; the immigration office decides alone.',
  'step.answer_open_questions':
    'First answer the open questions. Without them it is not possible to say reliably whether you may employ the person. Until then, work must not start.',
  'step.apply_training_status':
    'The person can apply to the immigration office for an Ausbildungsduldung (section 60c Residence Act) or a residence permit for vocational training (section 16g), at the earliest seven months before the training starts. This secures the stay for the length of the training.',
  'step.contact_adviser_ban':
    'Contact an advice centre: whether the ban is justified or an exception applies can be checked in the individual case.',
  'step.contact_adviser_scope':
    'Lotse cannot assess this case reliably. Have it checked by an advice centre or the immigration office.',
  'step.deregister_social_insurance': 'Deregister the person from social insurance as usual (section 28a SGB IV).',
  'step.do_not_employ':
    'Do not employ the person for now – not on trial, not as an intern, not in a minijob. According to your answers an employment ban applies.',
  'step.do_not_employ_until_checked':
    'Do not employ the person for now – not on trial, not as an intern, not in a minijob – until an advice centre has checked whether the ban applies.',
  'step.do_not_employ_unless':
    'Do not employ the person for now – not on trial, not as an intern, not in a minijob. According to your answers an employment ban may apply: the exception that lifts it is not shown.',
  'step.employee_applies':
    'The person applies for the work permission at the immigration office of their place of residence (not your company seat), with your declaration, the draft contract and their document. The permission is free of charge.',
  'step.employee_applies_19d_1a':
    'The person applies at the immigration office (Ausländerbehörde) of their place of residence for the residence permit under section 19d(1a) Residence Act (a right, two years) – with the exam certificate, your employment contract for the matching job, your Declaration of the employment relationship (BA form) and their document, best before the training toleration expires.',
  'step.employee_applies_permit':
    'The person applies to the immigration office of their place of residence for permission to do this work.',
  'step.employment_toleration_at_risk':
    'With the end of the employment, conditions of the Beschäftigungsduldung cease (section 60d(1) nos. 3–5 Residence Act); the immigration office then revokes it. Short interruptions the person is not responsible for are disregarded (section 60d(3)). The person should look for a new job and get advice at once; any new job needs a new permission.',
  'step.fill_ba_form':
    'Fill in and sign the BA form "Erklärung zum Beschäftigungsverhältnis" (declaration on the employment relationship), ideally with a draft contract: exact duties, working hours, pay. False or missing information can be fined.',
  'step.keep_copy': 'Put a copy of the document (front and back, supplementary sheet) in the personnel file.',
  'step.no_freelance':
    'Do not engage the person as self-employed or "freelance": self-employment is not possible with this status.',
  'step.offer_employment_instead':
    'If you want to work with the person, offer an employment contract. That usually needs the permission of the immigration office; then have Lotse check the employment.',
  'step.permit_19d_at_risk':
    'If the section 19d permit was granted after a training toleration (subsection 1a), it is revoked when the employment is dissolved for reasons that lie in the person (section 19d(1b)). The person should get advice; a new job must fit the permit.',
  'step.read_document':
    "Check the person's document (front and back, supplementary sheet): the expiry date and the entry on gainful activity.",
  'step.read_document_allowed':
    'Check the document (front and back, supplementary sheet): it must be valid and allow employment, e.g. "Beschäftigung gestattet".',
  'step.read_permit':
    'Check the residence permit: validity and what it says about gainful activity (ancillary provision, supplementary sheet).',
  'step.renew_document':
    'The document has expired. The person may only continue working once a new, valid document allows the employment; they should apply for renewal immediately.',
  'step.renew_early':
    'The document expires on {date}. The person should apply for renewal now: the work permission ends with the document.',
  'step.employment_toleration_hours':
    'Careful: with {hours} hours a week a condition of the employment toleration is missing (at least 20 hours a week). The immigration office then revokes it (section 60d(3) Residence Act). Get advice before the change.',
  'step.school_training':
    'A purely school-based training (e.g. at a vocational school) is not employment and needs no permission. Practical phases with an employer may need one – if in doubt, ask the immigration office.',
  'step.start_after_permission':
    'Let the person start only once the permission exists in writing (entry in the document or a decision letter). It covers only this job with you.',
  'step.training_contract':
    'Sign the training contract and apply for its registration with the competent chamber (IHK, HWK or similar). A training without a chamber, such as nursing training, needs the approval of the nursing school or education institution instead.',
  'step.training_contract_school':
    'Sign the training contract as the provider of the practical training and have the nursing school or education institution approve it (§ 16 Abs. 6 PflBG, § 60c Abs. 3 S. 3 AufenthG); there is no chamber register here.',
  'step.training_contract_helper':
    'Sign the training contract. If the helper or assistant training is regulated by Land law (e.g. in nursing care assistance), there is no chamber register: what counts then is a contract with the school (education institution) or its consent to your contract (§ 60c Abs. 3 S. 3 AufenthG). What your Land otherwise requires for this training and which office is competent there is not in our knowledge base – ask the school.',
  'step.training_search_period':
    'After training ends early, the person gets a one-off six months to look for a new training place.',
  'step.wait_until':
    'Waiting period: work can start on {date} at the earliest. You can prepare the application before then.',
  'step.watch_expiry':
    'Keep an eye on the expiry date: the permission ends with the document. A change of job or employer needs a new permission.',
  // Documents
  'doc.document_copy':
    "Copy of the person's document (Duldung, Aufenthaltsgestattung or residence permit), front and back with supplementary sheet",
  'doc.ba_form': 'BA form "Erklärung zum Beschäftigungsverhältnis", signed by you',
  'doc.contract': 'Employment or training contract, or a binding offer',
  'doc.training_registration': 'Training contract and proof that registration with the chamber has been applied for',
  'doc.training_contract_helper':
    'Training contract; for a helper training under Land law, instead of a chamber registration, the contract with the school or its consent',
  'doc.training_approval_school': 'Training contract with the approval of the nursing school or education institution',
  'doc.identity_proof': 'Passport or passport substitute, or proof of the steps taken to clarify identity',
  'doc.payslips': 'Payslips for the last 12 months',
  'doc.language_certificate': 'German language certificate (A2 or B1)',
  'doc.school_attendance': "Children's school attendance certificates",
  'doc.qualification_proof': 'Proof of the qualification (certificate or recognition notice)',
  'doc.housing_proof': 'Proof of adequate housing (e.g. tenancy agreement)',
  // Duties
  'duty.check_document_validity':
    'Before the start and at every renewal, check that the person may do this work for you – including restrictions to an employer, a job or hours.',
  'duty.keep_copy':
    'Keep a copy of the document for the whole duration of the employment (on paper or electronically).',
  'duty.notify_19d_end':
    'If the employment ends early, tell the immigration office within four weeks of learning about it.',
  'duty.notify_60d_end':
    'If the employment ends, tell the immigration office in writing or electronically within two weeks of learning about it: end date, surname, first name, nationality.',
  'duty.notify_training_end':
    'If the training ends early or is abandoned, tell the immigration office without delay, as a rule within two weeks, in writing or electronically (what, when, surname, first name, nationality). A regular completion is not reported.',
  'duty.notify_training_end_once_granted':
    'Once the Ausbildungsduldung or the section 16g permit is granted: report an early end of the training to the immigration office without delay, as a rule within two weeks.',
  // Risks
  'risk.below_minimum_wage':
    'The hourly wage of €{wage} is below the statutory minimum wage of €{minimum}. The BA will not consent, and back pay and fines are likely.',
  'risk.document_expired':
    'Employing someone without a valid permission – including in the gap after the document expired – risks a fine of up to €500,000 (section 404(2) no. 3 SGB III).',
  'risk.illegal_employment':
    'Starting work without permission is illegal employment: a fine of up to €500,000 (section 404(2) no. 3, (3) SGB III); with strikingly worse working conditions or more than five cases also a criminal offence (sections 10, 11 SchwarzArbG).',
  'risk.minijob_ceiling':
    'With this wage and these hours the pay comes to about €{monthly} a month – more than the minijob limit of €{ceiling}. It is then no longer a minijob.',
  'risk.employment_toleration_hours':
    'Below 20 hours a week the employment toleration is revoked (section 60d(1) no. 3, (3) Residence Act); after that any employment needs the permission the new Duldung provides for.',
  'risk.notice_fine':
    'Not making the notice to the immigration office, or making it wrongly or late, risks a fine of up to €30,000 (section 98(2a), (5) Residence Act).',
  'risk.public_contracts':
    'After a fine of €2,500 or more or a conviction for illegal employment, exclusion from public contracts is likely: as a rule for up to three years (section 21 SchwarzArbG), under section 98c Residence Act for up to five years.',
  'risk.removal_pending':
    'Concrete measures to end the stay are imminent (e.g. a booked flight, a fitness-to-travel examination, a Dublin procedure). This is not an employment ban, but the rule that the permission "should" be granted no longer applies (section 60a(5b) Residence Act): the immigration office decides at its discretion and may refuse a new permission. A permission already granted does not lapse because of this alone, but it ends with the Duldung. An Ausbildungsduldung or a section 16g permit for a training taken up now is excluded (section 60c(2) no. 5, section 16g(2) no. 5); the Beschäftigungsduldung (section 60d) has no such exclusion. The removal can still go ahead.',
  'risk.self_employment_commissioning':
    'Engaging the person as self-employed for sustained paid services or works although they may not do so risks a fine of up to €500,000 (section 98(2a) no. 1, (5) Residence Act).',
  // Routes
  'route.excluded': '{route}: excluded – {reason}.',
  'route.likely': '{route}: likely. {note}',
  'route.possible': '{route}: possible. Still open or not yet met: {conditions}.',
  'route_name.60c': 'Ausbildungsduldung (toleration for vocational training, section 60c)',
  'route_name.16g': 'Residence permit for vocational training (section 16g)',
  'route_name.60d': 'Beschäftigungsduldung (toleration for employment, section 60d)',
  'route_name.19d': 'Residence permit for qualified tolerated persons (section 19d)',
  'route_name.25a': 'Residence permit for well-integrated young people (section 25a)',
  'route_name.25b': 'Residence permit for sustainable integration (section 25b)',
  'route_name.104c': 'Opportunity residence right (section 104c)',
  'route_name.haertefall': 'Hardship commission (section 23a)',
  'route_note.60c_held': 'The person already holds the Ausbildungsduldung.',
  'route_note.60d_held':
    'The person already holds the Beschäftigungsduldung; after 30 months section 25b(6) comes into play.',
  'route_note.conditions_met':
    'According to your answers the conditions are met; the immigration office checks them in the application.',
  'cond.104c_apply_by': 'application by 31 December 2025 at the latest',
  'cond.104c_extend_25a':
    'transfer to section 25a if its conditions are met (special rules for former section 104c holders; according to asyl.net until 30 June 2027 – date not confirmed in the statute text)',
  'cond.104c_extend_25b':
    'transfer to section 25b if its conditions are met (special rules for former section 104c holders; according to asyl.net until 30 June 2027 – date not confirmed in the statute text)',
  'cond.104c_five_years':
    'on 31 October 2022 five years in Germany tolerated, gestattet or with a permit; application by 31 December 2025',
  'cond.104c_held': 'the person already holds the permit; it stays valid until it expires',
  'cond.19d_after_training':
    'successful completion of the training; then a right to a two-year residence permit for a matching job (section 19d(1a))',
  'cond.19d_no_public_funds': 'no public funds for living costs in the last year (housing costs aside)',
  'cond.19d_more_months': '{months} more month(s) of qualified employment to reach the required three years',
  'cond.19d_qualification':
    'vocational training or degree completed in Germany, or a recognised foreign degree with two years of matching employment, or three years of qualified employment',
  'cond.19d_ban_qualification_done':
    'only with a qualification already gained: vocational training or degree completed in Germany, or the two or three years of employment already done – while the employment ban applies the person cannot gain them by work or in-company training',
  'cond.19d_ban_no_deception':
    'the ban bars the permission on the Duldung, not this residence permit; the immigration office does check that the person has not deceived it and has not delayed removal (section 19d(1) nos. 4, 5 Residence Act)',
  'cond.19d_two_years': 'two years of uninterrupted employment matching the degree',
  'cond.25b_stay_children_from':
    'the stay is still too short (not yet, but later): reached on {date4} with a minor child in the household, otherwise on {date6}',
  'cond.25b_stay_from': 'the stay is still too short (not yet, but later): reached on {date}',
  'cond.25b_via_60d':
    'after 30 months of Beschäftigungsduldung (section 25b(6)) if the section 60d conditions are still met',
  'cond.60c_new_training_place':
    'the current Ausbildungsduldung lapses with the early end (section 60c(4)); once, a six-month toleration is granted to find a new training place (section 60c(6))',
  'cond.after_rejection':
    'only if the person started the training as an asylum seeker and wants to continue it after the asylum application is rejected',
  'cond.age_from_14': 'the person must be at least 14 years old (section 25a applies to young people from 14)',
  'cond.age_under_27': 'application before the 27th birthday',
  'cond.duldung_12_months': 'tolerated for at least 12 months',
  'cond.duldung_12_months_from': '12 months of Duldung (reached on {date})',
  'cond.duldung_3_months': 'tolerated for at least three months',
  'cond.duldung_3_months_from': 'three months of Duldung (reached on {date})',
  'cond.employment_12_months': 'at least 12 months of employment subject to social insurance',
  'cond.employment_more_months':
    '{months} more months of employment subject to social insurance to reach the required 12',
  'cond.entry_by_2022': 'entry by 31 December 2022',
  'cond.follow_on_promise': 'written promise of a follow-on training place in a shortage occupation',
  'cond.german_a2': 'spoken German at level A2',
  'cond.german_b1': 'German at level B1',
  'cond.haertefall_last_resort':
    'last resort; the commission takes up a case only if one of its members does – there is no right to it',
  'cond.haertefall_no_return_date':
    'no return date fixed yet: once a removal date is concrete, a hardship request is as a rule excluded (section 23a(1) sentence 3)',
  'cond.haertefall_no_serious_offences':
    'no offences of considerable weight: these exclude a hardship request as a rule (section 23a(1) sentence 3); the commission weighs the conviction',
  'cond.hours_20': 'at least 20 hours a week in that employment',
  'cond.housing': 'adequate housing',
  'cond.identity_by_application': 'identity clarified by the time of the application',
  'cond.identity_by_date': 'identity clarified by {date}, or all reasonable steps taken by then',
  'cond.identity_discretion_60c':
    'identity deadline missed: only at discretion, if all reasonable steps were taken (section 60c(7), section 16g(6))',
  'cond.identity_discretion_60d':
    'identity deadline (31 December 2024) missed: only at the discretion of the immigration office (section 60d(4))',
  'cond.identity_entry_date': 'identity clarified in time (the deadline depends on the date of entry)',
  'cond.job_is_training': 'the job is a qualified vocational training (or a helper training with a follow-on promise)',
  'cond.job_matches': 'the job matches the qualification',
  'cond.livelihood': 'living costs covered by the employment, also in the last 12 months',
  'cond.livelihood_bafoeg': 'living costs covered (measured at the BAföG level)',
  'cond.livelihood_mostly': 'living costs mostly covered by work',
  'cond.25b_livelihood_under_ban':
    'living costs: not by work while the employment ban applies – only the expectation that the person will cover them counts (section 25b(1) sentence 2 no. 3 Residence Act, e.g. a firm job offer for the time with the residence permit), or an exception under subsection (1) sentence 3 or (3)',
  'cond.25b_no_obstruction':
    'no deception about identity or nationality and cooperation in obtaining a passport – otherwise the permit must be refused (section 25b(2) no. 1 Residence Act); this is often the ground of a ban written on the document',
  'cond.minor_children': 'lives with a minor child (then four instead of six years suffice)',
  'cond.no_ban': 'no employment ban (details on the document or origin are still missing)',
  'cond.no_convictions': 'no conviction above 50 or 90 daily rates',
  'cond.no_convictions_25b':
    'no conviction that creates a serious interest in expulsion (a prison sentence of a year or more excludes it; smaller convictions are weighed)',
  'cond.no_convictions_60d':
    'no conviction for an intentional offence (only fines of up to 90 daily rates for offences that only foreigners can commit are disregarded – unlike section 19d and 60c, even a smaller fine counts here)',
  'cond.no_removal': 'no concrete measures to end the stay',
  'cond.passport': 'a valid passport (passport obligation)',
  'cond.school_3_years': 'three years of successful schooling, or a school or vocational qualification in Germany',
  'cond.school_qualified': 'the school-based training leads to a state-recognised occupation',
  'cond.stay_3_years': 'three years of uninterrupted stay (tolerated, gestattet or with a permit)',
  'cond.stay_3_years_from': 'three years of stay (reached on {date})',
  'cond.stay_6_years': 'six years of uninterrupted stay (four with a minor child)',
  'excl.104c_entry': 'the person had not been in Germany for five years on 31 October 2022',
  'excl.104c_expired': 'the rule expired on 31 December 2025; no new permits are granted',
  'excl.16g_not_in_force': 'section 16g applies only from 1 March 2024',
  'excl.19d_job_not_matching': 'the job does not match the qualification',
  'excl.19d_no_qualification': 'without a recognised qualification only after three years of qualified employment',
  'excl.19d_ban_needs_work':
    'the years of employment it requires (section 19d(1) no. 1 b, c Residence Act) cannot be gained while the employment ban applies',
  'excl.25a_age': 'the application must be made before the 27th birthday',
  'excl.60c_training_completed': 'the training is completed; a job after it goes through section 19d(1a)',
  'excl.60d_entry': 'only for entry by 31 December 2022',
  'excl.clause_ban': 'the document excludes all gainful activity',
  'excl.criminal': 'convictions above the threshold of 50 or 90 daily rates',
  'excl.entry_qualification': 'an entry qualification (EQ) does not open this route',
  'excl.helper_no_promise': 'a helper training only with the promise of a follow-on training place',
  'excl.not_training': 'only for a vocational training',
  'excl.only_tolerated': 'only for tolerated persons, i.e. after the asylum procedure',
  'excl.removal_pending': 'concrete measures to end the stay are imminent',
  'excl.safe_country_ban': 'an employment ban applies (safe country of origin)',
  'excl.safe_country_ban_possible':
    'an employment ban may apply (safe country of origin; whether an exception applies is open)',
  'excl.unclear_identity': 'the Duldung for persons with unclear identity excludes it',
  // Open points
  'open.104c_pending_application':
    'If a section 104c application was filed by 31 December 2025 and is still undecided, there is no transitional rule for it. An advice centre should then check the case.',
  'open.104c_transition':
    'The section 104c permit stays valid until it expires but can only be extended as a section 25a or 25b permit; only such an application keeps it in force until the decision. An announced successor rule does not exist yet.',
  'open.16g_over_20_hours':
    'The section 16g permit allows only up to 20 hours a week besides the training. More hours need a permission from the immigration office; whether it is granted is open.',
  'open.19d_any_job_after_two_years':
    'If the person has already worked two years in a job matching their qualification, any employment is allowed (section 19d(2)); otherwise this job needs a permission.',
  'open.19d_matches_unchecked':
    'The section 19d permit covers a job that matches the qualification. If your job does not, it needs a permission (unless after two years of matching employment).',
  'open.after_training_19d_1a':
    'The training toleration and its permission cover the training they were granted for (section 60c(1) sentence 3, (3) sentence 4 Residence Act). After passing the exam, the person has a right to a two-year residence permit for a job matching the qualification gained (section 19d(1a) Residence Act); work starts only once the immigration office has permitted it. If the training company does not keep the person on, the toleration is extended once by six months to look for a matching job (section 60c(6) sentence 2). We assume the qualification is the training of the training toleration.',
  'open.after_training_ba_consent':
    'The section 19d permit is a residence title for employment: the Federal Employment Agency (BA) must consent to the job (section 39(1) Residence Act) and checks pay and working conditions. The exemption after four years of stay (section 32(2) BeschV) applies to the work permission of a tolerated person, not to this title.',
  'open.after_training_clause':
    'If the training toleration says "Beschäftigung gestattet" (employment permitted), that does not safely cover a job after the exam: the training toleration was granted for the duration of the training (section 60c(3) sentence 4 Residence Act). Clarify it with the immigration office before work starts.',
  'open.reception_clause_waiting':
    'While the person must live in the reception centre, the law itself bars any gainful activity (section 61(1) sentence 1 Asylum Act); after six months of toleration, employment should be permitted. The entry "Erwerbstätigkeit nicht gestattet" (gainful activity not permitted) often says only that. If the immigration office names another ground (an employment ban under section 60a(6) Residence Act), it remains a ban – ask there.',
  'open.agency_work':
    'By statute, agency work is possible for tolerated persons and asylum seekers with BA consent (the agency-work refusal ground does not apply to them). There is no explicit BA instruction on it: confirm with the immigration office or the BA in advance and tick "Überlassung an Dritte" in the BA form.',
  'open.agency_work_19d':
    'The section 19d permit covers a job matching the qualification, with BA consent; for agency work the BA must as a rule refuse consent (section 40(1) no. 2 Residence Act). Whether this applies to section 19d has not been verified: clarify it with the immigration office before the person starts.',
  'open.ban_despite_permission':
    'According to your answers the person falls under the ban for safe countries of origin. The permission entered in the document stays valid until the immigration office revokes it; expect it to be withdrawn at renewal or review.',
  'open.carve_out_applies':
    'No safe-country ban only because of the transitional rule (section 104(18) Residence Act: asylum application or Duldung by the cut-off date, or a work permission on 11 June 2026). Have the person prove that date, e.g. with an earlier Duldung certificate or permission decision; the immigration office checks it.',
  'open.eu_candidate':
    'The person comes from an EU candidate country. The EU list of safe countries covers such states only if no exception (such as armed conflict) applies. Whether an employment ban applies is currently open.',
  'open.eu_candidate_possible_ban':
    'Section 104(18) no. 2 Residence Act names Türkiye among the states whose nationals are exempt from the employment ban for safe countries of origin only if they were tolerated on 6 May 2025 or held a permission to work on 11 June 2026. According to your answers neither applies. Whether the EU list covers Türkiye as a candidate country is open; an employment ban probably applies. Until an advice centre or the immigration office has clarified this, we assume the ban to be on the safe side.',
  'open.eu_list_ahead':
    'From 12 June 2026 the EU list of safe countries of origin also counts (section 60a(6) sentence 1 no. 3 Residence Act). For this nationality an employment ban then applies unless the person was tolerated on 6 May 2025 or holds a permission to work on 11 June 2026 (section 104(18) no. 2 Residence Act). If the permission is granted before then, the person stays outside this ban.',
  'open.eu_list_ahead_candidate':
    'From 12 June 2026 the EU list of safe countries of origin also counts (section 60a(6) sentence 1 no. 3 Residence Act). Whether it covers this EU candidate country is open (exceptions include armed conflict). Certainly not affected is a person who was tolerated on 6 May 2025 or holds a permission to work on 11 June 2026 (section 104(18) no. 2 Residence Act).',
  'open.eu_list_new':
    'The ban rests on the EU list of safe countries of origin, which applies only since 12 June 2026. Authorities have little practice with it yet; have an adviser check whether an exception applies.',
  'open.family_household':
    "No BA consent only if the person is the employer's spouse, partner or first-degree relative or in-law and lives in the same household; otherwise consent is needed.",
  'open.gestattung_dublin_6_months':
    'In a reception centre the wait is six months instead of three if a Dublin procedure is under way (another EU state is asked to take the person over) or the person already received protection in another EU state (section 61(1) sentence 3 Asylum Act). Until that is clear, we count six months.',
  'open.gestattung_clause_waiting':
    'On an Aufenthaltsgestattung this entry often only reflects the waiting period under section 61 Asylum Act. Once it has passed and no safe-country ban applies, the employment can be permitted on application (since 12 June 2026 it must be), with BA consent where needed. Whether the entry only reflects the waiting period is for an adviser or the immigration office to clarify.',
  'open.gestattung_eu_list':
    'The person comes from a state on the EU list of safe countries of origin. Their asylum application is normally examined in the accelerated procedure. While it runs, employment is not permitted, in the reception centre or outside it (section 61(1) sentence 5, (2) sentence 5 Asylum Act). Whether that applies here is open.',
  'open.gestattung_geas_shortens':
    'The waiting period is counted under the law on the assessment date (six months). From 12 June 2026 the new section 61(1) Asylum Act applies: employment must then be permitted three months after the asylum application was registered (six months in Dublin cases or after protection in another EU state) – here probably from {date}. Have the immigration office confirm the date.',
  'open.gestattung_manifestly_unfounded':
    'Until 11 June 2026 a person whose asylum application was rejected as manifestly unfounded could not work while living in the reception centre (section 61(1) Asylum Act, old version). Exception: the administrative court ordered the suspensive effect of the action; then employment had to be permitted six months after the application. From 12 June 2026 the new three-month rule applies.',
  'open.gestattung_prior_stay':
    'The waiting period is counted from the asylum application. An earlier lawful or tolerated stay counts too (section 61(2) sentence 2 Asylum Act); if there was one, work may start earlier – the immigration office checks this.',
  'open.helper_recognised':
    'No BA consent only if the helper or assistant training is state-recognised or comparably regulated; otherwise consent is needed.',
  'open.minijob_no_special_rule':
    'There is no special rule for minijobs: they need the same permission as any employment. No explicit confirmation of this was found.',
  'open.minor_exception':
    'The person came as an unaccompanied minor. The ban does not apply if not applying for asylum, or withdrawing the application, was in the best interest of the child – this can only be settled in the individual case.',
  'open.only_specific_job':
    'The document allows only a specific activity. If exactly this job with you is entered there, the employment is already allowed; any other job needs a new permission.',
  'open.partial_carve_out_eu7':
    'The employment ban does not apply here only if the person was already tolerated on 6 May 2025 or held a permission to work on 11 June 2026 (section 104(18) no. 2 Residence Act); then the immigration office can permit the job. According to your answers neither is shown: since when the person is tolerated, or whether they were allowed to work on 11 June 2026, is not (exactly) known. Until that is shown, the ban applies to be on the safe side. The immigration office can confirm the date of the first toleration (Duldung) and an earlier work permission.',
  'open.partial_carve_out_ge_md':
    'The employment ban does not apply here only if the person applied for asylum by 30 August 2023 or was tolerated on that day without applying (section 104(18) no. 1 Residence Act); then the immigration office can permit the job. The exact date is not known – it may lie after 30 August 2023. Until that is shown, the ban applies to be on the safe side. The date is on the proof of arrival, the asylum-seeker permit (Gestattung), the BAMF decision or the toleration (Duldung).',
  'open.partial_date_cautious':
    'Only {value} is known for “{fact}”. To be on the safe side we assume {date}. With the exact date the answer may be more favourable.',
  'open.partial_date_decides':
    'Only {value} is known for “{fact}”. Here the exact month or day decides the result. Please check the document or decision.',
  'open.partial_date_unknown':
    'Only {value} is known for “{fact}”, not the exact day. The answer therefore takes the cautious reading. With the exact date it may turn out differently.',
  'open.orientation_internship':
    'No BA consent only for an orientation internship of at most three months; a longer voluntary internship needs consent and the minimum wage.',
  'open.permit_clause_restricts':
    'According to your answers the residence permit does not simply allow this work. If the ancillary provision allows exactly this job, nothing more is needed; otherwise the immigration office must permit it.',
  'open.plain_duldung_notice':
    'With a plain Duldung there is no statutory duty to report the end of the employment to the immigration office. Some offices ask for it anyway; a short notice does no harm.',
  'open.reception_passport':
    'If identity is proven by a recognised, valid passport or passport substitute, the wait in the reception centre is three months instead of six (section 61(1) Asylum Act). Until that is clear, we count six months.',
  'open.reception_prior_permission':
    'If the person was already allowed to work during the asylum procedure, the immigration office must permit employment without this waiting period.',
  'open.residence_fiction':
    'If renewal was applied for before expiry, the residence permit continues until the decision (fiction certificate, section 81(4) Residence Act); the person may then keep working as before. Ask to see the certificate.',
  'open.school_training_paid':
    "The school-based training is paid: with a training contract and pay (e.g. in nursing) it is employment for training. It needs the immigration office's permission, but no consent of the Federal Employment Agency (section 32(2) no. 2 BeschV).",
  'open.school_training_paid_ban':
    'The school-based training is paid and therefore employment for training; the employment ban covers it. Only an unpaid, purely school-based training would not be gainful activity.',
  'open.school_training_pay_unknown':
    'A purely school-based, unpaid training (no training contract with a company) is not gainful activity; the rule that gainful activity may not be permitted therefore does not stand in the way of attending school. Paid training, practical phases in a company, mandatory internships and side jobs are employment and are covered by the ban. While the pay is not known, the ban is applied to be safe. Have the immigration office confirm how the training is classed.',
  'open.school_training_under_ban':
    'A purely school-based, unpaid training (no training contract with a company) is not gainful activity; the rule that gainful activity may not be permitted therefore does not stand in the way of attending school. Paid training, practical phases in a company, mandatory internships and side jobs are employment and are covered by the ban. Have the immigration office confirm how the training is classed.',
  'open.self_employment_duldung':
    'In law the immigration office can expressly permit a person with a Duldung to be self-employed (section 4a(4) Residence Act); in practice this almost never happens. As a client you may, by the wording of section 4a(5) sentence 1 Residence Act, only commission people with a residence title, and a Duldung is not one. Offer employment instead.',
  'open.unknown_carve_out_eu7':
    'If the person was already tolerated on 6 May 2025 or held a work permission on 11 June 2026, no employment ban applies (section 104(18) no. 2 Residence Act); otherwise it does. Until that is clear, we assume the permission procedure.',
  'open.unknown_carve_out_ge_md':
    'If the person applied for asylum by 30 August 2023, or was tolerated on that day without applying, no employment ban applies (section 104(18) no. 1 Residence Act); otherwise it does. Until that is clear, we assume the permission procedure.',
  'open.unknown_four_years':
    'If the person has lived in Germany for at least four years without interruption (permitted, tolerated or gestattet), no BA consent is needed. Until that is clear, we assume it is needed.',
  'open.unknown_hours_16g':
    'With section 16g a side job of up to 20 hours a week is allowed; above that a permission is needed. Until the hours are known, we assume a permission is needed.',
  'open.unknown_job_kind':
    'What you offer matters: self-employment is not possible, a school-based training needs no permission, employment does. Until that is clear, we assume employment that needs a permission.',
  'open.unknown_permit_basis':
    'Which residence permit the person holds (the section on the permit) decides whether they may simply work. Until that is clear, we assume a permission is needed.',
  'open.unknown_reception_centre':
    'If the person still has to live in an initial reception centre, a longer waiting period applies (usually six months).',
  'open.unknown_removal':
    'If concrete measures to end the stay are imminent (e.g. flight booked, fitness-to-travel examination, Dublin procedure), the rule that the permission should be granted does not apply: the immigration office decides at its discretion and may refuse it; an Ausbildungsduldung or section 16g for a training taken up now is then excluded. Then involve an advice centre at once.',
  'open.unknown_safe_country':
    'If the person comes from a safe country of origin and their asylum application made after 31 August 2015 was rejected or withdrawn (or they never applied), employment may not be permitted (section 60a(6) sentence 1 no. 3 Residence Act). Until that is clear, we assume the permission procedure.',
  'open.unknown_safe_country_gestattung':
    'If the person comes from a safe country of origin (section 29a Asylum Act) and applied for asylum after 31 August 2015, they may not work during the asylum procedure (section 61(2) sentence 4 Asylum Act). Until that is clear, we assume the permission procedure.',
  'open.unknown_status':
    'Which document the person holds (Duldung, Aufenthaltsgestattung or residence permit) decides everything else. Until that is clear, we assume the immigration office must give permission.',
  'open.unknown_work_clause':
    'If the document says "Erwerbstätigkeit nicht gestattet", employment is prohibited; if it says "Beschäftigung gestattet", no new permission is needed. Until that is clear, we assume the permission procedure.',
  'open.usual_pay':
    'The BA checks not only the minimum wage but also whether the pay matches the collective or local rate for comparable employees.',
  'open.wage_amount_unverified':
    'The 2025 minimum wage has not been checked against the text of the ordinance. Have your payroll office confirm the amount before any back payment.',
  'open.withdrawal_12b':
    'If the asylum application was withdrawn after free legal advice at the BAMF (section 12b Asylum Act), the ban does not apply. Have this checked.',
  // Escalation reasons
  'reason.agency_work_19d': 'Whether agency work is possible with a section 19d permit is not verified.',
  'reason.ban_clause': 'The document excludes gainful activity. An advice centre can check whether this is justified.',
  'reason.ban_despite_permission':
    'According to the answers a ban applies although the document allows the employment. An advice centre should assess this.',
  'reason.ban_safe_country':
    'Employment ban for nationals of safe countries of origin. An advice centre should check whether an exception applies.',
  'reason.eu_candidate': 'Whether the EU list covers this candidate country is legally open.',
  'reason.gestattung_eu_list': 'Whether asylum seekers from EU-list states may work is legally open.',
  'reason.gestattung_manifestly_unfounded':
    'The asylum application was rejected as manifestly unfounded; work in the reception centre was excluded at the time. An adviser can check whether the court ordered the suspensive effect.',
  'reason.minor_exception': 'The exception for unaccompanied minors has to be checked in the individual case.',
  'reason.outside_scope': 'This residence status is outside what Lotse can assess.',
  'reason.removal_pending': 'Concrete measures to end the stay: involve an advice centre urgently.',
  'reason.route_check':
    'There is a real prospect of a secure stay. An advice centre (e.g. Perspektive Bleiberecht) can prepare the application.',
  'reason.route_check_104c':
    'The section 104c permit has to be moved to section 25a or 25b in time; an advice centre should accompany this.',
  'reason.school_training_under_ban':
    'An employment ban applies to the person; whether the school-based training has no part at all in a company should be clarified by an advice centre with the immigration office.',
  'reason.unclear_identity':
    'Duldung for persons with unclear identity: once the person makes up for the missing cooperation, the Duldung is issued without this addition. An advice centre can help.',
  'reason.unknown_fact': 'A decisive fact is unknown ({facts}); the result depends on it.',
  'step.permission_after_rejection':
    'The work permission ends with the asylum-seeker permit (Aufenthaltsgestattung), not with the rejection itself: only once the rejection is final or the removal threat is enforceable (section 67(1) Asylum Act). Ask to see the decision and whether the person appeals against it. As soon as the Gestattung ends – or if the person already holds a Duldung – they apply to the immigration office at once for the Duldung with a permission for this job. They may work only while a valid document permits the job.',
  'step.stop_after_rejection':
    'With the rejection an employment ban applies to the person. Do not keep employing them once their Aufenthaltsgestattung ends, and get advice from an adviser at once.',
  'step.training_after_rejection':
    'The training can go on: whoever started it as an asylum seeker gets an Ausbildungsduldung (section 60c(1) sentence 1 no. 1 Residence Act) or a residence permit under section 16g after the rejection. The person applies to the immigration office at once.',
  'open.consent_continues':
    'The consent of the Federal Employment Agency (BA) to this job continues for the Duldung within its time limit (section 35(2), (3) BeschV). If it was limited and has expired, it is obtained anew.',
  'open.eu_list_window':
    'Here the ban for states on the EU list counts from 12 June 2026. The official statute text showed it only from late July 2026, and the transitional rule for Egypt, Bangladesh, India, Colombia, Morocco, Tunisia and Türkiye only from 3 August 2026. Whether the ban already applied in that period is open.',
  'open.gestattung_claim_six_months':
    'Law until 11 June 2026: after three months the immigration office could permit employment. If the asylum procedure was still running six months after the application ({date}), it had to permit it with BA consent (section 61(1) sentence 2, (2) Asylum Act, old version).',
  'open.rejection_appeal':
    "The rejection alone does not end the asylum-seeker permit (Gestattung): it ends only once the rejection is final or the removal threat is enforceable; while an appeal has suspensive effect, it remains valid, and the permission for this job with it (section 67(1) Asylum Act). Whether an appeal against this rejection has suspensive effect is not in our knowledge base (section 75 Asylum Act). Ask to see the appeal and the still valid Gestattung, and have an advice centre or the person's lawyer confirm the suspensive effect.",
  'open.rejection_manifestly_unfounded':
    'The asylum-seeker permit (Gestattung) ends once the rejection is final or the removal threat is enforceable (section 67(1) Asylum Act). After a rejection as "manifestly unfounded" an appeal has suspensive effect only if the administrative court orders it. Without that order the Gestattung, and the permission for this job with it, may end soon. The person may work only while a valid document permits the job. Get advice from an advice centre at once.',
  'open.rejection_kind_unknown':
    'The rejection alone does not end the asylum-seeker permit (Gestattung): it ends only once the rejection is final or the removal threat is enforceable; while an appeal has suspensive effect, it remains valid (section 67(1) Asylum Act). How long depends on the kind of rejection (in the decision: "unfounded" or "manifestly unfounded"/"inadmissible" – then an appeal has suspensive effect only if the court orders it). While that is open, the cautious reading applies: the Gestattung and the permission for this job may end soon.',
  'open.tolerated_before_entry':
    'The details do not fit together: a toleration (Duldung) since {tolerated} would lie before the entry ({entry}). A Duldung ends when the person leaves the country (section 60a(5) sentence 1 Residence Act), so it begins only after the entry. That date is therefore not used; please check on the document since when the Duldung has existed.',
  'open.tolerated_before_birth':
    "The details do not fit together: a toleration (Duldung) since {tolerated} would lie before the person's birth (age {age}). That date is therefore not used; please check on the document since when the Duldung has existed.",
  'open.rejected_reception_centre':
    'A person who must live in the reception centre and was already permitted to work during the asylum procedure is entitled to the permission after the rejection, without a new wait (section 61(1) sentence 9 Asylum Act).',
  'open.stay_gap':
    'We count permitted, tolerated or gestattet stay from {start} (asylum request or toleration), not from the entry ({entry}): no residence status is known for the time in between. The stay periods for sections 25a and 25b Residence Act follow from this. If the person already held a toleration (Duldung), an asylum-seeker permit (Gestattung) or a residence permit without interruption before, that time counts too (for section 25a also another permitted stay, e.g. with a visa). Ask the person what they held before {start}.',
  'open.stay_gap_consent':
    'We count permitted, tolerated or gestattet stay from {start} (asylum request or toleration), not from the entry ({entry}): no residence status is known for the time in between. The four years after which the BA no longer has to consent (section 32(2) no. 5 BeschV) are then reached only on {date}. If the person already had an uninterrupted permitted, tolerated or gestattet stay before (e.g. with a visa, a residence title, in an earlier asylum procedure or with a toleration), that time counts too and BA consent may no longer be needed. Ask the person what they held before {start}; the immigration office can confirm it.',
  'open.trial_work':
    "Trial work is employment: if the person works along or is paid, they need the immigration office's permission first, even for a single day. The same applies to a measure with you arranged by the job centre or employment agency (section 45 SGB III).",
  'open.trial_work_unpaid':
    'Whether a short, unpaid observation without any duty to work (work shadowing) needs no permission is disputed. Clarify it first with the immigration office or an adviser.',
  'reason.eu_list_window':
    'Whether the ban for states on the EU list already applied on the assessment date is open. An adviser should check it.',
  'reason.trial_work_unpaid':
    'Whether unpaid work shadowing needs a permission is disputed. An adviser can clarify it with the immigration office.',
  'cond.identity_clarified': 'identity clarified (as a rule, section 5(1) no. 1a Residence Act)',
  'cond.livelihood_general': 'livelihood secured (as a rule, section 5(1) no. 1 Residence Act)',
  // Facts
  'fact.status': 'residence document (Duldung, Gestattung or permit)',
  'fact.permitBasis': 'section of the residence permit',
  'fact.documentValidUntil': 'validity of the document',
  'fact.workClause': 'entry on gainful activity in the document',
  'fact.nationality': 'nationality',
  'fact.asylumApplied': 'asylum application made',
  'fact.asylumAppliedOn': 'date of the asylum application',
  'fact.asylumOutcome': 'outcome of the asylum procedure',
  'fact.entryDate': 'date of entry',
  'fact.toleratedSince': 'tolerated since',
  'fact.stayMonths': 'months of uninterrupted stay',
  'fact.livesInReceptionCentre': 'obliged to live in an initial reception centre',
  'fact.identityClarifiedOn': 'identity clarified on',
  'fact.identityStepsInTime': 'all identity steps taken in time',
  'fact.hadWorkPermitOn11June2026': 'work permission on 11 June 2026',
  'fact.removalMeasuresPending': 'concrete measures to end the stay',
  'fact.dublinProcedure': 'Dublin procedure (take-charge or take-back request to another EU state)',
  'fact.protectionInOtherEuState': 'protection already granted in another EU state',
  'fact.identityByPassport': 'identity proven by a valid passport or passport substitute',
  'fact.workClauseNamesThisJob': 'the entry names exactly this activity with you',
  'fact.job.kind': 'kind of work',
  'fact.job.hoursPerWeek': 'hours per week',
  'fact.job.hourlyWage': 'hourly wage',
  'fact.job.matchesQualification': 'job matches the qualification',
  'fact.job.followOnTrainingPromised': 'promise of a follow-on training place',
  'fact.job.relation': 'family relation to the employer',
  'fact.job.trainingBody': 'body in charge of the training (chamber or school)',
  'fact.job.sharedHousehold': 'employer lives in one household with the person',
  'fact.priorEmploymentMonths': 'months of previous employment',
  'fact.priorHoursPerWeek': 'weekly hours of the previous employment',
  'fact.livelihoodSecured': 'living costs covered',
  'fact.germanLevel': 'German level',
  'fact.qualification': 'qualification',
  'fact.qualifiedEmploymentMonths': 'months of qualified employment',
  'fact.age': 'age',
  'fact.unaccompaniedMinor': 'entered as an unaccompanied minor',
  'fact.criminalConvictions': 'criminal convictions',
  'fact.minorChildren': 'minor children in the household',
  'fact.schoolYearsInGermany': 'school years in Germany',
  'fact.adequateHousing': 'adequate housing',
  'fact.event': 'occasion',
  'fact.eventKnownOn': 'the day you learned of it',
  // Plain-text rendering
  'verdict.allowed':
    'Result: the person may already do this work for you, without a new application. Your duties as an employer still apply.',
  'verdict.permission_required':
    'Result: the immigration office must first permit this job. Work must not start before that.',
  'verdict.prohibited': 'Result: an employment ban applies. You may not employ the person at present.',
  'verdict.not_possible': 'Result: this kind of work is not possible with this residence status.',
  'verdict.needs_facts': 'Result: still open – decisive details are missing.',
  'event.employment_ends_early':
    'The employment ends (by notice, agreement or end of contract). What matters now are your duties below, such as a notice to the immigration office.',
  'event.training_ends_early':
    'The training ends early. What matters now are your duties below, above all the notice to the immigration office.',
  'event.then_verdict': 'For any further or new employment of the person:',
  'ba_consent.required': 'needed',
  'ba_consent.not_required': 'not needed',
  'ba_consent.not_applicable': 'does not apply',
  'ba_consent.unclear': 'not yet clear',
  'route_status.likely': 'likely',
  'route_status.possible': 'possible',
  'route_status.excluded': 'excluded',
  'render.title': 'Lotse – assessment under the law as of {date}',
  'render.permission_required': 'Permission of the immigration office: needed',
  'render.permission_not_required': 'Permission of the immigration office: not needed',
  'render.ba_consent': 'Consent of the Federal Employment Agency: {value}',
  'render.earliest_start': 'Earliest start of work: {date}',
  'render.missing_facts': 'Open questions',
  'render.steps': 'Next steps',
  'render.documents': 'Documents',
  'render.duties': 'Your duties as an employer',
  'render.deadline': 'deadline: {days} days',
  'render.risks': 'Risks',
  'render.routes': 'Routes to a secure stay',
  'render.escalation': 'Advice recommended',
  'render.escalation_urgent': 'Advice urgently recommended',
  'render.escalation_none': 'Based on these answers no advice is needed.',
  'render.open_points': 'Open points',
  'render.sources': 'Sources',
  'render.source_line': '{title} ({basis}), as of {date}',
  'render.disclaimer':
    'General information, not legal advice for the individual case. The immigration office makes the decision.',
  // The case's dates (issue 20): what to do on the day, and a short label
  'case_date.waiting_period_ends':
    'The waiting period ends: from {date} the immigration office (Ausländerbehörde) may permit the job. Apply now if you have not yet; work starts only with the permission.',
  'case_date.waiting_period_ends_entitled':
    'The waiting period ends: from {date} the job is to be permitted once the Federal Employment Agency (BA) has consented. The immigration office (Ausländerbehörde) must then permit it while the asylum procedure is ongoing (§ 61 AsylG; exceptions e.g. in the accelerated procedure). Apply now if you have not yet; work starts only with the permission.',
  'case_date.waiting_period_ends_entitled_no_ba':
    'The waiting period ends: from {date} the job is to be permitted; no consent of the Federal Employment Agency (BA) is needed for it. The immigration office (Ausländerbehörde) must then permit it while the asylum procedure is ongoing (§ 61 AsylG; exceptions e.g. in the accelerated procedure). Apply now if you have not yet; work starts only with the permission.',
  'case_date.waiting_period_ends_should':
    'The waiting period ends: from {date} the immigration office (Ausländerbehörde) should (soll) permit the job unless concrete removal measures are imminent (§ 61 Abs. 1 AsylG). Apply now if you have not yet; work starts only with the permission.',
  'case_date.document_expires':
    'The document is valid until {date}. Ask to see the renewed document, check its work clause and keep a copy. Without a valid document the person must not go on working.',
  'case_date.notice_deadline':
    'By {date} at the latest, tell the immigration office (Ausländerbehörde) in writing or electronically that the job or training ends early ({days} days from when you learned of it; counted from the day you told Lotse – if you learned of it earlier, the deadline ends correspondingly earlier).',
  'case_date.notice_deadline_known':
    'By {date}, tell the immigration office (Ausländerbehörde) in writing or electronically that the job or training ends early ({days} days from when you learned of it on {from}).',
  'case_date.notice_overdue':
    'The deadline for the notice to the immigration office (Ausländerbehörde) ({days} days from when you learned of it on {from}) passed on {deadline}. Tell the office now, in writing or electronically, that the job or training ends early; a counselling service can advise on the consequences of the late notice.',
  'case_date.route_opens_children':
    'From {date} the time requirements of {route} are met if a minor unmarried child lives in the household; otherwise from {date6}. Have the other requirements checked then, for example by a counselling service.',
  'case_date.route_opens':
    'From {date} the time requirements of {route} are met. Have the other requirements checked then, for example by a counselling service.',
  'case_date_label.waiting_period_ends': 'Waiting period ends: apply',
  'case_date_label.document_expires': 'Document expires: check the new one',
  'case_date_label.notice_deadline': 'Deadline for the notice to the immigration office',
  'case_date_label.notice_overdue': 'Notice to the immigration office overdue: report now',
  'case_date_label.route_opens': 'Time requirement met: {route}',
};
