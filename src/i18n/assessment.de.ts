import type { Catalogue } from '../domain/messages.js';

/** German texts of the assessment (source of truth). Plain employer language; `{name}` are parameters. */
export const assessmentDe: Catalogue = {
  // Steps
  'step.abh_asks_ba':
    'Die Ausländerbehörde fragt intern die Bundesagentur für Arbeit (BA). Die BA prüft Arbeitsbedingungen und Lohn; meldet sie sich nicht binnen zwei Wochen, gilt ihre Zustimmung als erteilt – außer Ihre Angaben waren unvollständig. Insgesamt dauert es meist drei bis vier Wochen.',
  'step.abh_decides': 'Die Ausländerbehörde prüft den Antrag und entscheidet; rechnen Sie mit einigen Wochen.',
  'step.abh_decides_four_years':
    'Nach vier Jahren ununterbrochenem erlaubtem, geduldetem oder gestattetem Aufenthalt ist keine Zustimmung der BA mehr nötig. Die Ausländerbehörde entscheidet allein – weiterhin für diese konkrete Stelle.',
  'step.abh_decides_without_ba':
    'Für diese Tätigkeit ist keine Zustimmung der Bundesagentur für Arbeit nötig; die Ausländerbehörde entscheidet allein.',
  'step.answer_open_questions':
    'Beantworten Sie zuerst die offenen Fragen. Ohne diese Angaben lässt sich nicht sicher sagen, ob Sie die Person beschäftigen dürfen. Bis dahin darf die Arbeit nicht beginnen.',
  'step.apply_training_status':
    'Die Person kann bei der Ausländerbehörde eine Ausbildungsduldung (§ 60c AufenthG) oder eine Aufenthaltserlaubnis zur Berufsausbildung (§ 16g AufenthG) beantragen, frühestens sieben Monate vor Ausbildungsbeginn. Das sichert den Aufenthalt für die Dauer der Ausbildung.',
  'step.contact_adviser_ban':
    'Wenden Sie sich an eine Beratungsstelle: Ob das Verbot zu Recht besteht oder eine Ausnahme greift, lässt sich im Einzelfall prüfen.',
  'step.contact_adviser_scope':
    'Diesen Fall kann Lotse nicht sicher einschätzen. Lassen Sie ihn von einer Beratungsstelle oder der Ausländerbehörde prüfen.',
  'step.deregister_social_insurance': 'Melden Sie die Person wie üblich bei der Sozialversicherung ab (§ 28a SGB IV).',
  'step.do_not_employ':
    'Beschäftigen Sie die Person vorerst nicht – auch nicht zur Probe, als Praktikum oder im Minijob. Nach Ihren Angaben besteht ein Beschäftigungsverbot.',
  'step.do_not_employ_until_checked':
    'Beschäftigen Sie die Person vorerst nicht – auch nicht zur Probe, als Praktikum oder im Minijob –, bis eine Beratungsstelle geklärt hat, ob das Verbot gilt.',
  'step.do_not_employ_unless':
    'Beschäftigen Sie die Person vorerst nicht – auch nicht zur Probe, als Praktikum oder im Minijob. Nach Ihren Angaben kann ein Beschäftigungsverbot bestehen: Die Ausnahme, die es aufhebt, ist nicht belegt.',
  'step.employee_applies':
    'Die Person beantragt die Beschäftigungserlaubnis bei der Ausländerbehörde ihres Wohnorts (nicht Ihres Firmensitzes) – mit Ihrer Erklärung, dem Vertragsentwurf und ihrem Dokument. Die Erlaubnis ist kostenlos.',
  'step.employee_applies_19d_1a':
    'Die Person beantragt bei der Ausländerbehörde ihres Wohnorts die Aufenthaltserlaubnis nach § 19d Abs. 1a AufenthG (Anspruch, zwei Jahre) – mit dem Prüfungszeugnis, Ihrem Arbeitsvertrag für die passende Stelle, Ihrer Erklärung zum Beschäftigungsverhältnis und ihrem Dokument, am besten vor Ablauf der Ausbildungsduldung.',
  'step.employee_applies_permit':
    'Die Person beantragt bei der Ausländerbehörde ihres Wohnorts die Erlaubnis für diese Tätigkeit.',
  'step.employment_toleration_at_risk':
    'Mit dem Ende der Beschäftigung entfallen Voraussetzungen der Beschäftigungsduldung (§ 60d Abs. 1 Nr. 3–5 AufenthG); die Ausländerbehörde widerruft sie dann. Kurze Unterbrechungen, die die Person nicht zu vertreten hat, bleiben außer Betracht (§ 60d Abs. 3). Die Person sollte sich sofort um eine neue Stelle und Beratung kümmern; jede neue Stelle braucht eine neue Erlaubnis.',
  'step.fill_ba_form':
    'Füllen Sie das BA-Formular „Erklärung zum Beschäftigungsverhältnis“ aus und unterschreiben Sie es, am besten zusammen mit einem Vertragsentwurf: genaue Tätigkeit, Arbeitszeit, Lohn. Falsche oder fehlende Angaben können ein Bußgeld kosten.',
  'step.keep_copy': 'Legen Sie eine Kopie des Dokuments (Vorder- und Rückseite, Zusatzblatt) zur Personalakte.',
  'step.no_freelance':
    'Beauftragen Sie die Person nicht als Selbstständige oder „freie Mitarbeiterin“: Eine selbstständige Tätigkeit ist mit diesem Status nicht möglich.',
  'step.offer_employment_instead':
    'Wenn Sie die Person einsetzen möchten, bieten Sie ein Arbeitsverhältnis an. Dafür braucht es in der Regel die Erlaubnis der Ausländerbehörde; lassen Sie die Anstellung dann mit Lotse prüfen.',
  'step.permit_19d_at_risk':
    'Wurde die Aufenthaltserlaubnis nach § 19d im Anschluss an eine Ausbildungsduldung erteilt (Abs. 1a), wird sie widerrufen, wenn das Arbeitsverhältnis aus Gründen aufgelöst wird, die in der Person liegen (§ 19d Abs. 1b). Die Person sollte sich beraten lassen; eine neue Stelle muss zur Erlaubnis passen.',
  'step.read_document':
    'Prüfen Sie das Dokument der Person (Vorder- und Rückseite, Zusatzblatt): Gültigkeitsdatum und den Eintrag zur Erwerbstätigkeit.',
  'step.read_document_allowed':
    'Prüfen Sie das Dokument (Vorder- und Rückseite, Zusatzblatt): Es muss gültig sein und die Beschäftigung erlauben, z. B. „Beschäftigung gestattet“.',
  'step.read_permit':
    'Prüfen Sie den Aufenthaltstitel: Gültigkeit und was er zur Erwerbstätigkeit sagt (Nebenbestimmung, Zusatzblatt).',
  'step.renew_document':
    'Das Dokument ist abgelaufen. Die Person darf erst weiterarbeiten, wenn ein neues, gültiges Dokument die Beschäftigung erlaubt; sie sollte die Verlängerung sofort beantragen.',
  'step.renew_early':
    'Das Dokument läuft am {date} ab. Die Person sollte die Verlängerung jetzt beantragen: Mit dem Dokument endet auch die Erlaubnis zur Beschäftigung.',
  'step.employment_toleration_hours':
    'Vorsicht: Mit {hours} Wochenstunden fehlt eine Voraussetzung der Beschäftigungsduldung (mindestens 20 Stunden pro Woche). Die Ausländerbehörde widerruft sie dann (§ 60d Abs. 3 AufenthG). Lassen Sie sich vor der Änderung beraten.',
  'step.school_training':
    'Eine rein schulische Ausbildung (z. B. an einer Berufsfachschule) ist keine Beschäftigung und braucht keine Erlaubnis. Praxisphasen bei einem Arbeitgeber können aber eine brauchen – fragen Sie im Zweifel die Ausländerbehörde.',
  'step.start_after_permission':
    'Lassen Sie die Person erst arbeiten, wenn die Erlaubnis schriftlich vorliegt (Eintrag im Dokument oder Bescheid). Sie gilt nur für diese Stelle bei Ihnen.',
  'step.training_contract':
    'Schließen Sie den Ausbildungsvertrag und beantragen Sie die Eintragung bei der zuständigen Kammer (IHK, HWK o. Ä.). Eine Ausbildung ohne Kammer, etwa die Pflegeausbildung, braucht stattdessen die Zustimmung der Pflegeschule oder Bildungseinrichtung.',
  'step.training_contract_school':
    'Schließen Sie den Ausbildungsvertrag als Träger der praktischen Ausbildung und lassen Sie ihn von der Pflegeschule bzw. Bildungseinrichtung bestätigen (§ 16 Abs. 6 PflBG, § 60c Abs. 3 S. 3 AufenthG); eine Kammer-Eintragung gibt es hier nicht.',
  'step.training_contract_helper':
    'Schließen Sie den Ausbildungsvertrag. Ist die Helfer- oder Assistenzausbildung nach Landesrecht geregelt (etwa in der Pflegehilfe), gibt es keine Kammer-Eintragung: Dann zählt der Vertrag mit der Schule (Bildungseinrichtung) oder ihre Zustimmung zu Ihrem Vertrag (§ 60c Abs. 3 S. 3 AufenthG). Was Ihr Land für diese Ausbildung sonst verlangt und welche Stelle dort zuständig ist, steht nicht in unserer Wissensbasis – fragen Sie die Schule.',
  'step.training_search_period':
    'Nach einem vorzeitigen Ende der Ausbildung erhält die Person einmalig sechs Monate, um einen neuen Ausbildungsplatz zu suchen.',
  'step.wait_until':
    'Wartezeit: Die Arbeit kann frühestens am {date} beginnen. Den Antrag können Sie schon vorher vorbereiten.',
  'step.watch_expiry':
    'Behalten Sie das Ablaufdatum im Blick: Die Erlaubnis endet mit dem Dokument. Ein Wechsel der Stelle oder des Arbeitgebers braucht eine neue Erlaubnis.',
  // Documents
  'doc.document_copy':
    'Kopie des Dokuments der Person (Duldung, Aufenthaltsgestattung oder Aufenthaltstitel), Vorder- und Rückseite mit Zusatzblatt',
  'doc.ba_form': 'BA-Formular „Erklärung zum Beschäftigungsverhältnis“, von Ihnen unterschrieben',
  'doc.contract': 'Arbeits- oder Ausbildungsvertrag bzw. verbindliches Angebot',
  'doc.training_registration': 'Ausbildungsvertrag und Nachweis, dass die Eintragung bei der Kammer beantragt ist',
  'doc.training_contract_helper':
    'Ausbildungsvertrag; bei einer Helferausbildung nach Landesrecht statt der Kammer-Eintragung der Vertrag mit der Schule oder ihre Zustimmung',
  'doc.training_approval_school': 'Ausbildungsvertrag mit der Zustimmung der Pflegeschule bzw. Bildungseinrichtung',
  'doc.identity_proof': 'Pass oder Passersatz bzw. Nachweise über die Schritte zur Identitätsklärung',
  'doc.payslips': 'Lohnabrechnungen der letzten 12 Monate',
  'doc.language_certificate': 'Sprachnachweis (A2 bzw. B1)',
  'doc.school_attendance': 'Schulbescheinigungen der Kinder',
  'doc.qualification_proof': 'Nachweis der Qualifikation (Abschlusszeugnis bzw. Anerkennungsbescheid)',
  'doc.housing_proof': 'Nachweis über ausreichenden Wohnraum (z. B. Mietvertrag)',
  // Duties
  'duty.check_document_validity':
    'Prüfen Sie vor Beginn und bei jeder Verlängerung, ob die Person diese Tätigkeit bei Ihnen ausüben darf – auch Beschränkungen auf Arbeitgeber, Tätigkeit oder Stunden.',
  'duty.keep_copy':
    'Bewahren Sie für die gesamte Dauer der Beschäftigung eine Kopie des Dokuments auf (auf Papier oder elektronisch).',
  'duty.notify_19d_end':
    'Endet die Beschäftigung vorzeitig, teilen Sie das der Ausländerbehörde innerhalb von vier Wochen ab Kenntnis mit.',
  'duty.notify_60d_end':
    'Endet das Beschäftigungsverhältnis, teilen Sie das der Ausländerbehörde innerhalb von zwei Wochen ab Kenntnis schriftlich oder elektronisch mit: Datum des Endes, Name, Vorname, Staatsangehörigkeit.',
  'duty.notify_training_end':
    'Wird die Ausbildung vorzeitig beendet oder abgebrochen, melden Sie das der Ausländerbehörde unverzüglich, in der Regel innerhalb von zwei Wochen, schriftlich oder elektronisch (was, wann, Name, Vorname, Staatsangehörigkeit). Ein regulärer Abschluss wird nicht gemeldet.',
  'duty.notify_training_end_once_granted':
    'Sobald die Ausbildungsduldung oder die Aufenthaltserlaubnis nach § 16g erteilt ist: Ein vorzeitiges Ende der Ausbildung melden Sie der Ausländerbehörde unverzüglich, in der Regel innerhalb von zwei Wochen.',
  // Risks
  'risk.below_minimum_wage':
    'Der Stundenlohn von {wage} € liegt unter dem gesetzlichen Mindestlohn von {minimum} €. So stimmt die BA nicht zu, und es drohen Nachzahlungen und Bußgelder.',
  'risk.document_expired':
    'Wer jemanden ohne gültige Erlaubnis beschäftigt – auch in der Lücke nach Ablauf des Dokuments –, riskiert ein Bußgeld bis 500.000 € (§ 404 Abs. 2 Nr. 3 SGB III).',
  'risk.illegal_employment':
    'Beginnt die Arbeit ohne Erlaubnis, ist das illegale Beschäftigung: Bußgeld bis 500.000 € (§ 404 Abs. 2 Nr. 3, Abs. 3 SGB III); bei auffällig schlechteren Arbeitsbedingungen oder mehr als fünf Fällen auch Strafe (§§ 10, 11 SchwarzArbG).',
  'risk.minijob_ceiling':
    'Mit diesem Lohn und diesen Stunden kommen rund {monthly} € im Monat zusammen – mehr als die Minijob-Grenze von {ceiling} €. Dann ist es kein Minijob mehr.',
  'risk.employment_toleration_hours':
    'Unter 20 Wochenstunden wird die Beschäftigungsduldung widerrufen (§ 60d Abs. 1 Nr. 3, Abs. 3 AufenthG); danach braucht jede Beschäftigung die Erlaubnis, die die neue Duldung vorsieht.',
  'risk.notice_fine':
    'Wer die Meldung an die Ausländerbehörde nicht, falsch oder zu spät macht, riskiert ein Bußgeld bis 30.000 € (§ 98 Abs. 2a, Abs. 5 AufenthG).',
  'risk.public_contracts':
    'Nach einem Bußgeld ab 2.500 € oder einer Verurteilung wegen illegaler Beschäftigung droht der Ausschluss von öffentlichen Aufträgen: in der Regel bis zu drei Jahre (§ 21 SchwarzArbG), nach § 98c AufenthG bis zu fünf Jahre.',
  'risk.removal_pending':
    'Es stehen konkrete Maßnahmen zur Aufenthaltsbeendigung bevor (z. B. gebuchter Flug, Reisefähigkeitsuntersuchung, Dublin-Verfahren). Das ist kein Beschäftigungsverbot, aber die Regel, dass die Erlaubnis erteilt werden „soll“, gilt dann nicht (§ 60a Abs. 5b AufenthG): Die Ausländerbehörde entscheidet nach Ermessen und kann eine neue Erlaubnis verweigern. Eine bereits erteilte Erlaubnis entfällt dadurch allein nicht, endet aber mit der Duldung. Eine Ausbildungsduldung oder Aufenthaltserlaubnis nach § 16g für eine jetzt aufgenommene Ausbildung ist ausgeschlossen (§ 60c Abs. 2 Nr. 5, § 16g Abs. 2 Nr. 5); die Beschäftigungsduldung (§ 60d) kennt diesen Ausschluss nicht. Die Abschiebung kann trotzdem vollzogen werden.',
  'risk.self_employment_commissioning':
    'Wer die Person als Selbstständige mit nachhaltigen bezahlten Dienst- oder Werkleistungen beauftragt, obwohl sie das nicht darf, riskiert ein Bußgeld bis 500.000 € (§ 98 Abs. 2a Nr. 1, Abs. 5 AufenthG).',
  // Routes
  'route.excluded': '{route}: ausgeschlossen – {reason}.',
  'route.likely': '{route}: voraussichtlich möglich. {note}',
  'route.possible': '{route}: möglich. Noch offen oder noch nicht erfüllt: {conditions}.',
  'route_name.60c': 'Ausbildungsduldung (§ 60c AufenthG)',
  'route_name.16g': 'Aufenthaltserlaubnis zur Berufsausbildung (§ 16g AufenthG)',
  'route_name.60d': 'Beschäftigungsduldung (§ 60d AufenthG)',
  'route_name.19d': 'Aufenthaltserlaubnis für qualifizierte Geduldete (§ 19d AufenthG)',
  'route_name.25a': 'Aufenthaltserlaubnis für gut integrierte junge Menschen (§ 25a AufenthG)',
  'route_name.25b': 'Aufenthaltserlaubnis bei nachhaltiger Integration (§ 25b AufenthG)',
  'route_name.104c': 'Chancen-Aufenthaltsrecht (§ 104c AufenthG)',
  'route_name.haertefall': 'Härtefallkommission (§ 23a AufenthG)',
  'route_note.60c_held': 'Die Person hat die Ausbildungsduldung bereits.',
  'route_note.60d_held':
    'Die Person hat die Beschäftigungsduldung bereits; nach 30 Monaten kommt § 25b Abs. 6 in Betracht.',
  'route_note.conditions_met':
    'Nach Ihren Angaben sind die Voraussetzungen erfüllt; die Ausländerbehörde prüft sie im Antrag.',
  'cond.104c_apply_by': 'Antrag bis spätestens 31.12.2025',
  'cond.104c_extend_25a':
    'Übergang in § 25a, wenn dessen Voraussetzungen erfüllt sind (Sonderregeln für frühere § 104c-Inhaber; laut asyl.net bis 30.06.2027 – Datum im Gesetzestext nicht bestätigt)',
  'cond.104c_extend_25b':
    'Übergang in § 25b, wenn dessen Voraussetzungen erfüllt sind (Sonderregeln für frühere § 104c-Inhaber; laut asyl.net bis 30.06.2027 – Datum im Gesetzestext nicht bestätigt)',
  'cond.104c_five_years':
    'am 31.10.2022 seit fünf Jahren geduldet, gestattet oder erlaubt in Deutschland; Antrag bis 31.12.2025',
  'cond.104c_held': 'die Person hat den Titel bereits; er gilt bis zu seinem Ablauf',
  'cond.19d_after_training':
    'erfolgreicher Abschluss der Ausbildung; danach Anspruch auf zwei Jahre Aufenthaltserlaubnis für eine passende Stelle (§ 19d Abs. 1a)',
  'cond.19d_no_public_funds': 'im letzten Jahr keine öffentlichen Mittel für den Lebensunterhalt (außer Wohnkosten)',
  'cond.19d_more_months': 'noch {months} Monat(e) qualifizierte Beschäftigung bis zu den erforderlichen drei Jahren',
  'cond.19d_qualification':
    'Berufsausbildung oder Studium in Deutschland abgeschlossen, oder anerkannter ausländischer Hochschulabschluss mit zwei Jahren passender Beschäftigung, oder drei Jahre qualifizierte Beschäftigung',
  'cond.19d_ban_qualification_done':
    'nur mit einer Qualifikation, die schon erworben ist: Berufsausbildung oder Studium in Deutschland abgeschlossen, oder die zwei bzw. drei Jahre Beschäftigung schon geleistet – solange das Beschäftigungsverbot gilt, kann die Person sie nicht durch Arbeit oder eine betriebliche Ausbildung erwerben',
  'cond.19d_ban_no_deception':
    'das Verbot sperrt die Erlaubnis zur Duldung, nicht diesen Aufenthaltstitel; die Ausländerbehörde prüft aber, dass die Person nicht über ihre Umstände getäuscht und die Abschiebung nicht hinausgezögert hat (§ 19d Abs. 1 Nr. 4, 5 AufenthG)',
  'cond.19d_two_years': 'zwei Jahre ununterbrochen eine dem Abschluss angemessene Beschäftigung',
  'cond.25b_stay_children_from':
    'der Aufenthalt ist noch zu kurz (noch nicht, aber später möglich): erreicht am {date4} mit minderjährigem Kind im Haushalt, sonst am {date6}',
  'cond.25b_stay_from': 'der Aufenthalt ist noch zu kurz (noch nicht, aber später möglich): erreicht am {date}',
  'cond.25b_via_60d':
    'nach 30 Monaten Beschäftigungsduldung (§ 25b Abs. 6), wenn die Voraussetzungen des § 60d weiter erfüllt sind',
  'cond.60c_new_training_place':
    'die bisherige Ausbildungsduldung erlischt mit dem vorzeitigen Ende (§ 60c Abs. 4); einmalig gibt es sechs Monate Duldung, um einen neuen Ausbildungsplatz zu finden (§ 60c Abs. 6)',
  'cond.after_rejection':
    'nur wenn die Person die Ausbildung schon als Asylbewerber begonnen hat und sie nach Ablehnung des Asylantrags fortsetzen will',
  'cond.age_from_14': 'mindestens 14 Jahre alt (§ 25a gilt für Jugendliche ab 14)',
  'cond.age_under_27': 'Antrag vor dem 27. Geburtstag',
  'cond.duldung_12_months': 'seit mindestens 12 Monaten geduldet',
  'cond.duldung_12_months_from': '12 Monate Duldung (erreicht am {date})',
  'cond.duldung_3_months': 'seit mindestens drei Monaten geduldet',
  'cond.duldung_3_months_from': 'drei Monate Duldung (erreicht am {date})',
  'cond.employment_12_months': 'mindestens 12 Monate sozialversicherungspflichtige Beschäftigung',
  'cond.employment_more_months':
    'noch {months} Monate sozialversicherungspflichtige Beschäftigung bis zu den nötigen 12',
  'cond.entry_by_2022': 'Einreise bis 31.12.2022',
  'cond.follow_on_promise': 'schriftliche Zusage eines anschließenden Ausbildungsplatzes in einem Engpassberuf',
  'cond.german_a2': 'mündliche Deutschkenntnisse auf Niveau A2',
  'cond.german_b1': 'Deutschkenntnisse auf Niveau B1',
  'cond.haertefall_last_resort':
    'letzter Ausweg; die Kommission befasst sich nur mit einem Fall, wenn ein Mitglied ihn aufgreift – einen Anspruch gibt es nicht',
  'cond.haertefall_no_return_date':
    'noch kein konkreter Rückführungstermin: steht er fest, ist ein Härtefallersuchen in der Regel ausgeschlossen (§ 23a Abs. 1 S. 3 AufenthG)',
  'cond.haertefall_no_serious_offences':
    'keine Straftaten von erheblichem Gewicht: solche schließen ein Härtefallersuchen in der Regel aus (§ 23a Abs. 1 S. 3); die Kommission wägt die Verurteilung ab',
  'cond.hours_20': 'mindestens 20 Wochenstunden in dieser Beschäftigung',
  'cond.housing': 'ausreichender Wohnraum',
  'cond.identity_by_application': 'Identität bis zur Antragstellung geklärt',
  'cond.identity_by_date': 'Identität bis {date} geklärt oder bis dahin alle zumutbaren Schritte unternommen',
  'cond.identity_discretion_60c':
    'Frist zur Identitätsklärung verpasst: nur noch nach Ermessen, wenn alle zumutbaren Schritte unternommen wurden (§ 60c Abs. 7, § 16g Abs. 6)',
  'cond.identity_discretion_60d':
    'Frist zur Identitätsklärung (31.12.2024) verpasst: nur noch nach Ermessen der Ausländerbehörde (§ 60d Abs. 4)',
  'cond.identity_entry_date': 'rechtzeitige Identitätsklärung (die Frist hängt vom Einreisedatum ab)',
  'cond.job_is_training':
    'die Stelle ist eine qualifizierte Berufsausbildung (oder eine Helferausbildung mit Anschlusszusage)',
  'cond.job_matches': 'die Stelle entspricht der Qualifikation',
  'cond.livelihood': 'Lebensunterhalt durch die Beschäftigung gesichert, auch in den letzten 12 Monaten',
  'cond.livelihood_bafoeg': 'Lebensunterhalt gesichert (Maßstab: BAföG-Bedarf)',
  'cond.livelihood_mostly': 'Lebensunterhalt überwiegend durch Arbeit gesichert',
  'cond.25b_livelihood_under_ban':
    'Lebensunterhalt: solange das Beschäftigungsverbot gilt, nicht durch Arbeit – es zählt nur die Erwartung, dass die Person ihn künftig sichern wird (§ 25b Abs. 1 S. 2 Nr. 3 AufenthG, z. B. eine feste Jobzusage für die Zeit mit der Aufenthaltserlaubnis), oder eine Ausnahme nach Abs. 1 S. 3 oder Abs. 3',
  'cond.25b_no_obstruction':
    'keine Täuschung über Identität oder Staatsangehörigkeit und Mitwirkung bei der Passbeschaffung – sonst ist die Erlaubnis zu versagen (§ 25b Abs. 2 Nr. 1 AufenthG); das ist oft der Grund eines Verbots auf dem Dokument',
  'cond.minor_children': 'lebt mit einem minderjährigen Kind zusammen (dann genügen vier statt sechs Jahre)',
  'cond.no_ban': 'kein Beschäftigungsverbot (Angaben zum Dokument oder zur Herkunft fehlen noch)',
  'cond.no_convictions': 'keine Verurteilung über 50 bzw. 90 Tagessätze',
  'cond.no_convictions_25b':
    'keine Verurteilung, die ein schweres Ausweisungsinteresse begründet (eine Freiheitsstrafe ab einem Jahr schließt aus; kleinere Verurteilungen werden abgewogen)',
  'cond.no_convictions_60d':
    'keine Verurteilung wegen einer vorsätzlichen Straftat (außer Betracht bleiben nur Geldstrafen bis 90 Tagessätze für Straftaten, die nur Ausländer begehen können – anders als bei § 19d und § 60c zählt hier schon eine kleinere Geldstrafe)',
  'cond.no_removal': 'keine konkreten Maßnahmen zur Aufenthaltsbeendigung',
  'cond.passport': 'gültiger Pass (Passpflicht)',
  'cond.school_3_years': 'drei Jahre erfolgreicher Schulbesuch oder ein Schul- bzw. Berufsabschluss in Deutschland',
  'cond.school_qualified': 'die schulische Ausbildung führt zu einem staatlich anerkannten Ausbildungsberuf',
  'cond.stay_3_years': 'drei Jahre ununterbrochener Aufenthalt (geduldet, gestattet oder erlaubt)',
  'cond.stay_3_years_from': 'drei Jahre Aufenthalt (erreicht am {date})',
  'cond.stay_6_years': 'sechs Jahre ununterbrochener Aufenthalt (vier mit minderjährigem Kind)',
  'excl.104c_entry': 'die Person war am 31.10.2022 noch keine fünf Jahre in Deutschland',
  'excl.104c_expired': 'die Regelung ist am 31.12.2025 ausgelaufen; neue Titel gibt es nicht',
  'excl.16g_not_in_force': '§ 16g gilt erst ab 01.03.2024',
  'excl.19d_job_not_matching': 'die Stelle entspricht nicht der Qualifikation',
  'excl.19d_no_qualification': 'ohne anerkannte Qualifikation erst nach drei Jahren qualifizierter Beschäftigung',
  'excl.19d_ban_needs_work':
    'die verlangten Jahre Beschäftigung (§ 19d Abs. 1 Nr. 1 b, c AufenthG) kann die Person nicht sammeln, solange das Beschäftigungsverbot gilt',
  'excl.25a_age': 'der Antrag muss vor dem 27. Geburtstag gestellt werden',
  'excl.60c_training_completed': 'die Ausbildung ist abgeschlossen; für eine Stelle danach gilt § 19d Abs. 1a',
  'excl.60d_entry': 'nur bei Einreise bis 31.12.2022',
  'excl.clause_ban': 'das Dokument schließt jede Erwerbstätigkeit aus',
  'excl.criminal': 'Verurteilungen über der Schwelle von 50 bzw. 90 Tagessätzen',
  'excl.entry_qualification': 'eine Einstiegsqualifizierung (EQ) öffnet diesen Weg nicht',
  'excl.helper_no_promise': 'eine Helferausbildung nur mit Zusage eines anschließenden Ausbildungsplatzes',
  'excl.not_training': 'nur für eine Berufsausbildung',
  'excl.only_tolerated': 'nur für geduldete Personen, also erst nach dem Asylverfahren',
  'excl.removal_pending': 'konkrete Maßnahmen zur Aufenthaltsbeendigung stehen bevor',
  'excl.safe_country_ban': 'es besteht ein Beschäftigungsverbot (sicherer Herkunftsstaat)',
  'excl.safe_country_ban_possible':
    'es kann ein Beschäftigungsverbot bestehen (sicherer Herkunftsstaat; offen, ob eine Ausnahme greift)',
  'excl.unclear_identity': 'die Duldung für Personen mit ungeklärter Identität schließt das aus',
  // Open points
  'open.104c_pending_application':
    'Wurde bis zum 31.12.2025 ein Antrag nach § 104c gestellt und ist er noch nicht entschieden, gibt es dafür keine Übergangsregel. Dann sollte eine Beratungsstelle den Fall prüfen.',
  'open.104c_transition':
    'Der § 104c-Titel gilt bis zu seinem Ablauf weiter, kann aber nur als § 25a oder § 25b verlängert werden; nur ein solcher Antrag hält ihn bis zur Entscheidung in Kraft. Eine angekündigte Nachfolgeregelung gibt es bisher nicht.',
  'open.16g_over_20_hours':
    'Die Aufenthaltserlaubnis nach § 16g erlaubt neben der Ausbildung nur bis zu 20 Wochenstunden. Für mehr Stunden braucht es eine Erlaubnis der Ausländerbehörde; ob sie erteilt wird, ist offen.',
  'open.19d_any_job_after_two_years':
    'Hat die Person schon zwei Jahre in einer zu ihrer Qualifikation passenden Stelle gearbeitet, darf sie jede Beschäftigung ausüben (§ 19d Abs. 2); sonst braucht diese Stelle eine Erlaubnis.',
  'open.19d_matches_unchecked':
    'Die Aufenthaltserlaubnis nach § 19d deckt eine Stelle, die der Qualifikation entspricht. Passt Ihre Stelle nicht dazu, braucht sie eine Erlaubnis (außer nach zwei Jahren passender Beschäftigung).',
  'open.after_training_19d_1a':
    'Die Ausbildungsduldung und ihre Erlaubnis gelten für die Ausbildung, für die sie erteilt wurden (§ 60c Abs. 1 S. 3, Abs. 3 S. 4 AufenthG). Nach der bestandenen Prüfung hat die Person für eine Stelle, die zur erworbenen Qualifikation passt, Anspruch auf eine Aufenthaltserlaubnis für zwei Jahre (§ 19d Abs. 1a AufenthG); die Arbeit beginnt erst, wenn die Ausländerbehörde sie erlaubt hat. Wird die Person im Ausbildungsbetrieb nicht weiterbeschäftigt, wird die Duldung einmalig um sechs Monate zur Suche nach einer passenden Stelle verlängert (§ 60c Abs. 6 S. 2). Wir gehen davon aus, dass der Abschluss die Ausbildung der Ausbildungsduldung ist.',
  'open.after_training_ba_consent':
    'Die Aufenthaltserlaubnis nach § 19d ist ein Aufenthaltstitel zur Beschäftigung: Die BA muss der Stelle zustimmen (§ 39 Abs. 1 AufenthG) und prüft Lohn und Arbeitsbedingungen. Die Befreiung nach vier Jahren Aufenthalt (§ 32 Abs. 2 BeschV) gilt für die Erlaubnis zur Duldung, nicht für diesen Titel.',
  'open.after_training_clause':
    'Steht auf der Ausbildungsduldung „Beschäftigung gestattet“, deckt das eine Stelle nach der Prüfung nicht sicher ab: Die Ausbildungsduldung wurde für die Dauer der Ausbildung erteilt (§ 60c Abs. 3 S. 4 AufenthG). Klären Sie es vor dem Arbeitsbeginn mit der Ausländerbehörde.',
  'open.reception_clause_waiting':
    'Solange die Person in der Aufnahmeeinrichtung wohnen muss, verbietet schon das Gesetz jede Erwerbstätigkeit (§ 61 Abs. 1 S. 1 AsylG); nach sechs Monaten Duldung soll die Beschäftigung erlaubt werden. Der Eintrag „Erwerbstätigkeit nicht gestattet“ gibt oft nur das wieder. Nennt die Ausländerbehörde einen anderen Grund (ein Beschäftigungsverbot nach § 60a Abs. 6 AufenthG), bleibt es ein Verbot – fragen Sie dort nach.',
  'open.agency_work':
    'Zeitarbeit ist nach dem Gesetz für Geduldete und Asylbewerber mit Zustimmung der BA möglich (der Versagungsgrund Leiharbeit gilt für sie nicht). Eine ausdrückliche Weisung der BA dazu fehlt: Klären Sie es vorab mit Ausländerbehörde oder BA und geben Sie im BA-Formular „Überlassung an Dritte“ an.',
  'open.agency_work_19d':
    'Die Aufenthaltserlaubnis nach § 19d deckt eine der Qualifikation entsprechende Beschäftigung mit Zustimmung der BA; für Leiharbeit muss die BA die Zustimmung grundsätzlich versagen (§ 40 Abs. 1 Nr. 2 AufenthG). Ob das für § 19d gilt, ist nicht geprüft: Klären Sie es vor dem Arbeitsbeginn mit der Ausländerbehörde.',
  'open.ban_despite_permission':
    'Nach Ihren Angaben fällt die Person unter das Beschäftigungsverbot für sichere Herkunftsstaaten. Die im Dokument eingetragene Erlaubnis gilt, bis die Ausländerbehörde sie widerruft; rechnen Sie damit, dass sie bei Verlängerung oder Prüfung entfällt.',
  'open.carve_out_applies':
    'Kein Arbeitsverbot für sichere Herkunftsstaaten nur wegen der Übergangsregel (§ 104 Abs. 18 AufenthG: Asylantrag oder Duldung zum Stichtag oder Arbeitserlaubnis am 11.06.2026). Lassen Sie sich diesen Stichtag belegen, z. B. mit einer früheren Duldungsbescheinigung oder Erlaubnis; die Ausländerbehörde prüft ihn.',
  'open.eu_candidate':
    'Die Person stammt aus einem EU-Beitrittskandidaten. Für solche Staaten gilt die EU-Liste sicherer Herkunftsstaaten nur, wenn keine Ausnahme (etwa ein bewaffneter Konflikt) greift. Ob ein Beschäftigungsverbot besteht, ist derzeit offen.',
  'open.eu_candidate_possible_ban':
    'Die Türkei ist in § 104 Abs. 18 Nr. 2 AufenthG unter den Staaten genannt, für deren Staatsangehörige das Beschäftigungsverbot sicherer Herkunftsstaaten nur dann nicht gilt, wenn sie am 06.05.2025 geduldet waren oder am 11.06.2026 eine Erlaubnis zur Erwerbstätigkeit hatten. Nach Ihren Angaben trifft keines von beiden zu. Ob die EU-Liste die Türkei als Beitrittskandidaten erfasst, ist offen; wahrscheinlich besteht ein Beschäftigungsverbot. Bis eine Beratungsstelle oder die Ausländerbehörde das geklärt hat, gehen wir vorsichtshalber vom Verbot aus.',
  'open.eu_list_ahead':
    'Ab dem 12.06.2026 zählt auch die EU-Liste sicherer Herkunftsstaaten (§ 60a Abs. 6 S. 1 Nr. 3 AufenthG). Für diese Staatsangehörigkeit gilt dann ein Beschäftigungsverbot, außer die Person war am 06.05.2025 geduldet oder besitzt am 11.06.2026 eine Erlaubnis zur Erwerbstätigkeit (§ 104 Abs. 18 Nr. 2 AufenthG). Wird die Erlaubnis vorher erteilt, bleibt die Person von diesem Verbot ausgenommen.',
  'open.eu_list_ahead_candidate':
    'Ab dem 12.06.2026 zählt auch die EU-Liste sicherer Herkunftsstaaten (§ 60a Abs. 6 S. 1 Nr. 3 AufenthG). Ob sie für diesen EU-Beitrittskandidaten gilt, ist offen (Ausnahmen etwa bei bewaffnetem Konflikt). Sicher nicht betroffen ist, wer am 06.05.2025 geduldet war oder am 11.06.2026 eine Erlaubnis zur Erwerbstätigkeit besitzt (§ 104 Abs. 18 Nr. 2 AufenthG).',
  'open.eu_list_new':
    'Das Verbot beruht auf der EU-Liste sicherer Herkunftsstaaten, die erst seit dem 12.06.2026 gilt. Die Praxis der Behörden dazu ist neu; lassen Sie prüfen, ob eine Ausnahme greift.',
  'open.family_household':
    'Ohne Zustimmung der BA nur, wenn die Person Ehegatte, Lebenspartner oder Verwandter bzw. Verschwägerter ersten Grades des Arbeitgebers ist und mit ihm in häuslicher Gemeinschaft lebt; sonst ist die Zustimmung nötig.',
  'open.gestattung_dublin_6_months':
    'In der Aufnahmeeinrichtung beträgt die Wartezeit sechs statt drei Monate, wenn ein Dublin-Verfahren läuft (ein anderer EU-Staat soll die Person übernehmen) oder die Person schon in einem anderen EU-Staat Schutz erhalten hat (§ 61 Abs. 1 S. 3 AsylG). Bis das geklärt ist, rechnen wir mit sechs Monaten.',
  'open.gestattung_clause_waiting':
    'Bei einer Aufenthaltsgestattung steht dieser Eintrag oft nur, solange die Wartezeit nach § 61 AsylG läuft. Ist sie um und greift kein Verbot für sichere Herkunftsstaaten, kann die Beschäftigung auf Antrag erlaubt werden (seit dem 12.06.2026 ist sie zu erlauben), mit Zustimmung der BA, wo sie nötig ist. Ob der Eintrag nur die Wartezeit meint, klärt die Beratungsstelle oder die Ausländerbehörde.',
  'open.gestattung_eu_list':
    'Die Person stammt aus einem Staat der EU-Liste sicherer Herkunftsstaaten. Ihr Asylantrag wird in der Regel im beschleunigten Verfahren geprüft. Solange es läuft, wird die Beschäftigung nicht erlaubt, in der Aufnahmeeinrichtung wie außerhalb (§ 61 Abs. 1 S. 5, Abs. 2 S. 5 AsylG). Ob das hier zutrifft, ist offen.',
  'open.gestattung_geas_shortens':
    'Die Wartezeit ist nach der Rechtslage zum Prüfdatum gerechnet (sechs Monate). Ab dem 12.06.2026 gilt der neue § 61 Abs. 1 AsylG: Die Beschäftigung ist dann schon drei Monate nach der Registrierung des Asylantrags zu erlauben (sechs Monate in Dublin-Fällen oder bei Schutz in einem anderen EU-Staat) – hier also voraussichtlich ab dem {date}. Lassen Sie das Datum von der Ausländerbehörde bestätigen.',
  'open.gestattung_manifestly_unfounded':
    'Bis 11.06.2026 galt: Wer in der Aufnahmeeinrichtung wohnen musste und dessen Asylantrag als offensichtlich unbegründet abgelehnt war, durfte nicht arbeiten (§ 61 Abs. 1 AsylG alte Fassung). Ausnahme: Das Verwaltungsgericht hat die aufschiebende Wirkung der Klage angeordnet; dann war die Beschäftigung sechs Monate nach dem Asylantrag zu erlauben. Ab dem 12.06.2026 gilt die neue Drei-Monats-Regel.',
  'open.gestattung_prior_stay':
    'Die Wartezeit ist ab dem Asylantrag gerechnet. Ein früherer erlaubter oder geduldeter Aufenthalt zählt mit (§ 61 Abs. 2 S. 2 AsylG); gab es ihn, kann die Arbeit früher beginnen – das prüft die Ausländerbehörde.',
  'open.helper_recognised':
    'Ohne Zustimmung der BA nur, wenn die Helfer- oder Assistenzausbildung staatlich anerkannt oder vergleichbar geregelt ist; sonst braucht es die Zustimmung.',
  'open.minijob_no_special_rule':
    'Für Minijobs gibt es keine Sonderregel: Sie brauchen dieselbe Erlaubnis wie jede Beschäftigung. Eine ausdrückliche Bestätigung dafür wurde nicht gefunden.',
  'open.minor_exception':
    'Die Person kam als unbegleitete Minderjährige. Das Verbot gilt nicht, wenn der Verzicht auf den Asylantrag oder seine Rücknahme dem Kindeswohl diente – das lässt sich nur im Einzelfall klären.',
  'open.only_specific_job':
    'Das Dokument erlaubt nur eine bestimmte Tätigkeit. Ist dort genau diese Stelle bei Ihnen eingetragen, ist die Beschäftigung schon erlaubt; für jede andere Stelle braucht es eine neue Erlaubnis.',
  'open.partial_carve_out_eu7':
    'Das Beschäftigungsverbot gilt hier nur dann nicht, wenn die Person am 06.05.2025 schon geduldet war oder am 11.06.2026 eine Arbeitserlaubnis hatte (§ 104 Abs. 18 Nr. 2 AufenthG); dann kann die Ausländerbehörde die Stelle erlauben. Nach Ihren Angaben ist keines von beiden belegt: Seit wann die Person geduldet ist oder ob sie am 11.06.2026 arbeiten durfte, ist nicht (genau) bekannt. Bis das belegt ist, gilt vorsichtshalber das Verbot. Das Datum der ersten Duldung und eine frühere Arbeitserlaubnis kann die Ausländerbehörde bestätigen.',
  'open.partial_carve_out_ge_md':
    'Das Beschäftigungsverbot gilt hier nur dann nicht, wenn die Person den Asylantrag bis zum 30.08.2023 gestellt hat oder an diesem Tag ohne Asylantrag geduldet war (§ 104 Abs. 18 Nr. 1 AufenthG); dann kann die Ausländerbehörde die Stelle erlauben. Das genaue Datum ist nicht bekannt – es kann nach dem 30.08.2023 liegen. Bis das belegt ist, gilt vorsichtshalber das Verbot. Das Datum steht auf dem Ankunftsnachweis, der Aufenthaltsgestattung, dem Bescheid des BAMF oder der Duldung.',
  'open.partial_date_cautious':
    'Für „{fact}“ ist nur {value} bekannt. Wir rechnen vorsichtig mit dem {date}. Mit dem genauen Datum kann die Antwort günstiger ausfallen.',
  'open.partial_date_decides':
    'Für „{fact}“ ist nur {value} bekannt. Hier entscheidet der genaue Monat oder Tag über das Ergebnis. Bitte sehen Sie auf dem Dokument oder Bescheid nach.',
  'open.partial_date_unknown':
    'Für „{fact}“ ist nur {value} bekannt, nicht der genaue Tag. Die Antwort geht deshalb vom vorsichtigen Fall aus. Mit dem genauen Datum kann sie anders ausfallen.',
  'open.orientation_internship':
    'Ohne Zustimmung der BA nur für ein Orientierungspraktikum von höchstens drei Monaten; ein längeres freiwilliges Praktikum braucht die Zustimmung und den Mindestlohn.',
  'open.permit_clause_restricts':
    'Nach Ihren Angaben erlaubt der Aufenthaltstitel diese Tätigkeit nicht ohne Weiteres. Erlaubt die Nebenbestimmung genau diese Stelle, ist nichts weiter nötig; sonst muss die Ausländerbehörde sie erlauben.',
  'open.plain_duldung_notice':
    'Bei einer einfachen Duldung gibt es keine gesetzliche Pflicht, das Ende der Beschäftigung der Ausländerbehörde zu melden. Manche Behörden bitten trotzdem darum; eine kurze Mitteilung schadet nicht.',
  'open.reception_passport':
    'Ist die Identität durch einen anerkannten und gültigen Pass oder Passersatz nachgewiesen, beträgt die Wartezeit in der Aufnahmeeinrichtung drei statt sechs Monate (§ 61 Abs. 1 AsylG). Bis das geklärt ist, rechnen wir mit sechs Monaten.',
  'open.reception_prior_permission':
    'Durfte die Person schon während des Asylverfahrens arbeiten, muss die Ausländerbehörde die Beschäftigung ohne diese Wartezeit erlauben.',
  'open.residence_fiction':
    'Wurde die Verlängerung vor Ablauf beantragt, gilt der Aufenthaltstitel bis zur Entscheidung fort (Fiktionsbescheinigung, § 81 Abs. 4 AufenthG); dann darf die Person im bisherigen Umfang weiterarbeiten. Lassen Sie sich die Bescheinigung zeigen.',
  'open.school_training_paid':
    'Die schulische Ausbildung wird vergütet: Mit Ausbildungsvertrag und Vergütung (z. B. in der Pflege) ist sie eine Beschäftigung zur Ausbildung. Dafür braucht es die Erlaubnis der Ausländerbehörde, aber keine Zustimmung der Bundesagentur für Arbeit (§ 32 Abs. 2 Nr. 2 BeschV).',
  'open.school_training_paid_ban':
    'Die schulische Ausbildung wird vergütet und ist damit eine Beschäftigung zur Ausbildung; das Beschäftigungsverbot erfasst sie. Nur der unbezahlte, rein schulische Teil wäre keine Erwerbstätigkeit.',
  'open.school_training_pay_unknown':
    'Eine rein schulische, unbezahlte Ausbildung (ohne Ausbildungsvertrag mit einem Betrieb) ist keine Erwerbstätigkeit; das Verbot, eine Erwerbstätigkeit zu erlauben, steht dem Schulbesuch daher nicht entgegen. Vergütete Ausbildung, betriebliche Praxisphasen, Pflichtpraktika und Nebenjobs sind dagegen Beschäftigung und vom Verbot erfasst. Wenn die Vergütung noch nicht feststeht, gilt vorsichtshalber das Verbot. Lassen Sie sich die Einordnung von der Ausländerbehörde bestätigen.',
  'open.school_training_under_ban':
    'Eine rein schulische, unbezahlte Ausbildung (ohne Ausbildungsvertrag mit einem Betrieb) ist keine Erwerbstätigkeit; das Verbot, eine Erwerbstätigkeit zu erlauben, steht dem Schulbesuch daher nicht entgegen. Vergütete Ausbildung, betriebliche Praxisphasen, Pflichtpraktika und Nebenjobs sind dagegen Beschäftigung und vom Verbot erfasst. Lassen Sie sich die Einordnung von der Ausländerbehörde bestätigen.',
  'open.self_employment_duldung':
    'Rechtlich kann die Ausländerbehörde einer Person mit Duldung eine selbstständige Tätigkeit ausdrücklich erlauben (§ 4a Abs. 4 AufenthG); das kommt praktisch nie vor. Als Auftraggeber dürfen Sie nach dem Wortlaut von § 4a Abs. 5 S. 1 AufenthG nur Personen mit Aufenthaltstitel beauftragen; eine Duldung ist keiner. Bieten Sie eine Anstellung an.',
  'open.unknown_carve_out_eu7':
    'War die Person am 06.05.2025 schon geduldet oder hatte sie am 11.06.2026 eine Arbeitserlaubnis, gilt für sie kein Beschäftigungsverbot (§ 104 Abs. 18 Nr. 2 AufenthG); sonst schon. Bis das geklärt ist, gehen wir vom Erlaubnisverfahren aus.',
  'open.unknown_carve_out_ge_md':
    'Hat die Person bis zum 30.08.2023 Asyl beantragt oder war sie an diesem Tag ohne Asylantrag geduldet, gilt für sie kein Beschäftigungsverbot (§ 104 Abs. 18 Nr. 1 AufenthG); sonst schon. Bis das geklärt ist, gehen wir vom Erlaubnisverfahren aus.',
  'open.unknown_four_years':
    'Lebt die Person seit mindestens vier Jahren ununterbrochen erlaubt, geduldet oder gestattet in Deutschland, ist keine Zustimmung der BA nötig. Bis das geklärt ist, gehen wir davon aus, dass sie nötig ist.',
  'open.unknown_hours_16g':
    'Bis 20 Wochenstunden ist ein Nebenjob mit § 16g erlaubt, darüber braucht es eine Erlaubnis. Bis die Stundenzahl feststeht, gehen wir von der Erlaubnispflicht aus.',
  'open.unknown_job_kind':
    'Was Sie anbieten, entscheidet mit: Eine selbstständige Tätigkeit ist nicht möglich, eine schulische Ausbildung braucht keine Erlaubnis, eine Beschäftigung schon. Bis das feststeht, gehen wir von einer Beschäftigung mit Erlaubnispflicht aus.',
  'open.unknown_permit_basis':
    'Welche Aufenthaltserlaubnis die Person hat (Paragraf auf dem Titel), entscheidet, ob sie ohne Weiteres arbeiten darf. Bis das geklärt ist, gehen wir davon aus, dass eine Erlaubnis nötig ist.',
  'open.unknown_reception_centre':
    'Muss die Person noch in einer Erstaufnahmeeinrichtung wohnen, gilt eine längere Wartezeit (in der Regel sechs Monate).',
  'open.unknown_removal':
    'Falls konkrete Maßnahmen zur Aufenthaltsbeendigung bevorstehen (z. B. gebuchter Flug, Reisefähigkeitsuntersuchung, Dublin-Verfahren), gilt die „Soll“-Regel für die Erlaubnis nicht: Die Ausländerbehörde entscheidet nach Ermessen und kann sie verweigern; eine Ausbildungsduldung oder § 16g für eine jetzt aufgenommene Ausbildung ist dann ausgeschlossen. Dann sofort eine Beratungsstelle einbeziehen.',
  'open.unknown_safe_country':
    'Stammt die Person aus einem sicheren Herkunftsstaat und wurde ihr Asylantrag nach dem 31.08.2015 abgelehnt oder zurückgenommen (oder hat sie keinen gestellt), darf die Beschäftigung nicht erlaubt werden (§ 60a Abs. 6 S. 1 Nr. 3 AufenthG). Bis das geklärt ist, gehen wir vom Erlaubnisverfahren aus.',
  'open.unknown_safe_country_gestattung':
    'Stammt die Person aus einem sicheren Herkunftsstaat (§ 29a AsylG) und hat sie ihren Asylantrag nach dem 31.08.2015 gestellt, darf sie während des Asylverfahrens nicht arbeiten (§ 61 Abs. 2 S. 4 AsylG). Bis das geklärt ist, gehen wir vom Erlaubnisverfahren aus.',
  'open.unknown_status':
    'Welches Dokument die Person hat (Duldung, Aufenthaltsgestattung oder Aufenthaltstitel), entscheidet über alles Weitere. Bis das geklärt ist, gehen wir davon aus, dass eine Erlaubnis der Ausländerbehörde nötig ist.',
  'open.unknown_work_clause':
    'Steht im Dokument „Erwerbstätigkeit nicht gestattet“, ist die Beschäftigung verboten; steht dort „Beschäftigung gestattet“, braucht es keine neue Erlaubnis. Bis das geklärt ist, gehen wir vom Erlaubnisverfahren aus.',
  'open.usual_pay':
    'Die BA prüft nicht nur den Mindestlohn, sondern auch, ob der Lohn dem Tarif- oder ortsüblichen Lohn vergleichbarer Beschäftigter entspricht.',
  'open.wage_amount_unverified':
    'Der Mindestlohn für 2025 ist nicht am Text der Verordnung geprüft. Lassen Sie den Betrag vor einer Nachzahlung von Ihrem Lohnbüro bestätigen.',
  'open.withdrawal_12b':
    'Wurde der Asylantrag nach einer unentgeltlichen Rechtsauskunft beim BAMF (§ 12b AsylG) zurückgenommen, gilt das Verbot nicht. Lassen Sie das prüfen.',
  // Escalation reasons
  'reason.agency_work_19d': 'Ob Leiharbeit mit einer Aufenthaltserlaubnis nach § 19d möglich ist, ist nicht geprüft.',
  'reason.ban_clause':
    'Im Dokument ist die Erwerbstätigkeit ausgeschlossen. Ob das zu Recht so ist, kann eine Beratungsstelle prüfen.',
  'reason.ban_despite_permission':
    'Nach den Angaben greift ein Beschäftigungsverbot, obwohl das Dokument die Beschäftigung erlaubt. Das sollte eine Beratungsstelle einordnen.',
  'reason.ban_safe_country':
    'Beschäftigungsverbot für Staatsangehörige sicherer Herkunftsstaaten. Ob eine Ausnahme greift, sollte eine Beratungsstelle prüfen.',
  'reason.eu_candidate': 'Ob die EU-Liste für diesen Beitrittskandidaten gilt, ist rechtlich offen.',
  'reason.gestattung_eu_list': 'Ob Asylbewerber aus Staaten der EU-Liste arbeiten dürfen, ist rechtlich offen.',
  'reason.gestattung_manifestly_unfounded':
    'Der Asylantrag wurde als offensichtlich unbegründet abgelehnt; in der Aufnahmeeinrichtung war Arbeit damals ausgeschlossen. Eine Beratungsstelle kann prüfen, ob das Gericht die aufschiebende Wirkung angeordnet hat.',
  'reason.minor_exception': 'Die Ausnahme für unbegleitete Minderjährige ist im Einzelfall zu prüfen.',
  'reason.outside_scope': 'Dieser Aufenthaltsstatus liegt außerhalb dessen, was Lotse einschätzen kann.',
  'reason.removal_pending':
    'Konkrete Maßnahmen zur Aufenthaltsbeendigung: Schalten Sie dringend eine Beratungsstelle ein.',
  'reason.route_check':
    'Es gibt eine echte Bleibeperspektive. Eine Beratungsstelle (z. B. Perspektive Bleiberecht) kann den Antrag vorbereiten.',
  'reason.route_check_104c':
    'Der § 104c-Titel muss rechtzeitig in § 25a oder § 25b überführt werden; das sollte eine Beratungsstelle begleiten.',
  'reason.school_training_under_ban':
    'Für die Person gilt ein Beschäftigungsverbot; ob die schulische Ausbildung ganz ohne betriebliche Anteile auskommt, sollte eine Beratungsstelle mit der Ausländerbehörde klären.',
  'reason.unclear_identity':
    'Duldung für Personen mit ungeklärter Identität: Wer die Mitwirkung nachholt, erhält die Duldung ohne diesen Zusatz. Eine Beratungsstelle kann dabei helfen.',
  'reason.unknown_fact': 'Eine entscheidende Angabe ist unbekannt ({facts}); davon hängt das Ergebnis ab.',
  'step.permission_after_rejection':
    'Mit der Aufenthaltsgestattung endet auch die Arbeitserlaubnis – nicht schon mit der Ablehnung selbst, sondern erst, wenn die Ablehnung unanfechtbar oder die Abschiebungsandrohung vollziehbar ist (§ 67 Abs. 1 AsylG). Lassen Sie sich den Bescheid zeigen und fragen Sie, ob die Person dagegen klagt. Sobald die Gestattung endet – oder hat die Person schon eine Duldung –, beantragt sie sofort bei der Ausländerbehörde die Duldung mit einer Erlaubnis für diese Stelle. Arbeiten darf sie nur, solange ein gültiges Dokument die Stelle erlaubt.',
  'step.stop_after_rejection':
    'Mit der Ablehnung gilt für die Person ein Beschäftigungsverbot. Beschäftigen Sie sie nicht weiter, sobald ihre Aufenthaltsgestattung endet, und holen Sie sofort Rat bei einer Beratungsstelle.',
  'step.training_after_rejection':
    'Die Ausbildung kann weitergehen: Wer sie als Asylbewerber begonnen hat, erhält nach der Ablehnung eine Ausbildungsduldung (§ 60c Abs. 1 S. 1 Nr. 1 AufenthG) oder eine Aufenthaltserlaubnis nach § 16g. Die Person beantragt das sofort bei der Ausländerbehörde.',
  'open.consent_continues':
    'Die Zustimmung der Bundesagentur für Arbeit zu dieser Stelle gilt im Rahmen ihrer Befristung auch für die Duldung weiter (§ 35 Abs. 2, 3 BeschV). War sie befristet und ist abgelaufen, wird sie neu eingeholt.',
  'open.eu_list_window':
    'Das Verbot für Staaten der EU-Liste gilt hier ab dem 12.06.2026. Im amtlichen Gesetzestext stand es aber erst ab Ende Juli 2026, die Übergangsregel für Ägypten, Bangladesch, Indien, Kolumbien, Marokko, Tunesien und die Türkei erst ab 03.08.2026. Für diesen Zeitraum ist offen, ob das Verbot schon galt.',
  'open.gestattung_claim_six_months':
    'Rechtslage bis 11.06.2026: Nach drei Monaten konnte die Ausländerbehörde die Beschäftigung erlauben. Lief das Asylverfahren sechs Monate nach dem Antrag noch ({date}), musste sie sie mit Zustimmung der BA erlauben (§ 61 Abs. 1 S. 2, Abs. 2 AsylG alte Fassung).',
  'open.rejection_appeal':
    'Die Ablehnung allein beendet die Aufenthaltsgestattung nicht: Sie erlischt erst, wenn die Ablehnung unanfechtbar oder die Abschiebungsandrohung vollziehbar ist; hat eine Klage aufschiebende Wirkung, gilt sie – und mit ihr die Erlaubnis für diese Stelle – weiter (§ 67 Abs. 1 AsylG). Ob eine Klage gegen diese Ablehnung aufschiebende Wirkung hat, steht nicht in unserer Wissensbasis (§ 75 AsylG). Lassen Sie sich die Klage und die weiter gültige Gestattung zeigen und die aufschiebende Wirkung von einer Beratungsstelle oder dem Anwalt der Person bestätigen.',
  'open.rejection_manifestly_unfounded':
    'Die Aufenthaltsgestattung erlischt, sobald die Ablehnung unanfechtbar oder die Abschiebungsandrohung vollziehbar ist (§ 67 Abs. 1 AsylG). Nach einer Ablehnung als „offensichtlich unbegründet“ hat eine Klage nur dann aufschiebende Wirkung, wenn das Verwaltungsgericht sie anordnet. Ohne diese Anordnung kann die Gestattung – und mit ihr die Erlaubnis für diese Stelle – schon bald enden. Arbeiten darf die Person nur, solange ein gültiges Dokument die Stelle erlaubt. Holen Sie sofort Rat bei einer Beratungsstelle.',
  'open.rejection_kind_unknown':
    'Die Ablehnung allein beendet die Aufenthaltsgestattung nicht: Sie erlischt erst, wenn die Ablehnung unanfechtbar oder die Abschiebungsandrohung vollziehbar ist; hat eine Klage aufschiebende Wirkung, gilt sie weiter (§ 67 Abs. 1 AsylG). Wie lange, hängt von der Art der Ablehnung ab (im Bescheid: „unbegründet“ oder „offensichtlich unbegründet“/„unzulässig“ – dann hat eine Klage nur aufschiebende Wirkung, wenn das Gericht sie anordnet). Solange das offen ist, gilt vorsichtshalber: Die Gestattung und die Erlaubnis für diese Stelle können bald enden.',
  'open.tolerated_before_entry':
    'Die Angaben passen nicht zusammen: Eine Duldung seit {tolerated} läge vor der Einreise ({entry}). Eine Duldung erlischt mit der Ausreise (§ 60a Abs. 5 S. 1 AufenthG) und beginnt also erst nach der Einreise. Dieses Datum wird deshalb nicht verwendet; bitte prüfen Sie auf dem Dokument, seit wann die Duldung besteht.',
  'open.tolerated_before_birth':
    'Die Angaben passen nicht zusammen: Eine Duldung seit {tolerated} läge vor der Geburt der Person (Alter {age}). Dieses Datum wird deshalb nicht verwendet; bitte prüfen Sie auf dem Dokument, seit wann die Duldung besteht.',
  'open.rejected_reception_centre':
    'Wer in der Aufnahmeeinrichtung wohnen muss und schon im Asylverfahren arbeiten durfte, hat nach der Ablehnung einen Anspruch auf die Erlaubnis, ohne neue Wartezeit (§ 61 Abs. 1 S. 9 AsylG).',
  'open.stay_gap':
    'Als erlaubten, geduldeten oder gestatteten Aufenthalt zählen wir die Zeit ab {start} (Asylantrag oder Duldung), nicht ab der Einreise ({entry}): Für die Zeit dazwischen ist kein Aufenthaltsstatus bekannt. Danach richten sich die Aufenthaltszeiten für §§ 25a und 25b AufenthG. Hatte die Person vorher schon ohne Unterbrechung eine Duldung, eine Aufenthaltsgestattung oder eine Aufenthaltserlaubnis (für § 25a auch einen anderen erlaubten Aufenthalt, etwa mit Visum), zählt diese Zeit mit. Fragen Sie die Person, was sie vor {start} hatte.',
  'open.stay_gap_consent':
    'Als erlaubten, geduldeten oder gestatteten Aufenthalt zählen wir die Zeit ab {start} (Asylantrag oder Duldung), nicht ab der Einreise ({entry}): Für die Zeit dazwischen ist kein Aufenthaltsstatus bekannt. Die vier Jahre, nach denen die BA nicht mehr zustimmen muss (§ 32 Abs. 2 Nr. 5 BeschV), sind dann erst ab dem {date} erreicht. Hatte die Person schon vorher ohne Unterbrechung einen erlaubten, geduldeten oder gestatteten Aufenthalt (etwa mit Visum, Aufenthaltstitel, in einem früheren Asylverfahren oder mit Duldung), zählt diese Zeit mit, und die Zustimmung der BA kann schon entfallen. Fragen Sie die Person, was sie vor {start} hatte; die Ausländerbehörde kann es bestätigen.',
  'open.trial_work':
    'Probearbeit ist Beschäftigung: Arbeitet die Person mit oder bekommt sie Geld, braucht sie vorher die Erlaubnis der Ausländerbehörde, auch für einen einzigen Tag. Das gilt auch für eine Maßnahme bei Ihnen über das Jobcenter oder die Arbeitsagentur (§ 45 SGB III).',
  'open.trial_work_unpaid':
    'Ob ein kurzes, unbezahltes Zuschauen ohne Pflicht zur Mitarbeit (Hospitation) ohne Erlaubnis geht, ist umstritten. Klären Sie das vorher mit der Ausländerbehörde oder einer Beratungsstelle.',
  'reason.eu_list_window':
    'Ob das Verbot für Staaten der EU-Liste zum Prüfdatum schon galt, ist offen. Eine Beratungsstelle sollte das prüfen.',
  'reason.trial_work_unpaid':
    'Ob eine unbezahlte Hospitation eine Erlaubnis braucht, ist umstritten. Eine Beratungsstelle kann das mit der Ausländerbehörde klären.',
  'cond.identity_clarified': 'Identität geklärt (in der Regel, § 5 Abs. 1 Nr. 1a AufenthG)',
  'cond.livelihood_general': 'Lebensunterhalt gesichert (in der Regel, § 5 Abs. 1 Nr. 1 AufenthG)',
  // Facts
  'fact.status': 'Aufenthaltsdokument (Duldung, Gestattung oder Titel)',
  'fact.permitBasis': 'Paragraf der Aufenthaltserlaubnis',
  'fact.documentValidUntil': 'Gültigkeit des Dokuments',
  'fact.workClause': 'Eintrag zur Erwerbstätigkeit im Dokument',
  'fact.nationality': 'Staatsangehörigkeit',
  'fact.asylumApplied': 'Asylantrag gestellt',
  'fact.asylumAppliedOn': 'Datum des Asylantrags',
  'fact.asylumOutcome': 'Ausgang des Asylverfahrens',
  'fact.entryDate': 'Einreisedatum',
  'fact.toleratedSince': 'geduldet seit',
  'fact.stayMonths': 'Monate ununterbrochener Aufenthalt',
  'fact.livesInReceptionCentre': 'Wohnpflicht in einer Erstaufnahmeeinrichtung',
  'fact.identityClarifiedOn': 'Identität geklärt am',
  'fact.identityStepsInTime': 'alle Schritte zur Identitätsklärung rechtzeitig unternommen',
  'fact.hadWorkPermitOn11June2026': 'Arbeitserlaubnis am 11.06.2026',
  'fact.removalMeasuresPending': 'konkrete Maßnahmen zur Aufenthaltsbeendigung',
  'fact.dublinProcedure': 'Dublin-Verfahren (Aufnahme- oder Wiederaufnahmegesuch an einen anderen EU-Staat)',
  'fact.protectionInOtherEuState': 'Schutz bereits in einem anderen EU-Staat',
  'fact.identityByPassport': 'Identität durch gültigen Pass oder Passersatz nachgewiesen',
  'fact.workClauseNamesThisJob': 'Eintrag nennt genau diese Tätigkeit bei Ihnen',
  'fact.job.kind': 'Art der Tätigkeit',
  'fact.job.hoursPerWeek': 'Wochenstunden',
  'fact.job.hourlyWage': 'Stundenlohn',
  'fact.job.matchesQualification': 'Stelle passt zur Qualifikation',
  'fact.job.followOnTrainingPromised': 'Zusage eines anschließenden Ausbildungsplatzes',
  'fact.job.relation': 'Verwandtschaft mit dem Arbeitgeber',
  'fact.job.trainingBody': 'zuständige Stelle der Ausbildung (Kammer oder Schule)',
  'fact.job.sharedHousehold': 'Arbeitgeber lebt mit der Person in einem Haushalt',
  'fact.priorEmploymentMonths': 'Monate bisheriger Beschäftigung',
  'fact.priorHoursPerWeek': 'Wochenstunden der bisherigen Beschäftigung',
  'fact.livelihoodSecured': 'Lebensunterhalt gesichert',
  'fact.germanLevel': 'Deutschkenntnisse',
  'fact.qualification': 'Qualifikation',
  'fact.qualifiedEmploymentMonths': 'Monate qualifizierter Beschäftigung',
  'fact.age': 'Alter',
  'fact.unaccompaniedMinor': 'als unbegleitete minderjährige Person eingereist',
  'fact.criminalConvictions': 'Verurteilungen',
  'fact.minorChildren': 'minderjährige Kinder im Haushalt',
  'fact.schoolYearsInGermany': 'Schuljahre in Deutschland',
  'fact.adequateHousing': 'ausreichender Wohnraum',
  'fact.event': 'Anlass',
  'fact.eventKnownOn': 'Tag, an dem Sie davon erfahren haben',
  // Plain-text rendering
  'verdict.allowed':
    'Ergebnis: Die Person darf diese Tätigkeit bei Ihnen schon jetzt ausüben, ohne neuen Antrag. Ihre Pflichten als Arbeitgeber gelten trotzdem.',
  'verdict.permission_required':
    'Ergebnis: Die Ausländerbehörde muss diese Stelle erst erlauben. Vorher darf die Arbeit nicht beginnen.',
  'verdict.prohibited':
    'Ergebnis: Es besteht ein Beschäftigungsverbot. Sie dürfen die Person derzeit nicht beschäftigen.',
  'verdict.not_possible': 'Ergebnis: Diese Art von Tätigkeit ist mit diesem Aufenthaltsstatus nicht möglich.',
  'verdict.needs_facts': 'Ergebnis: Noch offen – es fehlen entscheidende Angaben.',
  'event.employment_ends_early':
    'Die Beschäftigung endet (durch Kündigung, Aufhebung oder Vertragsende). Wichtig sind jetzt vor allem Ihre Pflichten unten, etwa eine Meldung an die Ausländerbehörde.',
  'event.training_ends_early':
    'Die Ausbildung endet vorzeitig. Wichtig sind jetzt vor allem Ihre Pflichten unten, vor allem die Meldung an die Ausländerbehörde.',
  'event.then_verdict': 'Für eine weitere oder neue Beschäftigung der Person gilt:',
  'ba_consent.required': 'nötig',
  'ba_consent.not_required': 'nicht nötig',
  'ba_consent.not_applicable': 'entfällt',
  'ba_consent.unclear': 'noch unklar',
  'route_status.likely': 'voraussichtlich',
  'route_status.possible': 'möglich',
  'route_status.excluded': 'ausgeschlossen',
  'render.title': 'Lotse – Einschätzung nach der Rechtslage vom {date}',
  'render.permission_required': 'Erlaubnis der Ausländerbehörde: nötig',
  'render.permission_not_required': 'Erlaubnis der Ausländerbehörde: nicht nötig',
  'render.ba_consent': 'Zustimmung der Bundesagentur für Arbeit: {value}',
  'render.earliest_start': 'Frühester Arbeitsbeginn: {date}',
  'render.missing_facts': 'Offene Fragen',
  'render.steps': 'Nächste Schritte',
  'render.documents': 'Unterlagen',
  'render.duties': 'Ihre Pflichten als Arbeitgeber',
  'render.deadline': 'Frist: {days} Tage',
  'render.risks': 'Risiken',
  'render.routes': 'Wege zu einem sicheren Aufenthalt',
  'render.escalation': 'Beratung empfohlen',
  'render.escalation_urgent': 'Beratung dringend empfohlen',
  'render.escalation_none': 'Nach diesen Angaben ist keine Beratung nötig.',
  'render.open_points': 'Offene Punkte',
  'render.sources': 'Quellen',
  'render.source_line': '{title} ({basis}), Stand {date}',
  'render.disclaimer':
    'Allgemeine Information, keine Rechtsberatung im Einzelfall. Die Entscheidung trifft die Ausländerbehörde.',
  // The case's dates (issue 20): what to do on the day, and a short label
  'case_date.waiting_period_ends':
    'Die Wartezeit endet: Ab {date} darf die Ausländerbehörde die Beschäftigung erlauben. Stellen Sie den Antrag jetzt, falls noch nicht geschehen; die Arbeit beginnt erst mit der Erlaubnis.',
  // A Gestattung since 12.06.2026: § 61 Abs. 1 S. 2 / Abs. 2 S. 1 AsylG "ist … zu erlauben" (review S3-8)
  'case_date.waiting_period_ends_entitled':
    'Die Wartezeit endet: Ab {date} ist die Beschäftigung zu erlauben, sobald die Bundesagentur für Arbeit zugestimmt hat. Die Ausländerbehörde muss sie dann erlauben, solange das Asylverfahren läuft (§ 61 AsylG; Ausnahmen etwa im beschleunigten Verfahren). Stellen Sie den Antrag jetzt, falls noch nicht geschehen; die Arbeit beginnt erst mit der Erlaubnis.',
  'case_date.waiting_period_ends_entitled_no_ba':
    'Die Wartezeit endet: Ab {date} ist die Beschäftigung zu erlauben; eine Zustimmung der Bundesagentur für Arbeit braucht es dafür nicht. Die Ausländerbehörde muss sie dann erlauben, solange das Asylverfahren läuft (§ 61 AsylG; Ausnahmen etwa im beschleunigten Verfahren). Stellen Sie den Antrag jetzt, falls noch nicht geschehen; die Arbeit beginnt erst mit der Erlaubnis.',
  // A Duldung with the duty to live in a reception centre: § 61 Abs. 1 S. 6 AsylG "soll"
  'case_date.waiting_period_ends_should':
    'Die Wartezeit endet: Ab {date} soll die Ausländerbehörde die Beschäftigung erlauben, wenn keine konkreten Schritte zur Abschiebung bevorstehen (§ 61 Abs. 1 AsylG). Stellen Sie den Antrag jetzt, falls noch nicht geschehen; die Arbeit beginnt erst mit der Erlaubnis.',
  'case_date.document_expires':
    'Das Dokument gilt bis {date}. Lassen Sie sich das verlängerte Dokument zeigen, prüfen Sie die Nebenbestimmung und legen Sie eine Kopie ab. Ohne gültiges Dokument darf die Person nicht weiterarbeiten.',
  'case_date.notice_deadline':
    'Spätestens bis {date} melden Sie der Ausländerbehörde schriftlich oder elektronisch, dass die Beschäftigung oder Ausbildung vorzeitig endet ({days} Tage ab Kenntnis; gerechnet ab dem Tag Ihrer Angabe – haben Sie früher davon erfahren, endet die Frist entsprechend früher).',
  'case_date.notice_deadline_known':
    'Bis {date} melden Sie der Ausländerbehörde schriftlich oder elektronisch, dass die Beschäftigung oder Ausbildung vorzeitig endet ({days} Tage ab Kenntnis am {from}).',
  'case_date.notice_overdue':
    'Die Frist für die Meldung an die Ausländerbehörde ({days} Tage ab Kenntnis am {from}) ist am {deadline} abgelaufen. Melden Sie jetzt schriftlich oder elektronisch, dass die Beschäftigung oder Ausbildung vorzeitig endet; zu den Folgen der späten Meldung berät eine Beratungsstelle.',
  'case_date.route_opens_children':
    'Ab {date} sind die zeitlichen Voraussetzungen für {route} erfüllt, wenn ein minderjähriges lediges Kind mit im Haushalt lebt; sonst ab {date6}. Lassen Sie dann die übrigen Voraussetzungen prüfen, etwa von einer Beratungsstelle.',
  'case_date.route_opens':
    'Ab {date} sind die zeitlichen Voraussetzungen für {route} erfüllt. Lassen Sie dann die übrigen Voraussetzungen prüfen, etwa von einer Beratungsstelle.',
  'case_date_label.waiting_period_ends': 'Wartezeit endet: Antrag stellen',
  'case_date_label.document_expires': 'Dokument läuft ab: neues prüfen',
  'case_date_label.notice_deadline': 'Frist für die Meldung an die Ausländerbehörde',
  'case_date_label.notice_overdue': 'Meldung an die Ausländerbehörde überfällig: jetzt melden',
  'case_date_label.route_opens': 'Zeit erreicht: {route}',
};
