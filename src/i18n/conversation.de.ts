/** German conversation texts (source of truth). English in conversation.en.ts must have every key. */
export const conversationDe = {
  welcome:
    'Guten Tag, hier ist Lotse – ein automatischer Assistent. Ich gebe allgemeine Informationen zur Beschäftigung von Menschen mit Duldung, keine individuelle Rechtsberatung (Rechtsdienstleistungsgesetz). Bitte nennen Sie keine Namen. Beschreiben Sie den Fall in einem Satz oder beantworten Sie meine Fragen.',
  notUnderstood: 'Das habe ich nicht verstanden. Sie können eine der Antworten wählen oder es anders formulieren.',
  notUnderstoodOffer: 'Ich verstehe Sie leider nicht. Möchten Sie mit einer Beraterin oder einem Berater sprechen?',
  notedUnknown: 'Notiert: {facts} – nicht bekannt.',
  noNames:
    'Bitte nennen Sie keine Namen oder Geburtsdaten – ich brauche sie nicht; im Gesprächsverlauf habe ich sie unkenntlich gemacht. Das Alter genügt.',
  noted: 'Danke, notiert.',
  answerIntro: 'Hier ist meine Einschätzung nach dem Stand des Rechts vom {date}:',
  escalationOffer:
    'Dieser Fall sollte von einer Beratungsstelle geprüft werden. Darf ich ihn an eine Beraterin oder einen Berater übergeben?',
  handoffConsent:
    'Vor der Übergabe: Die Beratung sieht die Angaben zum Fall (ohne Namen), meine Einschätzung und diesen Gesprächsverlauf. Einverstanden?',
  handoffStarted:
    'Ihr Anliegen ist an die Beratung übergeben. Lotse antwortet jetzt nicht mehr; eine Beraterin oder ein Berater meldet sich hier im Gespräch.',
  handoffDeclined: 'In Ordnung, ich übergebe nicht. Sie können weiter Fragen stellen.',
  handoffLater:
    'In Ordnung – ich übergebe jetzt nicht. Wenn Sie es sich anders überlegen, schreiben Sie es mir oder wählen Sie „Mit einem Menschen sprechen“.',
  handoffAbout:
    'Zur Übergabe: Eine Beraterin oder ein Berater einer Beratungsstelle sieht sich Ihren Fall an und antwortet Ihnen hier im Gespräch. Die Beratung prüft, was ich nicht sicher beurteilen kann – etwa, ob eine Ausnahme greift oder ein anderer Weg zur Arbeit offensteht. Sie sieht die Angaben zum Fall (ohne Namen), meine Einschätzung und diesen Gesprächsverlauf. Die Übergabe ist freiwillig; Sie können mir auch ohne sie weiter Fragen stellen.',
  handoffUnsure: 'Sie müssen das nicht jetzt entscheiden.',
  handedBack: 'Die Beratung hat das Gespräch an Lotse zurückgegeben. Sie können weitere Fragen stellen.',
  followUpIntro: 'Dazu steht in meiner Wissensbasis:',
  followUpUnknown:
    'Das kann ich aus meiner Wissensbasis nicht sicher beantworten, und ich möchte nichts erfinden. Möchten Sie mit einer Beraterin oder einem Berater sprechen?',
  followUpUnknownPlain:
    'Das kann ich aus meiner Wissensbasis nicht sicher beantworten, und ich möchte nichts erfinden.',
  followUpLeft: 'Zu „{question}“ kann ich aus meiner Wissensbasis nichts Sicheres sagen.',
  provisionalStart: 'Vorläufig, nach Ihren bisherigen Angaben: {answer}',
  provisionalOpen: 'Noch offen: {facts} – Ihre Antworten können das ändern.',
  followUpAck:
    'Gern. Sie können weitere Fragen stellen oder über „Mit einem Menschen sprechen“ an die Beratung übergeben.',
  okAck: 'Gut. Sie können weitere Fragen stellen oder über „Mit einem Menschen sprechen“ an die Beratung übergeben.',
  remarkNoted:
    'Danke für den Hinweis. Daraus entnehme ich keine der Angaben, nach denen ich den Fall beurteile – die Einschätzung bleibt, wie sie ist. Fragen Sie gern weiter.',
  remarkLead: 'Danke für den Hinweis – an der Einschätzung ändert das nichts.',
  restarted: 'Wir beginnen von vorn. Die bisherigen Angaben sind gelöscht.',
  confirmChange: 'Soll ich das ändern: {changes}? Das ändert die Einschätzung.',
  confirmChangeParts:
    'Soll ich das ändern? Das ändert die Einschätzung.\n{parts}\nSie können alles übernehmen, nur einen Teil (z. B. „nur 1“) oder nichts.',
  optionYesAll: 'Ja, alles',
  optionOnlyPart: 'Nur: {part}',
  changeKept: 'In Ordnung, die Angaben bleiben, wie sie waren.',
  otherApplicant:
    'Geht es jetzt um eine andere Person? Ich prüfe immer einen Fall: Mit ihren Angaben ({facts}) beginne ich dann neu, die Angaben zum bisherigen Fall verwerfe ich dabei.',
  optionNewCase: 'Ja, neuer Fall',
  optionSameCase: 'Nein, beim bisherigen Fall bleiben',
  unchangedVerdict: '{understood} – an der Einschätzung ändert das nichts.',
  verdictUnchangedCard: 'Unverändert: Die geänderte Angabe ändert an der Einschätzung nichts.',
  alreadyKnown: 'Das habe ich schon so notiert: {facts}.',
  alreadyKnownVerdict: 'Das habe ich schon so notiert: {facts} – an der Einschätzung ändert das nichts.',
  quoteNotUnderstood: 'Sie schrieben „{quote}“ – das konnte ich nicht sicher zuordnen.',
  closed: 'Dieses Gespräch ist beendet.',
  stand: 'Stand',
  optionYes: 'Ja',
  optionNo: 'Nein',
  optionUnknown: 'Weiß nicht',
  optionHandoff: 'Mit einem Menschen sprechen',
  optionRestart: 'Neu beginnen',
  optionOtherCountry: 'Anderes Land (bitte eintippen)',
} as const;

export type ConversationMessageKey = keyof typeof conversationDe;
