/**
 * Texts of the answer card (German, source of truth): the verdict's label and reason, the short
 * steps of "Was Sie jetzt tun", section titles. English in answer.en.ts has every key.
 * `{name}` are parameters; dates arrive formatted.
 */
export const answerDe = {
  'label.prohibited': 'Verboten',
  'label.not_possible': 'Nicht möglich',
  'label.permission_required': 'Erlaubnis nötig',
  'label.allowed': 'Erlaubt',
  'label.needs_facts': 'Noch offen',
  'label.notice_duty': 'Meldepflicht',
  'label.ending_employment_ends_early': 'Beschäftigung endet',
  'label.ending_training_ends_early': 'Ausbildung endet',
  'label.prohibited_unless': 'Möglicherweise verboten',
  // Concrete removal measures pending (review S5-7): what matters now, before any paperwork.
  'label.removal_urgent': 'Dringend',

  // The sentence before the consent question: why the case goes to a counselling service (review S5-20).
  'offer.generic': 'Dieser Fall sollte von einer Beratungsstelle geprüft werden.',
  'offer.removal_pending': 'Wegen der Abschiebung zählt jeder Tag.',
  'offer.route_check_lead': 'Eine Beratungsstelle kann einen Weg zu sicherem Aufenthalt prüfen',
  'offer.route_check_named': 'und den Antrag vorbereiten.',
  'offer.ban': 'Ob das Verbot in Ihrem Fall greift, kann eine Beratungsstelle prüfen.',
  'offer.unclear_identity': 'Eine Beratungsstelle kann helfen, die Identität zu klären.',
  'offer.route_name': '§ {ids}',
  'offer.route_names': '§§ {ids}',
  'offer.ask': 'Darf ich den Fall an die Beratung übergeben?',
  'offer.ask_short': 'Darf ich den Fall übergeben?',
  'offer.ask_now': 'Darf ich den Fall jetzt an die Beratung übergeben?',
  'offer.ask_optional': 'Soll ich ihn übergeben?',

  'why.ban_unclear_identity':
    'Die Person hat eine Duldung für Personen mit ungeklärter Identität (§ 60b AufenthG); sie schließt jede Erwerbstätigkeit aus.',
  'why.ban_clause': 'Im Dokument steht „Erwerbstätigkeit nicht gestattet“.',
  'why.ban_safe_country_rejected': '{country} gilt als sicherer Herkunftsstaat, und der Asylantrag wurde abgelehnt.',
  'why.ban_safe_country_withdrawn':
    '{country} gilt als sicherer Herkunftsstaat, und der Asylantrag wurde zurückgenommen.',
  'why.ban_safe_country_not_applied':
    '{country} gilt als sicherer Herkunftsstaat, und es wurde kein Asylantrag gestellt.',
  'why.ban_safe_country_gestattung':
    '{country} gilt als sicherer Herkunftsstaat, und der Asylantrag wurde nach dem 31.08.2015 gestellt.',
  'why.ban_safe_country': '{country} gilt als sicherer Herkunftsstaat.',
  'why.ban_generic': 'Nach Ihren Angaben besteht ein Beschäftigungsverbot.',
  'why.ban_no_permission': 'Eine Erlaubnis kann nicht erteilt werden, solange das Verbot gilt.',
  'why.ban_unless_partial_carve_out_ge_md':
    'Nur ein Asylantrag bis zum 30.08.2023 nimmt die Person vom Verbot aus; solange das Verbot gilt, kann keine Erlaubnis erteilt werden.',
  'why.ban_unless_partial_carve_out_ge_md_tolerated':
    'Nur eine Duldung am 30.08.2023 nimmt die Person vom Verbot aus; solange das Verbot gilt, kann keine Erlaubnis erteilt werden.',
  'why.ban_possible_eu_candidate':
    'Die Person war am 06.05.2025 nicht geduldet und hatte am 11.06.2026 keine Arbeitserlaubnis. Für Staatsangehörige der {country} kann dann das Verbot für sichere Herkunftsstaaten gelten, auch wenn offen ist, ob die EU-Liste sie erfasst; solange das Verbot gilt, kann keine Erlaubnis erteilt werden.',
  'why.ban_unless_partial_carve_out_eu7':
    'Nur eine Duldung am 06.05.2025 oder eine Arbeitserlaubnis am 11.06.2026 nimmt die Person vom Verbot aus; solange das Verbot gilt, kann keine Erlaubnis erteilt werden.',
  'why.self_employment':
    'Selbstständige Arbeit braucht mit diesem Status eine ausdrückliche Erlaubnis der Ausländerbehörde, die bei einer Duldung praktisch nie erteilt wird – erlaubt werden kann in der Regel nur eine Anstellung.',
  'why.self_employment_gestattung':
    'Mit einer Aufenthaltsgestattung ist selbstständige Arbeit ausgeschlossen – erlaubt werden kann nur eine Anstellung.',
  'why.not_possible': 'Diese Art von Tätigkeit ist mit diesem Aufenthaltsstatus nicht erlaubt.',
  'why.clause_needs_permission':
    'Im Dokument steht „Beschäftigung nur mit Erlaubnis“: Die Ausländerbehörde muss diese Stelle erst erlauben.',
  'why.specific_job':
    'Das Dokument erlaubt nur eine bestimmte Stelle. Nennt es nicht genau diese bei Ihnen, muss die Ausländerbehörde sie erst erlauben.',
  'why.gestattung': 'Während des Asylverfahrens muss die Ausländerbehörde jede Stelle erst erlauben.',
  'why.permit_restricts':
    'Der Aufenthaltstitel deckt diese Tätigkeit nicht ohne Weiteres: Die Ausländerbehörde muss sie erst erlauben.',
  'why.document_expired': 'Das Dokument ist abgelaufen: Erst ein neues, gültiges Dokument kann die Arbeit erlauben.',
  'why.cautious':
    'Solange nicht alle Angaben geklärt sind, gilt vorsichtshalber: Die Ausländerbehörde muss die Stelle erst erlauben.',
  'why.rejected_permission_anew':
    'Nach der Ablehnung ist mit der Duldung die Aufenthaltsgestattung beendet und mit ihr die Erlaubnis für Ihre Stelle. Auf der Duldung muss die Ausländerbehörde die Stelle neu erlauben.',
  'why.rejected_gestattung_until':
    'Ihre Erlaubnis gilt mit der Aufenthaltsgestattung weiter – bis die Ablehnung unanfechtbar oder die Abschiebungsandrohung vollziehbar ist, bei einer Klage mit aufschiebender Wirkung länger. Danach braucht die Stelle eine neue Erlaubnis auf der Duldung.',
  'why.rejected_manifestly_unfounded':
    'Nach einer Ablehnung als „offensichtlich unbegründet“ wirkt eine Klage nur aufschiebend, wenn das Gericht es anordnet: Gestattung und Erlaubnis können bald enden, dann braucht die Stelle eine neue Erlaubnis auf der Duldung. Holen Sie sofort Rat.',
  'why.rejected_training_anew':
    'Die Ausbildung kann weitergehen: Endet nach der Ablehnung des Asylantrags die Aufenthaltsgestattung, erlaubt die Ausländerbehörde die Ausbildung auf einer Ausbildungsduldung oder einem Aufenthaltstitel neu.',
  'why.duldung': 'Mit einer Duldung muss die Ausländerbehörde jede Stelle erst erlauben.',
  'why.permission_generic': 'Die Ausländerbehörde muss diese Stelle erst erlauben.',
  'why.ba_required': 'Die Bundesagentur für Arbeit muss zustimmen.',
  'why.ba_not_required': 'Eine Zustimmung der Bundesagentur für Arbeit ist nicht nötig.',
  'why.ba_continues': 'Die Zustimmung der Bundesagentur für Arbeit gilt weiter.',
  'why.ba_unclear': 'Ob die Bundesagentur für Arbeit zustimmen muss, ist noch offen.',
  'why.earliest_start': 'Frühester Arbeitsbeginn: {date}.',
  'why.clause_allows': 'Im Dokument steht „Beschäftigung gestattet“ – ein neuer Antrag ist nicht nötig.',
  'why.names_this_job':
    'Der Eintrag im Dokument nennt genau diese Stelle bei Ihnen – ein neuer Antrag ist nicht nötig.',
  'why.training_toleration':
    'Mit der Ausbildungsduldung ist diese Ausbildung erlaubt – ein neuer Antrag ist nicht nötig.',
  'why.school_training': 'Eine rein schulische Ausbildung ist keine Beschäftigung und braucht keine Erlaubnis.',
  'why.permit_allows': 'Der Aufenthaltstitel erlaubt diese Tätigkeit – ein neuer Antrag ist nicht nötig.',
  'why.allowed_generic': 'Die Person darf diese Tätigkeit bei Ihnen schon jetzt ausüben, ohne neuen Antrag.',
  'why.ban_despite_permission':
    'Achtung: Nach Ihren Angaben greift ein Beschäftigungsverbot; die eingetragene Erlaubnis gilt nur, bis die Ausländerbehörde sie widerruft.',
  'why.missing': 'Dafür fehlt noch: {facts}.',
  'why.removal_urgent':
    'Eine Abschiebung steht konkret bevor – die Person braucht heute noch Beratung oder eine Anwältin.',
  'why.removal_permission':
    'Arbeiten nur mit Erlaubnis: Eine erteilte gilt, solange die Duldung gilt; eine neue liegt im Ermessen der Behörde.',
  'why.removal_allowed': 'Das Dokument erlaubt Ihre Stelle, solange es gilt.',
  'why.event_employment_ends_early': 'Die Beschäftigung endet.',
  'why.event_training_ends_early': 'Die Ausbildung endet vorzeitig.',
  'why.event_then': 'Für eine weitere oder neue Beschäftigung: {label}.',
  'why.event_then_ban': 'Eine weitere oder neue Beschäftigung ist verboten, solange das Verbot gilt.',
  'why.event_deregister': 'Melden Sie die Person bei der Sozialversicherung ab, sobald das Verhältnis endet.',
  'why.event_no_notice_plain':
    'Der Ausländerbehörde müssen Sie das bei einer einfachen Duldung nicht melden; eine kurze Mitteilung schadet nicht.',
  'why.event_notice_known': '{event} – melden Sie das der Ausländerbehörde schriftlich bis {date}.',
  'why.event_notice':
    '{event} – melden Sie das der Ausländerbehörde schriftlich innerhalb von {days} Tagen, nachdem Sie davon erfahren haben.',

  'step.notify_abh_early_end':
    'Melden Sie das Ende jetzt schriftlich der Ausländerbehörde – wann Sie davon erfahren haben, weiß ich nicht; nach {days} Tagen ist die Frist abgelaufen.',
  'step.notify_abh_early_end_known':
    'Melden Sie das Ende schriftlich der Ausländerbehörde: innerhalb von {days} Tagen ab Kenntnis, also bis {date}.',
  'step.notify_abh_early_end_overdue':
    'Melden Sie das Ende jetzt schriftlich der Ausländerbehörde: Die Frist von {days} Tagen ab Kenntnis am {from} ist abgelaufen.',
  'step.deregister_social_insurance':
    'Melden Sie die Person bei der Sozialversicherung ab, sobald das Verhältnis endet.',
  'step.training_search_period': 'Die Person hat einmalig sechs Monate, um einen neuen Ausbildungsplatz zu finden.',
  'step.permit_19d_at_risk': 'Raten Sie der Person zur Beratung: Der Titel nach § 19d kann widerrufen werden.',
  'step.employment_toleration_at_risk':
    'Raten Sie der Person zu sofortiger Beratung: Die Beschäftigungsduldung wird sonst widerrufen.',
  'step.permission_after_rejection':
    'Die Person beantragt sofort bei der Ausländerbehörde die Duldung mit Erlaubnis für Ihre Stelle; lassen Sie sich Bescheid und neues Dokument zeigen.',
  'step.permission_after_rejection_gestattung':
    'Lassen Sie sich den Bescheid zeigen und fragen Sie, ob die Person klagt: Ihre Erlaubnis gilt, bis die Aufenthaltsgestattung endet; dann beantragt sie sofort die Duldung mit Erlaubnis für Ihre Stelle.',
  'step.training_after_rejection':
    'Die Person beantragt sofort bei der Ausländerbehörde die Ausbildungsduldung oder die Aufenthaltserlaubnis nach § 16g AufenthG.',
  'step.stop_after_rejection':
    'Beschäftigen Sie die Person nicht weiter, sobald ihre Aufenthaltsgestattung endet – auch nicht als Aushilfe oder im Minijob.',
  'step.work_while_document_allows':
    'Weiterarbeiten darf die Person nur, solange ein gültiges Dokument Ihre Stelle erlaubt.',
  'step.renew_document':
    'Keine Arbeit, bis ein neues, gültiges Dokument sie erlaubt; die Verlängerung sofort beantragen.',
  'step.employment_toleration_hours':
    'Vorsicht: Unter 20 Wochenstunden widerruft die Ausländerbehörde die Beschäftigungsduldung (§ 60d Abs. 3). Vor der Änderung beraten lassen.',
  'step.renew_early': 'Die Person sollte die Verlängerung jetzt beantragen – das Dokument gilt bis {date}.',
  'step.do_not_employ':
    'Beschäftigen Sie die Person nicht – auch nicht zur Probe, als Aushilfe, im Minijob oder Praktikum.',
  'step.contact_adviser_ban': 'Lassen Sie von einer Beratungsstelle prüfen, ob eine Ausnahme greift.',
  'step.contact_adviser': 'Lassen Sie den Fall von einer Beratungsstelle oder der Ausländerbehörde prüfen.',
  'step.no_freelance': 'Beauftragen Sie die Person nicht als Selbstständige oder freie Mitarbeiterin.',
  'step.offer_employment_instead': 'Bieten Sie stattdessen eine Anstellung an und lassen Sie diese mit Lotse prüfen.',
  'step.answer_open_questions_employed':
    'Klären Sie zuerst die offenen Angaben: Davon hängt ab, ob die Person weiterarbeiten darf.',
  'step.answer_open_questions': 'Klären Sie zuerst die offenen Angaben; bis dahin darf die Arbeit nicht beginnen.',
  'step.removal_adviser_today':
    'Heute noch: Helfen Sie der Person, eine Beratungsstelle oder Anwältin zu erreichen, oder lassen Sie mich den Fall übergeben.',
  'step.removal_confirm_job':
    'Bestätigen Sie schriftlich Stelle, Dauer und Zuverlässigkeit für die Beratung. Aufhalten können Sie die Abschiebung nicht.',
  'step.removal_valid_document': 'Die Person zu verstecken oder die Behörden zu täuschen ist strafbar.',
  'step.school_training':
    'Für die rein schulische Ausbildung ist nichts zu beantragen; Praxisphasen im Betrieb können eine Erlaubnis brauchen.',
  'step.check_specific_job':
    'Prüfen Sie den Eintrag im Dokument: Nennt er genau diese Stelle bei Ihnen, ist nichts weiter nötig; sonst beantragt die Person die Erlaubnis.',
  'step.training_contract': 'Schließen Sie den Ausbildungsvertrag und lassen Sie ihn bei der Kammer eintragen.',
  'step.training_contract_school':
    'Schließen Sie den Ausbildungsvertrag und lassen Sie ihn von der Pflegeschule bestätigen (keine Kammer-Eintragung).',
  'step.training_contract_helper':
    'Schließen Sie den Ausbildungsvertrag. Eine Helferausbildung nach Landesrecht (etwa Pflegehilfe) hat keine Kammer: Es zählt der Vertrag mit der Schule oder ihre Zustimmung. Was Ihr Land sonst verlangt, steht nicht in meiner Wissensbasis – fragen Sie die Schule.',
  'step.fill_ba_form':
    'Füllen Sie das BA-Formular „Erklärung zum Beschäftigungsverhältnis“ aus und unterschreiben Sie es.',
  'step.employee_applies':
    'Die Person beantragt die Erlaubnis bei der Ausländerbehörde ihres Wohnorts – mit Formular, Vertragsentwurf und Dokument.',
  'step.employee_applies_permit':
    'Die Person beantragt bei der Ausländerbehörde ihres Wohnorts die Erlaubnis für diese Stelle.',
  'step.abh_decides_ba': 'Die Ausländerbehörde holt die Zustimmung der BA ein; meist dauert das drei bis vier Wochen.',
  'step.abh_decides': 'Die Ausländerbehörde entscheidet; rechnen Sie mit einigen Wochen.',
  'step.start_after_permission': 'Arbeitsbeginn erst, wenn die Erlaubnis schriftlich vorliegt.',
  'step.start_after_permission_from': 'Arbeitsbeginn erst mit schriftlicher Erlaubnis, frühestens am {date}.',
  'step.apply_training_status':
    'Die Person kann eine Ausbildungsduldung oder eine Aufenthaltserlaubnis nach § 16g beantragen – frühestens sieben Monate vor Beginn.',
  'step.read_document':
    'Prüfen Sie das Dokument (Vorder- und Rückseite, Zusatzblatt): Gültigkeit und Eintrag zur Arbeit.',
  'step.read_document_allowed': 'Prüfen Sie das Dokument: Es muss gültig sein und die Arbeit erlauben.',
  'step.keep_copy': 'Legen Sie eine Kopie des Dokuments (Vorder- und Rückseite, Zusatzblatt) zur Personalakte.',
  'step.watch_expiry': 'Behalten Sie das Ablaufdatum im Blick: Die Erlaubnis endet mit dem Dokument.',
  'step.watch_expiry_on': 'Das Dokument gilt bis {date}: Die Verlängerung rechtzeitig beantragen lassen.',

  'text.steps': 'Was Sie jetzt tun',
  'text.facts': 'Ihre Angaben',
  'text.details_hint': 'Unterlagen, Pflichten, Risiken, Wege, {n} Quellen: schreiben Sie „Details“.',
  'text.details_button': 'Details',
  'text.stand': 'Stand des Rechts: {date}. Allgemeine Information, keine Rechtsberatung.',
  'text.no_facts': 'noch keine Angaben',

  'section.instead': 'Was Sie stattdessen tun können',
  'section.steps': 'Alle Schritte im Einzelnen',
  'section.documents': 'Unterlagen',
  'section.duties': 'Pflichten und Fristen',
  'section.dates': 'Termine des Falls',
  'dates.lead': '{date}: {label}',
  'section.risks': 'Risiken',
  'section.routes': 'Wege zu einem sicheren Aufenthalt',
  'section.open': 'Offene Punkte',
  'section.sources': 'Quellen',
  'section.escalation': 'Eine Beratungsstelle sollte den Fall prüfen',
  'section.escalation_urgent': 'Eine Beratungsstelle sollte den Fall dringend prüfen',
  'section.escalation_route': 'Eine Beratungsstelle kann einen Weg zu sicherem Aufenthalt prüfen',
  'routes.excluded': 'Nicht in Frage kommen: {routes}.',
  'routes.none': 'Nach Ihren Angaben kommt keiner der Wege in Frage.',
  'route.likely': 'voraussichtlich möglich',
  'route.possible': 'möglich, wenn',
  'route.blocked': 'versperrt, solange das Verbot gilt',
  'route.blocked_rules': 'Noch offen oder noch nicht erfüllt: {detail}',
  'route.blocked_detail':
    'Nur wenn die Voraussetzungen schon erfüllt sind, denn die Arbeit oder Ausbildung dafür verbietet das Verbot. Noch offen oder noch nicht erfüllt: {detail}',
  'duty.deadline': 'Frist: {days} Tage',
  'source.line': '{title} ({basis}), Stand {date}',
  'instead.adviser_check': 'Eine Beratungsstelle prüft, ob das Verbot zu Recht besteht oder eine Ausnahme greift.',
  'instead.possible_routes':
    'Mit noch offenen Bedingungen: {routes} – was fehlt, steht unter „Wege zu einem sicheren Aufenthalt“.',
  'instead.blocked_routes':
    'Wege über Arbeit oder Ausbildung ({routes}) sind versperrt, solange das Verbot gilt – außer ihre Voraussetzungen sind schon erfüllt.',
  'instead.recheck':
    'Ändert sich etwas an den Angaben (z. B. Status oder Asylverfahren), korrigieren Sie die Angabe oben: Lotse prüft neu.',
  'instead.employment':
    'Eine Anstellung statt Selbstständigkeit: Dafür braucht es in der Regel die Erlaubnis der Ausländerbehörde.',
  'details.intro': 'Die Einzelheiten zur Einschätzung vom {date}:',
} as const;

export type AnswerTextKey = keyof typeof answerDe;
export type AnswerTexts = Readonly<Record<AnswerTextKey, string>>;
