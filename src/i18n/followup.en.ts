import type { FollowUpTexts } from './followup.de.js';

/** Answers to follow-up questions after a verdict, English. Legal terms as in the glossary. */
export const followUpEn: FollowUpTexts = {
  'start.prohibited':
    'Not at all while the employment ban applies: no permission can be granted – not for trial work or a minijob either. A counselling service can check whether an exception applies.',
  'start.not_possible':
    'Not as self-employed. Employment would be possible but needs the immigration office’s permission first.',
  'start.waiting':
    'On {date} at the earliest: the waiting period runs until then. The immigration office’s permission must also be there in writing; the person can apply before that date.',
  'start.after_permission':
    'As soon as the immigration office’s permission is there in writing – no waiting period runs any more. {duration}',
  'start.allowed':
    'He can start now: the document already allows the work, no application is needed. {validity}Put a copy of the document in the personnel file before the start.',
  'start.allowed_validity': 'It is valid until {date}. ',
  'start.needs_facts': 'That can only be said once these details are clear: {facts}.',
  'duration.ba': 'This usually takes three to four weeks from a complete application.',
  'duration.abh': 'The immigration office decides alone; expect a few weeks.',
  'abh.prohibited':
    'No: while the employment ban applies, the immigration office cannot grant a permission – an application would not succeed. A counselling service can check whether an exception applies.',
  'abh.allowed': 'No: according to your details the person may already do this work; no application is needed.',
  'processing.prohibited':
    'An application would not succeed: while the employment ban applies, the immigration office cannot grant a permission. A counselling service can check whether an exception applies.',
  'processing.allowed': 'No application is needed at all: the person may already do this work.',
  'processing.not_possible':
    'There is no permission for self-employment with this status. For employment: usually a few weeks.',
  'processing.ba':
    'Usually three to four weeks from a complete application. The Federal Employment Agency (BA) has two weeks; if it does not answer, its consent is deemed given (§ 36 Abs. 2 BeschV). Then the immigration office decides.',
  'processing.abh':
    'Here the immigration office decides alone, without the Federal Employment Agency; the time depends on the office alone – expect a few weeks. Complete documents speed it up.',
  'processing.waiting': 'The person may work on {date} at the earliest in any case.',
  'ba.required':
    'Yes, the Federal Employment Agency (BA) must consent. The immigration office asks it internally; if the BA does not answer within two weeks, consent is deemed given.',
  'ba.not_required': 'No, the consent of the Federal Employment Agency (BA) is not needed. {why}',
  'ba.allowed': 'No: the document already allows the work, so no application – and no BA consent – is needed.',
  'ba.prohibited':
    'The question does not arise: while the employment ban applies, no permission is granted and the BA is not asked.',
  'ba.not_possible': 'There is no permission for self-employment with this status; the BA is not asked.',
  'ba.unclear': 'That is still open: {why}',
  'documents.list': 'For this case you need: {items}.',
  'documents.prohibited':
    'You may not employ the person. For a counselling service checking the case, this helps: {items}.',
  'documents.none': 'No particular documents are named for this case.',
  'duties.list': 'Your duties as an employer: {items}.',
  'duties.when_known': 'By {date}: {days} days from {known}, the day you learned of it.',
  'duties.when': 'Within {days} days of the day you learned of it – if you learned of it today, by {date}.',
  'duties.notice_yes': 'Yes, the immigration office.',
  'duties.notice_whom': 'The immigration office.',
  'duties.deadline': '{text} (deadline: {days} days).',
  'duties.no_notice':
    'For a plain toleration (Duldung) the law, as far as we know, sets no statutory duty to report the end of the employment; some immigration offices ask for it anyway.',
  'duties.expiry':
    'The document is valid until {date}: the person must apply for the extension before then; without a valid document they may not go on working.',
  'duties.prohibited': 'As you may not employ the person, no employer duties arise.',
  'routes.intro': 'According to your details these routes are open: {routes}.',
  'routes.route': '{route} ({status})',
  'routes.detail': '{route}: {detail}',
  'routes.none': 'According to your details none of the residence routes applies at the moment.',
  'routes.blocked':
    'Blocked while the ban applies, because they need work or training: {routes} – unless their conditions are already met.',
  'routes.excluded': 'Ruled out: {routes}.',
  'routes.ban': 'First, a counselling service should check whether the ban applies rightly or an exception applies.',
  'trial.prohibited':
    'No: the employment ban covers trial work and trial days too, paid or unpaid. Whether merely watching without working (job shadowing) is employment is disputed – have the immigration office confirm it first.',
  'trial.permission':
    'Only with the permission: trial work in which the person works – paid or unpaid – is employment and needs the same permission of the immigration office{from}. Whether short job shadowing without work is allowed is disputed; ask the immigration office first.',
  'trial.from': ', so from {date} at the earliest',
  'trial.allowed': 'Yes: the document already allows employment, so trial work with you too.',
  'trial.not_possible':
    'Not as self-employed. Trial work as an employee would be employment and needs the immigration office’s permission first.',
  'variant.prohibited':
    'No, not {kind} either: the employment ban covers every kind of employment – minijob, helper, internship, training and trial work.',
  'variant.same': '{kind}: the same result ({label}). {why}',
  'variant.other': '{kind} it would be different – {headline}',
  'variant.minijob': 'A minijob (up to €{ceiling} a month) is employment like any other.',
  'wage.yes': 'Yes, the minimum wage applies to this job too.',
  'wage.yes_minijob': 'Yes, the minimum wage applies in a minijob too.',
  'wage.minijob_next': 'From {from}: €{ceiling}.',
  'pending.depends': 'That still depends on your details. Once they are complete, I will answer it from your case.',
  'pending.trial_work':
    'Trial work is employment: it needs the same permission beforehand as the job itself. Whether and from when that is possible I will tell you once your details are complete.',
  'wage.current': 'The statutory minimum wage is €{hourly} gross per hour (since {from}).',
  'wage.next': 'From {from}: €{hourly}.',
  'wage.minijob': 'In a minijob the person may earn up to €{ceiling} a month (the minijob ceiling).',
  'wage.below': 'The hourly wage you gave, €{wage}, is below it; the BA will not consent to that.',
  'wage.trainee':
    'Trainees do not get the minimum wage but the minimum training allowance (Mindestausbildungsvergütung, § 17 BBiG); it depends on the year of training.',
  'wage.orientation':
    'No: an orientation internship of up to three months is exempt from the minimum wage (§ 22 Abs. 1 S. 2 Nr. 2 MiLoG). If it lasts longer than three months, the minimum wage of €{hourly} applies.',
  'wage.mandatory':
    'No: an internship required by school, training or university rules is exempt from the minimum wage (§ 22 Abs. 1 S. 2 Nr. 1 MiLoG).',
  'wage.entry_qualification':
    'No: an entry qualification (EQ) is exempt from the minimum wage (§ 22 Abs. 1 S. 2 Nr. 4 MiLoG).',
  'wage.minor':
    'People under 18 without a completed vocational training are exempt from the minimum wage (§ 22 Abs. 2 MiLoG).',
  'wage.prohibited': 'But you may not employ the person at the moment.',
  'next.figures': 'From {from}: minimum wage €{hourly} gross per hour, minijob ceiling €{ceiling} a month.',
  'next.unknown': 'I do not know the figures for {year} yet.',
  'route.likely': 'likely possible',
  'route.possible': 'possible',
  'kind.employment': 'as an employee',
  'kind.minijob': 'as a minijob or helper',
  'kind.vocational_training': 'as an apprenticeship',
  'kind.helper_training': 'as a helper training',
  'kind.school_training': 'as school-based training',
  'kind.internship_mandatory': 'as a mandatory internship',
  'kind.internship_orientation': 'as an internship',
  'kind.entry_qualification': 'as an entry qualification',
  'kind.agency_work': 'in temporary agency work',
  'kind.self_employment': 'as self-employed or freelance',
  'kind.family_business': 'in the family business',
  'kind.trial_work': 'as trial work',
  'kind.hours': 'with {hours} hours a week',
  'details.none': 'There is no assessment with details in this conversation yet.',
  'sources.intro': 'The assessment rests on these sources:',
  'after_end.status.60c':
    'The training toleration lapses when the training ends early or is broken off (section 60c(4) Residence Act). The person then receives, once, a toleration (Duldung) for six months to look for a new training place (section 60c(6)).',
  'after_end.status.16g':
    'The § 16g residence permit is extended once by six months so the person can look for a new training place (section 16g(5) Residence Act).',
  'after_end.status.duldung':
    'The toleration (Duldung) itself does not depend on this job: the end of the employment does not change it. But the permission covered only your job.',
  'after_end.status.gestattung':
    'The permission to stay (Aufenthaltsgestattung) depends on the asylum procedure, not on this job: the end of the employment does not change it. But the permission covered only your job.',
  'after_end.status.depends':
    'What the end means for the person’s stay depends on the legal basis of their document; a counselling service can check that.',
  'after_end.work.permission_required':
    'Working on for you – also as a helper or in another job – is a new employment: the immigration office must permit it first.',
  'after_end.work.prohibited':
    'Any further or new employment with you – also as a helper, casual worker or in a minijob – is prohibited while the ban applies.',
  'after_end.work.allowed':
    'According to your details the document allows further work while it is valid and the immigration office does not revoke it. Another job with you (also as a helper) must be covered by the entry on the document – check it first.',
  'after_end.work.depends':
    'Whether the person may work on for you still depends on the open details of your assessment.',
  'after_end.until_end.60d':
    'Yes: until the employment ends, the person keeps working in the same permitted job – no new permission is needed for that. The employment toleration is revoked only when its conditions fall away, that is with the end of the employment (section 60d(3) Residence Act).',
  'after_end.until_end.60c':
    'Yes: until the training ends, the person continues it with you – no new permission is needed for that. The training toleration lapses only with the early end (section 60c(4) Residence Act).',
  'after_end.until_end.16g':
    'Yes: until the training ends, the person continues it with you – no new permission is needed for that. Only afterwards is the § 16g residence permit extended once by six months for the search (section 16g(5) Residence Act).',
  'after_end.until_end.other':
    'Yes: until the employment ends, the person keeps working in the same permitted job – no new permission is needed for that. Only a further or different job afterwards needs a new one.',
  'after_end.until_end.notice': 'Report the end to the immigration office, with the date it ends: {when}',
  'after_end.training_elsewhere.60c':
    'Yes: with a new training contract at another company the person can continue the training – this needs a new training toleration and the permission of the immigration office. To search, they receive a one-off toleration (Duldung) of six months after the end (§ 60c Abs. 6 AufenthG).',
  'after_end.training_elsewhere.16g':
    'Yes: with a new training contract at another company the person can continue the training – the immigration office must permit the new training. To search, the residence permit is extended once by six months (§ 16g Abs. 5 AufenthG).',
  'old_permit.no':
    'No: a work permission applies only to the employer and the job it was granted for (§ 4a Abs. 4 AufenthG). For your job the person needs a new permission from the immigration office.',
  'old_permit.prohibited':
    'No: a work permission applies only to the employer and the job it was granted for (§ 4a Abs. 4 AufenthG); for your job no new one may be granted while the ban applies.',
  'old_permit.allowed':
    'A work permission applies only to the employer and the job it was granted for (§ 4a Abs. 4 AufenthG). According to your details, though, the document already allows employment in general; the old permission is not needed for that.',
  'training_when.rule':
    'The person applies for the training toleration (Ausbildungsduldung) at the immigration office where they live – at the earliest seven months before the training starts; it is granted at the earliest six months before (§ 60c Abs. 3 S. 1, 2 AufenthG).',
  'training_when.dates': 'With a start on {start}: application from {from}, granted at the earliest from {granted}.',
  'training_when.dates_now': 'With a start on {start} the application is possible already now.',
  'training_when.granted_from': 'It is granted at the earliest from {granted}.',
  'training_when.no_start':
    'I do not know when the training starts – if it starts on 1 August, for example, the application is possible from 1 January.',
  'training_when.contract':
    'By the application, the training contract must be signed and its entry in the chamber’s register applied for (§ 60c Abs. 3 S. 3).',
  'training_when.contract_school':
    'By the application, the training contract must be concluded with the school or approved by it (§ 60c Abs. 3 S. 3).',
  'training_when.on_application':
    'What counts is the situation on the day of the application: the person must then have held a toleration (Duldung) for at least three months, and no concrete removal measures may be imminent (§ 60c Abs. 2 Nr. 2, 5).',
  'training_when.excluded':
    'According to your details, though, the training toleration is not open to the person at present.',
  'pay.rate': '€{pay} for {hours} hours a month is €{hourly} an hour.',
  'pay.enough': 'That meets the minimum wage of €{min} (since {from}).',
  'pay.below': 'That is below the minimum wage of €{min} (since {from}): at least €{needed} a month is needed.',
  'pay.below_hourly': 'That is below the minimum wage of €{min} (since {from}).',
  'pay.next_enough': 'From {from} it is €{min} – that is still enough.',
  'pay.next_below':
    'From {from} it is €{min}: if the job starts only then (for example after the permission), at least €{needed} a month is needed.',
  'pay.next_below_hourly': 'From {from} it is €{min}: if the job starts only then, that is not enough.',
  'pay.hours_unknown':
    'Whether €{pay} a month is enough depends on the working hours, which I do not know – so that is not decided yet.',
  'pay.max_hours':
    'At the minimum wage of €{min} (since {from}), €{pay} covers at most {hours} hours a month (about {weekly} hours a week); more hours need more pay.',
  'pay.next_max_hours': 'From {from} it is €{min}: then at most {hours} hours a month.',
  'pay.under_ceiling': 'With €{pay} a month the job stays below the minijob ceiling of €{ceiling}.',
  'pay.over_ceiling': 'With €{pay} a month the job is above the minijob ceiling of €{ceiling}.',
  'cost.permission':
    'The immigration office’s permission is free of charge, as immigration offices state (for example Bielefeld).',
  'cost.adviser':
    'Whether the counselling costs anything is not in my knowledge base – ask the adviser before you agree to anything.',
  'wage.trainee_nursing':
    'Trainees do not get the minimum wage but a training allowance. Nursing training is governed by the Nursing Professions Act (PflBG), not the Vocational Training Act; the amount of the allowance is not in my knowledge base.',
  'wage.trainee_helper':
    'Trainees do not get the minimum wage (§ 22 Abs. 3 MiLoG). If the helper training is regulated by the Vocational Training Act, the minimum training allowance applies (§ 17 BBiG); what a helper training under Land law (e.g. in nursing care assistance) must pay is not in my knowledge base – ask the school.',
  'steps.intro': 'What you do now:',
  'route_q.excluded': 'No: {route} is not an option – {reason}.',
  'route_q.blocked': 'Not while the employment ban applies: {route} – {conditions}.',
  'route_q.possible': 'Possible, but not secured yet: {route} – still open or not yet met: {conditions}.',
  'route_q.likely': 'Yes: {route} is an option on your details – {detail}.',
  'route_q.note': 'Possible: {route} – {detail}.',
  'route_q.source': '({basis}; reviewed {date})',
  'item.intro': 'Your assessment says:',
  'removal.job_no': 'No – a job alone does not stop a deportation.',
  'removal.what':
    'As the employer you cannot stop the deportation. The person should contact a counselling service or a lawyer today, who checks the possible ways: a right to stay, an urgent application to the administrative court, the hardship commission (§ 23a AufenthG) or a petition to the Land parliament (Art. 17 GG). You help with a written confirmation of the employment contract, its length, the person’s reliability and the importance of the job.',
  'removal.pending':
    'While concrete removal steps are under way, the immigration office grants a new permission only at its discretion; one already granted lasts as long as the toleration (Duldung) (§ 60a Abs. 5b AufenthG).',
  'removal.routes': 'Still open on your details: {routes} – counselling checks whether one of them helps.',
  'removal.hardship': 'hardship commission',
  'removal.individual':
    'Whether this succeeds in your case is individual legal advice, which I cannot give; an adviser can take the case over.',
  'knowledge.intro': 'My knowledge base says:',
};
