import type { FactKey } from '../domain/facts.js';
import type { Rule } from './rules.js';

const ASYLUM = /asyl|asylum|\bbamf\b|ankunftsnachweis|anhoerung|asylum interview/;
/** "Abgelehnt wurde sein Antrag": a bare application is the asylum application unless another one is named. */
const ASYLUM_OR_APPLICATION =
  /asyl|asylum|\bbamf\b|^(?!.*(?:erlaubnis|genehmigung|permit|permission|visum|visa|einbuergerung|\bpass\b|passport|ausbildungsduldung|beschaeftigungsduldung)).*\b(?:antrag|application|claim)\b/;
/** "Vorher war er im Asylverfahren": a procedure of the past is no pending one. */
const OVER =
  /\b(?:vorher|davor|frueher|damals|previously|before that|used to)\b|\b(?:war|was) (?:\w+ ){0,2}(?:im asylverfahren|in (?:the )?asylum (?:procedure|process))/;
/**
 * "Im Asylverfahren hatte er eine Arbeitserlaubnis", "during the asylum procedure she could not work": the procedure
 * named as the time of something told in the past. Alone it may still run; in a case that says it was decided, or
 * beside a Duldung, it is over (understand.ts).
 */
export const PAST_PHASE =
  /\b(?:war|was|hatte|had|durfte|konnte|musste|could|couldn't) (?:\w+ ){0,3}(?:im asylverfahren|in (?:the )?asylum (?:procedure|process))|\b(?:im asylverfahren|(?:in|during) (?:the |his |her )?asylum (?:procedure|process))\b(?: (?!und\b|and\b)\w+){0,2} (?:war|hatte|durfte|konnte|musste|was|had|could|couldn't|wasn't)\b/;
/** "Im Asylverfahren durfte sie nie arbeiten, jetzt hat sie eine Duldung": the procedure is a phase the sentence closes. */
const NOW_ANOTHER_STATUS =
  /\b(?:jetzt|now|heute|today|inzwischen|mittlerweile|seitdem|since then|seit der ablehnung|since the rejection)\b.*(?:duldung|\bgeduldet|\btolerated|\btoleration|\baufenthaltserlaubnis|\bresidence permit)/;
/** A time the sentence limits a statement to ("im Asylverfahren", "damals"): it says nothing of 11 June 2026. */
const PHASE =
  /\b(?:im asylverfahren|waehrend des asylverfahrens|in (?:the )?asylum (?:procedure|process)|during (?:the |his |her )?asylum (?:procedure|process)|damals|frueher|back then|at the time|in der (?:erstaufnahme|eae|lea))\b/;
const NO_PROCEDURE =
  /\basylverfahren (?:\w+ ){0,3}(?:laeuft|gibt es|besteht) (?:\w+ ){0,3}nicht\b|\bkein asylverfahren\b|\bno asylum (?:procedure|case) (?:is )?(?:running|pending|ongoing)\b/;
/** A sentence about getting a passport or clarifying the identity (for the identity steps). */
const IDENTITY_STEPS =
  /\bpass\w*|passport|identit\w*|botschaft|konsulat|embassy|consulate|mitwirkung\w*|geburtsurkunde|birth certificate/;
const ASYLUM_KEYS: readonly FactKey[] = ['asylumApplied', 'asylumAppliedOn', 'asylumOutcome'];

/** Asylum, reception centre, removal, livelihood, identity and the event the employer deals with. */
export const PROCEDURE_RULES: readonly Rule[] = [
  {
    key: 'asylumApplied',
    value: false,
    re: /\b(?:nie|niemals|keinen|kein|ohne)(?: einen| ein)? (?:asyl|asylantrag|asylverfahren|asylgesuch)\b|\bwithout (?:\w+ )?(?:claiming|applying for|seeking|asking for|requesting) asylum\b|\bwithout (?:an? |any )?asylum\b|\bnever (?:\w+ )?(?:applied|asked|claimed|filed|sought|requested)(?: for)? asylum\b|\b(?:didn't|did not|has not|hasn't|have not|haven't) (?:\w+ )?(?:applied|asked|claimed|filed)(?: for)? asylum\b|\bwithout (?:an? )?asylum (?:application|claim|procedure)\b|(?:nie|niemals|nicht|kein) asyl (?:beantragt|gestellt|gemacht)|\basyl(?:antrag)? (?:\w+ ){0,2}(?:nie|niemals|nicht) (?:beantragt|gestellt)|(?:never|not|hasn't|didn't) (?:\w+ )?appl(?:y|ied) for asylum|never (?:claimed|sought|requested) asylum|no asylum (?:application|claim)/,
  },
  // The application as the object before or after a denied verb: "Einen Asylantrag hat sie nie gemacht", "asyl hat der
  // nie gemacht", "he didnt do any asylum application", "she never made an application for asylum".
  {
    key: 'asylumApplied',
    value: false,
    re: /\basyl(?:antrag|gesuch)?\b (?:\w+ ){0,3}(?:nie|niemals|nicht) (?:\w+ ){0,2}(?:gemacht|gestellt|beantragt|eingereicht)\b|\b(?:never|didn't|didnt|did not|hasn't|hasnt|has not|haven't|have not) (?:\w+ ){0,2}(?:made|make|do|did|done|file|filed|submit|submitted|lodge|lodged|put in) (?:an? |any )?(?:asylum (?:application|claim|request)|application for asylum|claim for asylum|request for asylum)\b|\bno (?:asylum (?:application|claim|request)|application for asylum) (?:\w+ ){0,3}(?:made|filed|submitted|lodged)\b/,
  },
  // "Er ist nicht im Asylverfahren, hat nie einen Antrag gestellt", "not an asylum seeker, never applied".
  {
    key: 'asylumApplied',
    value: false,
    context: ASYLUM,
    re: /\b(?:nie|niemals) (?:\w+ ){0,2}(?:antrag|antraege|beantragt)\b|\bnever (?:\w+ )?(?:applied|asked|claimed|filed)\b|\bnot an? asylum seeker\b(?! any ?more)|\bkein(?:e|er)? asylbewerber\w*\b(?! mehr)/,
  },
  // With a Gestattung, "der Antrag" is the asylum application.
  {
    key: 'asylumApplied',
    value: true,
    neg: 'skip',
    context: /gestattung/,
    re: /\bantrag (?:\w+ ){0,4}(?:gestellt|eingereicht)|\bantragstellung\b/,
  },
  {
    key: 'asylumApplied',
    value: true,
    neg: 'skip',
    // "Ein Asylverfahren läuft bei ihr nicht": no procedure said, nor that there never was one.
    unless: NO_PROCEDURE,
    re: /asylantrag|antrag auf asyl|asyl (?:\w+ )?(?:beantragt|gestellt|abgelehnt)|\bbamf\b (?:\w+ ){0,4}(?:abgelehnt|entschieden|anerkannt)|\basylverfahren|\basylbewerber(?!leistung)|asylsuchend|asylerstantrag|ankunftsnachweis|\banhoerung (?:beim|vor dem) bamf|asylum (?:application|seeker|procedure|claim|request|process|case|interview)|applied for asylum|asylum (?:\w+ ){0,2}(?:rejected|refused|denied|turned down)|failed asylum|\basyl (?:\w+ ){2,4}beantragt\b|\basylum (?:was|has been|had been|is being) (?:\w+ ){0,2}(?:applied for|claimed|requested|sought)\b/,
  },
  {
    key: 'asylumOutcome',
    value: 'rejected_manifestly_unfounded',
    re: /offensichtlich unbegruendet|manifestly unfounded/,
  },
  {
    key: 'asylumOutcome',
    value: 'withdrawn',
    context: ASYLUM,
    contextKeys: ASYLUM_KEYS,
    // "Zurückgenommen hat er den Asylantrag nicht, der wurde abgelehnt": the participle fronted, its "nicht" at the end.
    neg: 'skip',
    negAfter: true,
    re: /zurueckgenommen|zurueckgezogen|withdrawn|withdrew/,
  },
  {
    key: 'asylumOutcome',
    value: 'rejected',
    context: ASYLUM_OR_APPLICATION,
    contextKeys: ASYLUM_KEYS,
    neg: 'skip',
    re: /abgelehnt\w*|\bablehnung\w*|abgewiesen|\b(?:asyl\w*|asylum|antrag|application|claim)\b(?: \w+){0,3} (?:war|ist|was|is) (?:ein )?(?:nein|no|negativ|negative)\b|\b(?:they|bamf|the office|amt) (?:has |have )?(?:said|say|says) no\b|\b(?:sie|die|bamf|amt) (?:haben |hat )?(?:nein gesagt|sagen nein|sagte nein)\b|\bnein gesagt\b|\bnegativ (?:\w+ )?(?:abgeschlossen|beschieden|entschieden|ausgegangen)|\bnegativer (?:bescheid|ausgang)|rejected|\brejection\b|denied|refused|turned down|failed asylum|unsuccessful asylum|negative (?:decision|outcome)/,
  },
  {
    key: 'asylumOutcome',
    value: 'pending',
    context: ASYLUM,
    contextKeys: ASYLUM_KEYS,
    // "nicht im Asylverfahren", "Ein Asylverfahren läuft bei ihr nicht": no pending procedure.
    unless: new RegExp(
      `${OVER.source}|${NOW_ANOTHER_STATUS.source}|${NO_PROCEDURE.source}|\\bnicht (?:mehr )?im asylverfahren\\b|\\bnot (?:in|on) (?:the |an )?asylum (?:procedure|process)\\b`,
    ),
    re: /laeuft noch|noch offen|\banhaengig\b|\bawaiting (?:the |a |her |his )?(?:decision|outcome)\b|\b(?:asylum |bamf )?interview (?:\w+ ){0,3}(?:hasn't|has not|not yet|is scheduled|scheduled|is on|will be)\b|\banhoerung (?:\w+ ){0,3}(?:steht (?:noch )?aus|noch nicht|ist am|ist fuer|geplant|terminiert)\b|noch nicht entschieden|noch keine entscheidung|wartet (?:noch )?auf (?:die |eine |den |seine |ihre )?(?:entscheidung|bescheid|anhoerung)|waiting for (?:a |the |his |her )?(?:decision|asylum interview|interview)|in bearbeitung|im asylverfahren|still (?:pending|ongoing|open|running)|\bpending\b|not (?:yet )?decided|\bongoing\b|asylverfahren (?:\w+ )?laeuft|laufend\w* asylverfahren/,
  },
  {
    key: 'livesInReceptionCentre',
    value: false,
    re: /eigene\w* (?:\S+ ){0,3}wohnung|\baus (?:der|dem) (?:erstaufnahme\w*|landeserstaufnahme\w*|eae|lea|zue|aufnahmeeinrichtung|anker ?zentrum) (?:\w+ ){0,2}(?:ausgezogen|ausziehen|raus|entlassen|weg)\b|wohnt (?:\w+ ){0,3}in (?:einer|ihrer|seiner|der) (?:eigenen )?wohnung|gemeinschaftsunterkunft|\bwg\b|wohngemeinschaft|shared (?:flat|apartment|house)|flat ?share|own (?:flat|apartment|home)|ausgezogen|moved out|(?:no longer|nicht mehr) (?:\w+ ){0,6}(?:reception|erstaufnahme|eae|lea|zue|aufnahmeeinrichtung|heim|wohnheim|lager|camp)|(?:erstaufnahme\w*|\beae|\blea|\bzue|aufnahmeeinrichtung|reception cent\w+) (?:\w+ ){0,2}verlassen|\bleft (?:the )?(?:initial )?(?:reception|arrival|erstaufnahme)|\bout of (?:the )?(?:initial )?(?:reception|camp)|\bmoved (?:out )?(?:of|from) (?:the )?(?:initial |state )?(?:reception|arrival|camp|erstaufnahme)|\b(?:flat|apartment|home|place) of (?:his|her|their) own\b|\b(?:host|foster) family\b|\b(?:erstaufnahme\w*|aufnahmeeinrichtung|eae|lea|zue|reception cent\w+|camp) (?:\w+ ){0,5}(?:hinter sich|behind (?:him|her))\b|\b(?:gast|pflege)familie\b|\bumgezogen (?:aus|von) (?:der|dem) (?:erstaufnahme\w*|eae|lea|zue|aufnahmeeinrichtung)/,
  },
  {
    key: 'livesInReceptionCentre',
    value: true,
    neg: 'flip',
    negAfter: true,
    window: 4,
    // "She used to live in a reception centre", "Er war mal in der LEA": that is over.
    past: 'flip',
    // Erstaufnahme by its names in the Länder: LEA (BW), ZUE/EAE (NRW, HE), AnkER-Zentrum (BY), "initial reception".
    re: /erstaufnahme\w*|landeserstaufnahme\w*|\b(?:eae|lea|zue|ezue)\b|aufnahmeeinrichtung|anker ?zentrum|ankunftszentrum|(?:reception|arrival|arrivals) (?:cent(?:re|er)|facility)|(?:refugee|asylum) camp\b|\bcamp for (?:new ?comers|new arrivals|refugees|asylum seekers)\b|\b(?:lives|living|is|stays|staying|still) (?:\w+ ){0,2}in (?:the|a) camp\b/,
  },
  {
    key: 'removalMeasuresPending',
    value: false,
    // "Von Abschiebungsmaßnahmen ist uns nichts bekannt", "Hinweise auf aufenthaltsbeendende Maßnahmen liegen nicht
    // vor", "we are not aware of any deportation plans".
    re: /\b(?:abschiebung|rueckfuehrung|aufenthaltsbeendend)\w*(?: \w+){0,2} (?:ist|sind|liegen|liegt) (?:uns |mir |dem \w+ )?(?:nichts|nicht|keine) (?:\w+ )?(?:bekannt|vor)\b|\b(?:hinweise|erkenntnisse|informationen|anhaltspunkte) (?:auf|ueber|zu|fuer) (?:\w+ ){0,2}(?:abschiebung|aufenthaltsbeendend|rueckfuehrung)\w*(?: \w+){0,3} (?:liegen|liegt) (?:uns |mir )?(?:nicht|keine) vor\b|\bnot aware of (?:any )?(?:\w+ )?(?:deportation|removal)\b/,
  },
  {
    key: 'removalMeasuresPending',
    value: false,
    re: /keine (?:abschiebung\w*|massnahmen|rueckfuehrung\w*)|\b(?:von|ueber) (?:einer |der |einer geplanten )?(?:abschiebung|rueckfuehrung)\w* (?:ist |wissen wir |weiss ich |weiss man )?nichts\b|no (?:deportation|removal)|nothing (?:is )?planned|(?:abschiebung|rueckfuehrung)\w* (?:\w+ ){0,3}(?:nicht|nie|kein) (?:\w+ )?(?:geplant|angekuendigt|bevor|terminiert|im gespraech|thema|die rede)|\b(?:von|ueber) (?:einer |der )?(?:abschiebung|rueckfuehrung)\w* (?:war|ist|wurde) (?:noch )?(?:nie|nicht|keine) (?:die )?rede\b|(?<=(?:abschieb|rueckfuehr)\w*\b.{0,80})\b(?:hat|haben) (?:\w+ ){0,2}(?:nichts|nix) (?:\w+ ){0,2}angekuendigt\b|\b(?:nobody|no one|noone) (?:has )?(?:\w+ )?(?:mentioned|talked about|said anything about|brought up) (?:a |any )?(?:deportation|removal)\b|\b(?:deportation|removal) (?:has )?(?:never|not) (?:yet )?(?:been )?(?:mentioned|discussed|an issue|on the table|talked about)\b|\bno (?:talk|mention) of (?:a |any )?(?:deportation|removal)\b|(?:deportation|removal) (?:is )?not (?:\w+ )?(?:planned|scheduled|imminent)|\b(?:abschiebung|rueckfuehrung|deportation|removal)\w*\W{1,3}(?:there is |there are |es ist |ist )?(?:none|keine|keins|nothing|nichts) (?:\w+ )?(?:planned|scheduled|booked|geplant|angekuendigt|terminiert)\b/,
  },
  // A removal named and denied in its clause, wherever the negation stands: "Abgeschoben werden soll er nicht",
  // "Eine Abschiebung steht bei ihr nicht im Raum", "Deportation is not on the cards", "A Abschiebung is ned geplant".
  {
    key: 'removalMeasuresPending',
    value: false,
    neg: 'only',
    negAfter: true,
    re: /\b(?:abschiebung|abschiebungen|abschiebungstermin|abschiebetermin|rueckfuehrung|abgeschoben|abschieben|deportation|deported|deport|removal)\b/,
  },
  // A Dublin procedure is a concrete measure (§ 60c Abs. 2 Nr. 5 lit. e); without one, other measures may still be.
  {
    key: 'removalMeasuresPending',
    value: true,
    neg: 'skip',
    negAfter: true,
    re: /\bdublin\b/,
  },
  // "Abschiebung droht nicht", "Reisefähigkeitsuntersuchung gab es keine", "flight is not booked": negated after the noun.
  {
    key: 'removalMeasuresPending',
    value: true,
    neg: 'flip',
    negAfter: true,
    re: /\b(?:soll|sollen|wird|werden|will|wollen|moechte\w*|plant|planen) (?:\w+ ){0,5}(?:abgeschoben|zurueckgefuehrt|ueberstellt) werden\b|\b(?:will|wollen|soll|sollen|plant|planen|wird|werden|moechte\w*) (?:\w+ ){0,5}(?:abschieben|zurueckfuehren)\b|\b(?:is|are) (?:\w+ ){0,2}to be (?:deported|removed)\b|\b(?:will|going to|planning to|plan to|plans to|want to|wants to|intend to|intends to|about to) (?:\w+ ){0,2}deport\b|\b(?:will|is going to|is about to|is set to) be deported\b|\b(?:is|are) being deported\b|\bfacing deportation\b|flug (?:\S+ ){0,8}gebucht|abschiebung\w* (?:[\w.]+ ){0,5}(?:droht|bevor|angekuendigt|geplant|terminiert|angeordnet|angesetzt|festgesetzt|vorgesehen)|droht (?:\w+ ){0,2}abschiebung|abschieb\w*termin|abschiebungsanordnung|abschiebe ?haft|abschiebungshaft|reisefaehigkeit\w*|ueberstellung|ueberstellt|rueckfuehrung (?:\w+ ){0,3}(?:geplant|angekuendigt|droht)|flight (?:\w+ ){0,6}booked|booked (?:\w+ ){0,3}(?:flight|deportation)|deportation flight|deportation (?:\w+ ){0,3}(?:scheduled|imminent|planned|announced|booked)|fitness to travel|removal (?:\w+ ){0,2}(?:scheduled|imminent|planned)/,
  },
  // § 61 Abs. 1 S. 3 Nr. 1 AsylG: a take-charge request or take-back notification (a Dublin procedure).
  {
    key: 'dublinProcedure',
    value: true,
    neg: 'flip',
    negAfter: true,
    re: /\bdublin\b|\b(?:wieder)?aufnahmegesuch\w*|\btake (?:charge|back) (?:request|notification)|\b(?:rueck)?ueberstellung (?:\w+ ){0,3}nach\b|\bueberstellt werden\b/,
  },
  {
    key: 'protectionInOtherEuState',
    value: true,
    neg: 'flip',
    negAfter: true,
    re: /\b(?:italien|griechenland|spanien|frankreich|polen|bulgarien|rumaenien|kroatien|ungarn|oesterreich|schweden|belgien|italy|greece|spain|france|poland|bulgaria|romania|croatia|hungary|austria|sweden|belgium)\b(?: \S+){0,8} (?:dort|there) (?:\w+ ){0,3}(?:anerkennung|anerkannt|\w*schutz\w*|protection|recogni[sz]ed|refugee status)\b|\bin (?:italien|griechenland|spanien|frankreich|polen|bulgarien|rumaenien|kroatien|ungarn|oesterreich|schweden|belgien|italy|greece|spain|france|poland|bulgaria|romania|croatia|hungary|austria|sweden|belgium) (?:\w+ ){0,2}mit \w*schutz\w*|\b(?:schutz\w*|anerkennung|fluechtlingsstatus) (?:\w+ ){0,2}in (?:einem )?andere[mn] (?:eu )?(?:staat|land|mitgliedstaat|eu staat|eu land)\b|\bin (?:italien|griechenland|spanien|frankreich|polen|bulgarien|rumaenien|kroatien|ungarn|oesterreich|schweden|den niederlanden|belgien|einem anderen (?:eu )?(?:staat|land|mitgliedstaat)|einem anderen eu land) (?:\w+ ){0,5}(?:schutz\w*|anerkannt|fluechtlingsstatus|asyl erhalten)\b|\b(?:schutz|anerkannt|anerkennung|fluechtlingsstatus|asyl) (?:\w+ ){0,3}in (?:italien|griechenland|spanien|frankreich|polen|bulgarien|rumaenien|kroatien|ungarn|oesterreich|schweden|den niederlanden|belgien|einem anderen (?:eu[ -]?)?(?:staat|land|mitgliedstaat))\b|\b(?:protection|recogni[sz]ed|refugee status|asylum) (?:\w+ ){0,3}in (?:italy|greece|spain|france|poland|bulgaria|romania|croatia|hungary|austria|sweden|the netherlands|belgium|another (?:eu )?(?:state|country|member state))\b/,
  },
  // § 61 Abs. 1 S. 7 AsylG: identity proven by a recognised, valid passport or passport substitute.
  {
    key: 'identityByPassport',
    value: false,
    re: /\b(?:kein\w*|ohne) (?:gueltige\w* |eigene\w* )?(?:reise)?pass(?:ersatz)?\b|\b(?:reise)?pass\b (?:\w+ ){0,2}(?:nicht|keinen)\b|\bno (?:valid )?passport\b|\bwithout (?:a |any )?passport\b|\b(?:doesn't|does not|didn't|did not) have (?:a |any )?(?:valid )?passport\b|\b(?:botschaft|konsulat|embassy|consulate) (?:\w+ ){0,3}(?:stellt|gibt) (?:\w+ ){0,2}(?:keinen|keine|kein)\b|\b(?:embassy|consulate) (?:\w+ ){0,2}(?:won't|will not|doesn't|does not|refuses to|never) (?:\w+ )?(?:issue|give)/,
  },
  // A passport named and then said to be expired or invalid proves nothing ("Pass hat er, aber der ist abgelaufen").
  {
    key: 'identityByPassport',
    value: false,
    re: /\b(?:reise|national)?pass(?:es)?\b|\bpassport\b/,
    context:
      /\b(?:reise|national)?pass(?:es)?\b(?:(?!duldung|gestattung|aufenthalt|permit|toleration|visum|visa)[^.!?;]){0,60}?\b(?:abgelaufen\w*|ungueltig\w*|nicht mehr gueltig|expired|out of date|invalid|no longer valid)\b|\bpassport\b(?:(?!duldung|gestattung|aufenthalt|permit|toleration|visum|visa)[^.!?;]){0,60}?\b(?:expired|out of date|invalid|no longer valid|abgelaufen)\b/,
  },
  // A passport named only to deny it: "Ein Pass liegt nicht vor", "Einen gültigen Pass hat sie nicht".
  {
    key: 'identityByPassport',
    value: false,
    neg: 'only',
    negAfter: true,
    re: /\b(?:reise|national)?pass(?:es)?\b|\bpassport\b/,
  },
  {
    key: 'identityByPassport',
    value: true,
    neg: 'flip',
    re: /\b(?:reise)?pass(?:ersatz\w*)?\b (?:\w+ ){0,6}(?:liegt (?:\w+ ){0,3}vor|vorgelegt|vorhanden|abgegeben|hinterlegt|gueltig)\b|\b(?:hat|besitzt|hatte|mit) (?:\w+ ){0,2}(?:gueltige\w* |eigene\w* |echte\w* )?(?:\w+ische\w* )?(?:reise)?pass(?:ersatz)?\b|\b(?:has|holds|got|with) (?:an? |his |her )?(?:valid )?(?:[a-z]+(?:an|ian|ese|ish|i) )?passport\b|\bpassport (?:is |was )?(?:valid|available|submitted|presented|on file)\b|\bidentity (?:was |is |has been )?(?:proven|established|confirmed|clarified|verified) (?:by|with|through) (?:his |her |a |the )?(?:valid )?(?:[a-z]+ )?passport\b|\bidentitaet (?:\w+ ){0,3}(?:durch|anhand|mit|per|ueber) (?:de[nsm]r? |seine\w* |ihre\w* |eine\w* )?(?:gueltige\w* )?(?:reise|national)?pass\w*\b|\b(?:durch|anhand|mit) (?:de[nsm]r? |seine\w* |ihre\w* |eine\w* )?(?:gueltige\w* )?(?:reise|national)?pass(?:es)? (?:\w+ ){0,3}(?:nachgewiesen|geklaert|belegt|bestaetigt|festgestellt)\b|\b(?:durch|mit|anhand|nach) (?:der )?vorlage (?:de[sr]|seines|ihres|eines) (?:gueltigen )?(?:reise|national)?pass\w*|\b(?:reise|national)?pass(?:es)?\b (?:\w+ ){0,8}(?:besorgt|beschafft|bekommen|erhalten|ausgestellt)\b|\bidentity\b(?: [\w']+){0,6} (?:by|with|through|thru|via|from) (?:his |her |a |the )?(?:new |valid |own )?(?:[a-z]+ )?passport\b|\b(?:identitaetsnachweis|identitaet nachgewiesen durch|proof of identity|identity (?:proof|document|proven by))\W{0,3}(?:\w+ )?(?:reise|national)?pass\w*|\b(?:embassy|consulate) (?:\w+ ){0,2}(?:issued|gave|handed) (?:him|her) (?:a |his |her )?(?:new |valid )?passport\b|\bidentity\b(?: [\w']+){0,6} (?:on the basis of|based on|using|by means of|by way of) (?:his |her |a |the )?(?:valid )?(?:[a-z]+ )?passport\b|\b(?:showed|presented|submitted|handed in|handed over|produced) (?:his |her |a |the )?(?:valid |own )?(?:[a-z]+ )?passport\b|(?:^|[.!?,;:] )(?:\w+ ){0,2}(?:reise|national)?pass (?:hat|besitzt) (?:er|sie)(?=\s*(?:[,.;!]|$|und\b|and\b))/,
  },
  // "durfte nie arbeiten", "never had a work permit": no permission to work, so none on 11 June 2026 either.
  {
    key: 'hadWorkPermitOn11June2026',
    value: false,
    // "Im Asylverfahren durfte sie nie arbeiten, jetzt hat sie eine Duldung": the phase closed, 11 June 2026 may be after.
    unless: new RegExp(`^(?=.*${PHASE.source})(?=.*${NOW_ANOTHER_STATUS.source})`),
    re: /\bdurfte (?:\w+ ){0,4}(?:nie|nicht|niemals) (?:\w+ )?arbeiten\b|\b(?:hatte|hat) (?:\w+ ){0,2}(?:nie|keine|niemals) (?:eine )?(?:arbeitserlaubnis|beschaeftigungserlaubnis|arbeitsgenehmigung|erlaubnis (?:zu arbeiten|zur beschaeftigung))\b|\bnever (?:had|held|got) (?:a |any )?(?:work permit|permission to work|work authori[sz]ation)|\bnever (?:been |was )?allowed to work\b|\bwas never allowed to work\b/,
  },
  {
    key: 'livelihoodSecured',
    value: true,
    re: /(?:bezieht|bekommt|erhaelt|braucht) (?:keine?|kein) (?:\w+ )?(?:leistungen|buergergeld|sozialhilfe|geld vom (?:amt|staat|jobcenter|sozialamt)|unterstuetzung vom (?:amt|staat|jobcenter))|kein geld vom (?:amt|staat|jobcenter)|verdient (?:\w+ )?genug\b|(?:earns|makes) enough\b|keine sozialleistungen|kein buergergeld|no (?:social )?benefits|not on (?:social )?benefits|(?:doesn't|does not|don't|do not|didn't|dont|doesnt) (?:get|receive|claim|need|rely on|depend on|live on) (?:any )?(?:social |state )?(?:benefits|welfare)/,
  },
  {
    key: 'livelihoodSecured',
    value: false,
    re: /\b(?:pay|wage|salary|income|lohn|gehalt|verdienst) (?:\w+ ){0,3}(?:not|nicht) (?:\w+ )?(?:cover|decken|reichen|reicht|enough|genug)\b|\b(?:tops? (?:it|him|her) up|aufgestockt|aufstocker\w*|stockt (?:\w+ ){0,2}auf)\b|lebensunterhalt (?:\w+ ){0,4}nicht (?:\w+ )?(?:gesichert|gedeckt)|\blebt (?:\w+ ){0,2}(?:vom|von) (?:jobcenter|sozialamt|amt|staat|buergergeld|sozialhilfe|leistungen)\b|(?:bezieht|bekommt|erhaelt|receives|gets) (?:noch |auch |ergaenzend )?(?:\w+ )?(?:leistungen|buergergeld|sozialhilfe|benefits)|buergergeld|asylblg|asylbewerberleistung\w*|sozialhilfe|on (?:social )?benefits|livelihood (?:is )?not (?:secured|covered)/,
  },
  {
    key: 'livelihoodSecured',
    value: true,
    re: /lebensunterhalt (?:\w+ ){0,6}(?:aus eigene\w* (?:erwerbs)?(?:einkommen|mitteln|lohn|gehalt)|komplett selbst|selbst|eigenstaendig)\b|\b(?:verdient|bestreitet|finanziert|deckt|sichert) (?:\w+ ){0,2}(?:seinen|ihren|den) lebensunterhalt (?:\w+ ){0,3}(?:selbst|komplett|vollstaendig|aus)\b|\b(?:covers?|pays?) (?:\w+ )?(?:own )?living (?:costs|expenses) (?:\w+ ){0,2}(?:from|with|out of) (?:his|her|their) (?:own )?(?:earnings|wages?|salary|income|pay)\b|lebensunterhalt (?:\w+ ){0,5}(?:gesichert|gedeckt)|livelihood (?:is )?(?:\w+ )?(?:secured|covered)|supports (?:himself|herself|themselves)|\blebt (?:\w+ ){0,2}von (?:seinem|ihrem|dem) (?:eigenen )?(?:gehalt|lohn|einkommen|verdienst|geld)\b|\b(?:finanziert|versorgt|ernaehrt|traegt) sich (?:\w+ ){0,2}selbst\b|\bkein (?:geld vom )?(?:jobcenter|sozialamt) mehr\b|\b(?:lives|living) (?:off|on|from) (?:his|her|their) (?:own )?(?:wages?|salary|income|earnings|pay)\b|\bpays (?:his|her|their) own way\b|\bself supporting\b|\bno longer (?:on|claiming|receiving) (?:social )?(?:benefits|welfare)\b/,
  },
  {
    key: 'identityStepsInTime',
    value: false,
    re: /(?:nicht|nie) (?:\w+ ){0,2}mitgewirkt|did not cooperate|didn't cooperate/,
  },
  // Late or dragged-out steps towards a passport or the identity: "hat die Passbeschaffung verschleppt", "dragged his feet
  // on getting a passport", "did not take the identity steps in time", "delayed applying for his passport".
  {
    key: 'identityStepsInTime',
    value: false,
    context: IDENTITY_STEPS,
    re: /\bverschlepp\w*|\b(?:nicht|nie|kaum) (?:\w+ ){0,3}(?:rechtzeitig|fristgerecht|puenktlich|in time|on time)\b|\b(?:not|never|didn't|didnt|did not|failed to|hasn't|has not) (?:\w+ ){0,6}(?:in time|on time|within the deadline)\b|\bdragg?(?:ed|ing) (?:his|her|their) feet\b|\bdelay(?:ed|ing)? (?:\w+ ){0,3}(?:passport|identity)|\b(?:zu spaet|viel zu spaet|too late)\b/,
  },
  {
    key: 'identityStepsInTime',
    value: true,
    re: /(?:bei|an) der (?:identitaetsklaerung|passbeschaffung) (?:\w+ ){0,2}mitgewirkt|\b(?:rechtzeitig|fristgerecht|stets|immer|voll) (?:\w+ ){0,2}mitgewirkt|mitgewirkt (?:\w+ ){0,2}(?:rechtzeitig|fristgerecht)|\bcooperated (?:\w+ ){0,3}(?:in time|on time|promptly|fully|within the deadline)|\b(?:always|fully) cooperated\b|alle (?:zumutbaren |erforderlichen )?(?:schritte|massnahmen|handlungen) (?:\w+ ){0,3}(?:unternommen|ergriffen|erfuellt|getan)|took all (?:reasonable |necessary )?steps/,
  },
  // "hat alles gemacht, was die Behörde für den Pass verlangt hat", "always on time at the embassy", "Fristen eingehalten",
  // "Mitwirkungspflichten fristgerecht erfüllt", "did everything the immigration office asked of her to get a passport".
  {
    key: 'identityStepsInTime',
    value: true,
    context: IDENTITY_STEPS,
    neg: 'skip',
    re: /\b(?:alles|everything) (?:\w+ ){0,4}(?:behoerde\w*|amt|abh|auslaenderbehoerde|botschaft|authorit\w+|office|embassy) (?:\w+ ){0,6}(?:verlangt|gefordert|gewollt|wollte|wollten|asked|required|requested|demanded|told)\b|\b(?:immer|stets|always) (?:\w+ ){0,2}(?:puenktlich|rechtzeitig|fristgerecht|on time|in time|promptly) (?:\w+ ){0,2}(?:bei|an|at|to) (?:der |dem |den |the )?(?:botschaft|konsulat|behoerde\w*|auslaenderbehoerde|abh|embassy|consulate|authorit\w+|immigration office|termin\w*|appointments?)\b|\bfristen (?:\w+ ){0,5}(?:eingehalten|gewahrt)|\b(?:met|kept) (?:all |every |each )?(?:the )?(?:\w+ )?(?:deadlines?|appointments?)\b|\balles (?:\w+ ){0,2}(?:rechtzeitig|fristgerecht|puenktlich)\b|\b(?:everything|all (?:the )?steps) (?:\w+ ){0,2}(?:in time|on time)\b|\b(?:mitwirkung\w*|identity steps|steps|schritte) (?:\w+ ){0,8}(?:fristgerecht|rechtzeitig|in time|on time)\b/,
  },
];
