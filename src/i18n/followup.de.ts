/**
 * Answers to follow-up questions after a verdict (German, source of truth). Each answer says what
 * the case's assessment says, in a few sentences; `{name}` are parameters, dates arrive formatted.
 */
export const followUpDe = {
  'start.prohibited':
    'Gar nicht, solange das Beschäftigungsverbot gilt: Eine Erlaubnis kann nicht erteilt werden – auch nicht für Probearbeit oder einen Minijob. Ob eine Ausnahme greift, prüft eine Beratungsstelle.',
  'start.not_possible':
    'Als Selbstständige gar nicht. Eine Anstellung wäre möglich, bräuchte aber zuerst die Erlaubnis der Ausländerbehörde.',
  'start.waiting':
    'Frühestens am {date}: Bis dahin läuft die Wartezeit. Außerdem muss die Erlaubnis der Ausländerbehörde schriftlich vorliegen; den Antrag kann die Person schon vorher stellen.',
  'start.after_permission':
    'Sobald die Erlaubnis der Ausländerbehörde schriftlich vorliegt – eine Wartezeit läuft nicht mehr. {duration}',
  'start.allowed':
    'Sofort: Das Dokument erlaubt die Arbeit schon jetzt, ein Antrag ist nicht nötig. {validity}Legen Sie vor Beginn eine Kopie des Dokuments zur Personalakte.',
  'start.allowed_validity': 'Es gilt bis {date}. ',
  'start.needs_facts': 'Das lässt sich erst sagen, wenn diese Angaben geklärt sind: {facts}.',
  'duration.ba': 'Meist dauert das drei bis vier Wochen ab vollständigem Antrag.',
  'duration.abh': 'Die Ausländerbehörde entscheidet allein; rechnen Sie mit einigen Wochen.',
  'abh.prohibited':
    'Nein: Solange das Beschäftigungsverbot gilt, kann die Ausländerbehörde keine Erlaubnis erteilen – ein Antrag hätte keinen Erfolg. Ob eine Ausnahme greift, prüft eine Beratungsstelle.',
  'abh.allowed':
    'Nein: Nach Ihren Angaben darf die Person diese Tätigkeit schon jetzt ausüben; ein Antrag ist nicht nötig.',
  'processing.prohibited':
    'Ein Antrag hätte keinen Erfolg: Solange das Beschäftigungsverbot gilt, kann die Ausländerbehörde keine Erlaubnis erteilen. Ob eine Ausnahme greift, prüft eine Beratungsstelle.',
  'processing.allowed': 'Es ist gar kein Antrag nötig: Die Person darf diese Tätigkeit schon jetzt ausüben.',
  'processing.not_possible':
    'Für eine selbstständige Tätigkeit gibt es mit diesem Status keine Erlaubnis. Für eine Anstellung gilt: meist einige Wochen.',
  'processing.ba':
    'Meist drei bis vier Wochen ab vollständigem Antrag. Die Bundesagentur für Arbeit hat zwei Wochen; meldet sie sich nicht, gilt ihre Zustimmung als erteilt (§ 36 Abs. 2 BeschV). Danach entscheidet die Ausländerbehörde.',
  'processing.abh':
    'Die Ausländerbehörde entscheidet hier allein, ohne die Bundesagentur für Arbeit; die Dauer hängt nur von ihr ab – rechnen Sie mit einigen Wochen. Vollständige Unterlagen beschleunigen das.',
  'processing.waiting': 'Arbeiten darf die Person ohnehin frühestens am {date}.',
  'ba.required':
    'Ja, die Bundesagentur für Arbeit muss zustimmen. Die Ausländerbehörde fragt sie intern; meldet sich die BA nicht binnen zwei Wochen, gilt die Zustimmung als erteilt.',
  'ba.not_required': 'Nein, eine Zustimmung der Bundesagentur für Arbeit ist nicht nötig. {why}',
  'ba.allowed':
    'Nein: Das Dokument erlaubt die Arbeit bereits, ein Antrag – und damit eine Zustimmung der BA – ist nicht nötig.',
  'ba.prohibited':
    'Die Frage stellt sich nicht: Solange das Beschäftigungsverbot gilt, wird keine Erlaubnis erteilt, und die BA wird nicht gefragt.',
  'ba.not_possible':
    'Für eine selbstständige Tätigkeit gibt es mit diesem Status keine Erlaubnis; die BA wird nicht gefragt.',
  'ba.unclear': 'Das ist noch offen: {why}',
  'documents.list': 'Für diesen Fall brauchen Sie: {items}.',
  'documents.prohibited':
    'Beschäftigen dürfen Sie die Person nicht. Für die Prüfung durch eine Beratungsstelle hilft: {items}.',
  'documents.none': 'Für diesen Fall sind keine besonderen Unterlagen genannt.',
  'duties.list': 'Ihre Pflichten als Arbeitgeber: {items}.',
  'duties.when_known': 'Bis {date}: {days} Tage ab dem {known}, an dem Sie davon erfahren haben.',
  'duties.when':
    'Innerhalb von {days} Tagen ab dem Tag, an dem Sie davon erfahren haben – haben Sie es heute erfahren, bis {date}.',
  'duties.notice_yes': 'Ja, der Ausländerbehörde.',
  'duties.notice_whom': 'Der Ausländerbehörde.',
  'duties.deadline': '{text} (Frist: {days} Tage).',
  'duties.no_notice':
    'Für eine einfache Duldung sieht das Gesetz nach unserem Stand keine gesetzliche Meldepflicht vor, wenn die Beschäftigung endet; manche Ausländerbehörden bitten trotzdem darum.',
  'duties.expiry':
    'Das Dokument gilt bis {date}: Vorher muss die Person die Verlängerung beantragen; ohne gültiges Dokument darf sie nicht weiterarbeiten.',
  'duties.prohibited': 'Da Sie die Person nicht beschäftigen dürfen, entstehen keine Arbeitgeberpflichten.',
  'routes.intro': 'Nach Ihren Angaben kommen diese Wege in Frage: {routes}.',
  'routes.route': '{route} ({status})',
  'routes.detail': '{route}: {detail}',
  'routes.none': 'Nach Ihren Angaben kommt derzeit keiner der Aufenthaltswege in Frage.',
  'routes.blocked':
    'Versperrt, solange das Verbot gilt, weil sie Arbeit oder Ausbildung voraussetzen: {routes} – außer ihre Voraussetzungen sind schon erfüllt.',
  'routes.excluded': 'Nicht in Frage kommen: {routes}.',
  'routes.ban': 'Zuerst sollte eine Beratungsstelle prüfen, ob das Verbot zu Recht besteht oder eine Ausnahme greift.',
  'trial.prohibited':
    'Nein: Das Beschäftigungsverbot erfasst auch Probearbeit und Probetage, bezahlt oder unbezahlt. Ob ein bloßes Zuschauen ohne Mitarbeit (Hospitation) Beschäftigung ist, ist umstritten – lassen Sie das vorher von der Ausländerbehörde bestätigen.',
  'trial.permission':
    'Nur mit Erlaubnis: Probearbeit, bei der die Person mitarbeitet – bezahlt oder unbezahlt –, ist Beschäftigung und braucht dieselbe Erlaubnis der Ausländerbehörde{from}. Ob eine kurze Hospitation ohne Mitarbeit erlaubt ist, ist umstritten; fragen Sie vorher die Ausländerbehörde.',
  'trial.from': ', also frühestens ab {date}',
  'trial.allowed': 'Ja: Das Dokument erlaubt die Beschäftigung schon jetzt, also auch eine Probearbeit bei Ihnen.',
  'trial.not_possible':
    'Als Selbstständige nicht. Eine Probearbeit als Angestellte wäre Beschäftigung und bräuchte zuerst die Erlaubnis der Ausländerbehörde.',
  'variant.prohibited':
    'Nein, auch {kind} nicht: Das Beschäftigungsverbot erfasst jede Beschäftigung – Minijob, Aushilfe, Praktikum, Ausbildung und Probearbeit.',
  'variant.same': '{kind}: gleiches Ergebnis ({label}). {why}',
  'variant.other': '{kind} sähe es anders aus – {headline}',
  'variant.minijob': 'Ein Minijob (bis {ceiling} € im Monat) ist eine Beschäftigung wie jede andere.',
  'wage.yes': 'Ja, der Mindestlohn gilt auch für diese Stelle.',
  'wage.yes_minijob': 'Ja, der Mindestlohn gilt auch im Minijob.',
  'wage.minijob_next': 'Ab {from}: {ceiling} €.',
  'pending.depends':
    'Das hängt noch von Ihren Angaben ab. Sobald sie vollständig sind, beantworte ich das aus Ihrem Fall.',
  'pending.trial_work':
    'Probearbeit ist Beschäftigung: Sie braucht vorher dieselbe Erlaubnis wie die Stelle selbst. Ob und ab wann das möglich ist, sage ich, sobald Ihre Angaben vollständig sind.',
  'wage.current': 'Der gesetzliche Mindestlohn beträgt {hourly} € brutto je Stunde (seit {from}).',
  'wage.next': 'Ab {from}: {hourly} €.',
  'wage.minijob': 'Im Minijob darf die Person bis {ceiling} € im Monat verdienen (Minijob-Grenze).',
  'wage.below': 'Der angegebene Stundenlohn von {wage} € liegt darunter; so stimmt die BA nicht zu.',
  'wage.trainee':
    'Für Auszubildende gilt nicht der Mindestlohn, sondern die Mindestausbildungsvergütung (§ 17 BBiG); sie hängt vom Ausbildungsjahr ab.',
  'wage.orientation':
    'Nein: Ein Orientierungspraktikum von bis zu drei Monaten ist vom Mindestlohn ausgenommen (§ 22 Abs. 1 S. 2 Nr. 2 MiLoG). Dauert es länger als drei Monate, gilt der Mindestlohn von {hourly} €.',
  'wage.mandatory':
    'Nein: Ein Pflichtpraktikum nach einer Schul-, Ausbildungs- oder Hochschulordnung ist vom Mindestlohn ausgenommen (§ 22 Abs. 1 S. 2 Nr. 1 MiLoG).',
  'wage.entry_qualification':
    'Nein: Eine Einstiegsqualifizierung ist vom Mindestlohn ausgenommen (§ 22 Abs. 1 S. 2 Nr. 4 MiLoG).',
  'wage.minor':
    'Unter 18-Jährige ohne abgeschlossene Berufsausbildung sind vom Mindestlohn ausgenommen (§ 22 Abs. 2 MiLoG).',
  'wage.prohibited': 'Beschäftigen dürfen Sie die Person derzeit aber nicht.',
  'next.figures': 'Ab {from}: Mindestlohn {hourly} € brutto je Stunde, Minijob-Grenze {ceiling} € im Monat.',
  'next.unknown': 'Zahlen für {year} kenne ich noch nicht.',
  'route.likely': 'voraussichtlich möglich',
  'route.possible': 'möglich',
  'kind.employment': 'als Anstellung',
  'kind.minijob': 'als Minijob oder Aushilfe',
  'kind.vocational_training': 'als betriebliche Ausbildung',
  'kind.helper_training': 'als Helferausbildung',
  'kind.school_training': 'als schulische Ausbildung',
  'kind.internship_mandatory': 'als Pflichtpraktikum',
  'kind.internship_orientation': 'als Praktikum',
  'kind.entry_qualification': 'als Einstiegsqualifizierung',
  'kind.agency_work': 'in Zeitarbeit',
  'kind.self_employment': 'als Selbstständige oder freie Mitarbeit',
  'kind.family_business': 'im Familienbetrieb',
  'kind.trial_work': 'als Probearbeit',
  'kind.hours': 'mit {hours} Wochenstunden',
  'details.none': 'Zu diesem Gespräch gibt es noch keine Einschätzung mit Details.',
  'sources.intro': 'Die Einschätzung stützt sich auf diese Quellen:',
  'after_end.status.60c':
    'Die Ausbildungsduldung erlischt, wenn die Ausbildung vorzeitig endet oder abgebrochen wird (§ 60c Abs. 4 AufenthG). Die Person erhält dann einmalig eine Duldung für sechs Monate, um einen neuen Ausbildungsplatz zu suchen (§ 60c Abs. 6).',
  'after_end.status.16g':
    'Die Aufenthaltserlaubnis nach § 16g wird einmalig um sechs Monate verlängert, damit die Person einen neuen Ausbildungsplatz suchen kann (§ 16g Abs. 5 AufenthG).',
  'after_end.status.duldung':
    'Die Duldung selbst hängt nicht an dieser Stelle: Das Ende der Beschäftigung ändert sie nicht. Die Erlaubnis galt aber nur für Ihre Stelle.',
  'after_end.status.gestattung':
    'Die Aufenthaltsgestattung hängt am Asylverfahren, nicht an dieser Stelle: Das Ende der Beschäftigung ändert sie nicht. Die Erlaubnis galt aber nur für Ihre Stelle.',
  'after_end.status.depends':
    'Was das Ende für den Aufenthalt der Person bedeutet, hängt von der Grundlage ihres Dokuments ab; das prüft eine Beratungsstelle.',
  'after_end.work.permission_required':
    'Weiterarbeiten bei Ihnen – auch als Helfer oder in einer anderen Stelle – ist eine neue Beschäftigung: Die Ausländerbehörde muss sie vorher erlauben.',
  'after_end.work.prohibited':
    'Eine weitere oder neue Beschäftigung bei Ihnen – auch als Helfer, Aushilfe oder im Minijob – ist verboten, solange das Verbot gilt.',
  'after_end.work.allowed':
    'Nach Ihren Angaben erlaubt das Dokument weitere Arbeit, solange es gilt und die Ausländerbehörde es nicht widerruft. Eine andere Stelle bei Ihnen (auch als Helfer) muss der Eintrag im Dokument abdecken – prüfen Sie ihn vorher.',
  'after_end.work.depends':
    'Ob die Person bei Ihnen weiterarbeiten darf, hängt noch von den offenen Angaben Ihrer Einschätzung ab.',
  'after_end.until_end.60d':
    'Ja: Bis das Arbeitsverhältnis endet, arbeitet die Person in derselben erlaubten Stelle weiter – dafür braucht es keine neue Erlaubnis. Die Beschäftigungsduldung wird erst widerrufen, wenn ihre Voraussetzungen entfallen, also mit dem Ende der Beschäftigung (§ 60d Abs. 3 AufenthG).',
  'after_end.until_end.60c':
    'Ja: Bis die Ausbildung endet, macht die Person sie bei Ihnen weiter – dafür braucht es keine neue Erlaubnis. Die Ausbildungsduldung erlischt erst mit dem vorzeitigen Ende (§ 60c Abs. 4 AufenthG).',
  'after_end.until_end.16g':
    'Ja: Bis die Ausbildung endet, macht die Person sie bei Ihnen weiter – dafür braucht es keine neue Erlaubnis. Erst danach wird die Aufenthaltserlaubnis nach § 16g einmalig um sechs Monate zur Suche verlängert (§ 16g Abs. 5 AufenthG).',
  'after_end.until_end.other':
    'Ja: Bis das Arbeitsverhältnis endet, arbeitet die Person in derselben erlaubten Stelle weiter – dafür braucht es keine neue Erlaubnis. Erst eine weitere oder andere Stelle danach braucht eine neue.',
  'after_end.until_end.notice': 'Das Ende melden Sie der Ausländerbehörde mit dem Datum der Beendigung: {when}',
  'after_end.training_elsewhere.60c':
    'Ja: Mit einem neuen Ausbildungsvertrag bei einem anderen Betrieb kann die Person die Ausbildung fortsetzen – dafür braucht sie eine neue Ausbildungsduldung und die Erlaubnis der Ausländerbehörde. Zur Suche erhält sie nach dem Ende einmalig eine Duldung für sechs Monate (§ 60c Abs. 6 AufenthG).',
  'after_end.training_elsewhere.16g':
    'Ja: Mit einem neuen Ausbildungsvertrag bei einem anderen Betrieb kann die Person die Ausbildung fortsetzen – die Ausländerbehörde muss die neue Ausbildung erlauben. Zur Suche wird die Aufenthaltserlaubnis einmalig um sechs Monate verlängert (§ 16g Abs. 5 AufenthG).',
  'old_permit.no':
    'Nein: Eine Erlaubnis gilt nur für den Arbeitgeber und die Tätigkeit, für die sie erteilt wurde (§ 4a Abs. 4 AufenthG). Für Ihre Stelle braucht die Person eine neue Erlaubnis der Ausländerbehörde.',
  'old_permit.prohibited':
    'Nein: Eine Erlaubnis gilt nur für den Arbeitgeber und die Tätigkeit, für die sie erteilt wurde (§ 4a Abs. 4 AufenthG); für Ihre Stelle darf keine neue erteilt werden, solange das Verbot gilt.',
  'old_permit.allowed':
    'Eine Erlaubnis gilt nur für den Arbeitgeber und die Tätigkeit, für die sie erteilt wurde (§ 4a Abs. 4 AufenthG). Nach Ihren Angaben erlaubt das Dokument die Beschäftigung aber schon allgemein; die alte Erlaubnis braucht es dafür nicht.',
  'training_when.rule':
    'Die Ausbildungsduldung beantragt die Person bei der Ausländerbehörde ihres Wohnorts – frühestens sieben Monate vor Ausbildungsbeginn; erteilt wird sie frühestens sechs Monate vorher (§ 60c Abs. 3 S. 1, 2 AufenthG).',
  'training_when.dates': 'Bei Beginn am {start}: Antrag ab {from}, Erteilung frühestens ab {granted}.',
  'training_when.dates_now': 'Bei Beginn am {start} ist der Antrag schon jetzt möglich.',
  'training_when.granted_from': 'Erteilt wird sie frühestens ab {granted}.',
  'training_when.no_start':
    'Den Ausbildungsbeginn kenne ich nicht – beginnt sie etwa am 1. August, ist der Antrag ab dem 1. Januar möglich.',
  'training_when.contract':
    'Bis zum Antrag muss der Ausbildungsvertrag geschlossen und seine Eintragung bei der Kammer beantragt sein (§ 60c Abs. 3 S. 3).',
  'training_when.contract_school':
    'Bis zum Antrag muss der Ausbildungsvertrag mit der Schule geschlossen oder von ihr genehmigt sein (§ 60c Abs. 3 S. 3).',
  'training_when.on_application':
    'Es zählt die Lage bei Antragstellung: Die Person muss dann seit mindestens drei Monaten geduldet sein, und es dürfen keine konkreten Abschiebungsmaßnahmen bevorstehen (§ 60c Abs. 2 Nr. 2, 5).',
  'training_when.excluded':
    'Nach Ihren Angaben kommt die Ausbildungsduldung für die Person derzeit aber nicht in Frage.',
  'pay.rate': '{pay} € für {hours} Stunden im Monat sind {hourly} € pro Stunde.',
  'pay.enough': 'Das reicht für den Mindestlohn von {min} € (seit {from}).',
  'pay.below': 'Das liegt unter dem Mindestlohn von {min} € (seit {from}): nötig sind mindestens {needed} € im Monat.',
  'pay.below_hourly': 'Das liegt unter dem Mindestlohn von {min} € (seit {from}).',
  'pay.next_enough': 'Ab {from} gelten {min} € – auch das reicht.',
  'pay.next_below':
    'Ab {from} gelten {min} €: Beginnt die Stelle erst dann (etwa nach der Erlaubnis), sind mindestens {needed} € im Monat nötig.',
  'pay.next_below_hourly': 'Ab {from} gelten {min} €: Beginnt die Stelle erst dann, reicht das nicht.',
  'pay.hours_unknown':
    'Ob {pay} € im Monat reichen, hängt von den Arbeitsstunden ab – die kenne ich nicht; entschieden ist das also noch nicht.',
  'pay.max_hours':
    'Beim Mindestlohn von {min} € (seit {from}) decken {pay} € höchstens {hours} Stunden im Monat (etwa {weekly} Stunden pro Woche); mehr Stunden brauchen mehr Lohn.',
  'pay.next_max_hours': 'Ab {from} gelten {min} €: dann höchstens {hours} Stunden im Monat.',
  'pay.under_ceiling': 'Mit {pay} € im Monat bleibt die Stelle unter der Minijob-Grenze von {ceiling} €.',
  'pay.over_ceiling': 'Mit {pay} € im Monat liegt die Stelle über der Minijob-Grenze von {ceiling} €.',
  'cost.permission':
    'Die Erlaubnis der Ausländerbehörde ist nach Angaben von Ausländerbehörden (z. B. Bielefeld) gebührenfrei.',
  'cost.adviser':
    'Ob die Beratung etwas kostet, steht nicht in meiner Wissensbasis – fragen Sie die Beraterin oder den Berater danach, bevor Sie etwas vereinbaren.',
  'wage.trainee_nursing':
    'Für Auszubildende gilt nicht der Mindestlohn, sondern eine Ausbildungsvergütung. Die Pflegeausbildung ist im Pflegeberufegesetz (PflBG) geregelt, nicht im Berufsbildungsgesetz; die Höhe der Vergütung steht nicht in meiner Wissensbasis.',
  'wage.trainee_helper':
    'Für Auszubildende gilt nicht der Mindestlohn (§ 22 Abs. 3 MiLoG). Ist die Helferausbildung nach dem Berufsbildungsgesetz geregelt, gilt die Mindestausbildungsvergütung (§ 17 BBiG); was eine Helferausbildung nach Landesrecht (etwa in der Pflegehilfe) zahlen muss, steht nicht in meiner Wissensbasis – fragen Sie die Schule.',
  'steps.intro': 'Was Sie jetzt tun:',
  'route_q.excluded': 'Nein: {route} kommt nicht in Frage – {reason}.',
  'route_q.blocked': 'Derzeit nicht, solange das Beschäftigungsverbot gilt: {route} – {conditions}.',
  'route_q.possible': 'Möglich, aber noch nicht gesichert: {route} – offen oder noch nicht erfüllt: {conditions}.',
  'route_q.likely': 'Ja: {route} kommt nach Ihren Angaben in Frage – {detail}.',
  'route_q.note': 'Möglich: {route} – {detail}.',
  'route_q.source': '({basis}; Stand {date})',
  'item.intro': 'Dazu steht in Ihrer Einschätzung:',
  // A question about the deportation itself (review S5-7), from event.deportation-or-detention and ban.removal-measures.
  'removal.job_no': 'Nein – eine Stelle allein hält eine Abschiebung nicht auf.',
  'removal.what':
    'Aufhalten können Sie die Abschiebung als Arbeitgeber nicht. Die Person sollte heute noch eine Beratungsstelle oder Anwältin einschalten; die prüft die möglichen Wege: ein Bleiberecht, einen Eilantrag beim Verwaltungsgericht, die Härtefallkommission (§ 23a AufenthG) oder eine Petition an den Landtag (Art. 17 GG). Sie helfen mit einer schriftlichen Bestätigung über Arbeitsvertrag, Dauer, Zuverlässigkeit und Bedeutung der Stelle.',
  'removal.pending':
    'Solange konkrete Schritte zur Abschiebung laufen, erteilt die Ausländerbehörde eine neue Erlaubnis nur nach Ermessen; eine schon erteilte gilt, solange die Duldung gilt (§ 60a Abs. 5b AufenthG).',
  'removal.routes': 'Nach Ihren Angaben noch offen: {routes} – ob einer davon hilft, prüft die Beratung.',
  'removal.hardship': 'Härtefallkommission',
  'removal.individual':
    'Ob das in Ihrem Fall Erfolg hat, ist individuelle Rechtsberatung, die ich nicht geben kann; eine Beraterin oder ein Berater kann den Fall übernehmen.',
  'knowledge.intro': 'Dazu steht in meiner Wissensbasis:',
} as const;

export type FollowUpTextKey = keyof typeof followUpDe;
export type FollowUpTexts = Readonly<Record<FollowUpTextKey, string>>;
