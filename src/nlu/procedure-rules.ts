import type { FactKey } from '../domain/facts.js';
import type { Rule } from './rules.js';

const ASYLUM = /asyl|asylum|\bbamf\b/;
const ASYLUM_KEYS: readonly FactKey[] = ['asylumApplied', 'asylumAppliedOn', 'asylumOutcome'];

/** Asylum, reception centre, removal, livelihood, identity and the event the employer deals with. */
export const PROCEDURE_RULES: readonly Rule[] = [
  {
    key: 'asylumApplied',
    value: false,
    re: /\b(?:nie|niemals|keinen|kein)(?: einen| ein)? (?:asyl|asylantrag|asylverfahren)\b|(?:nie|niemals|nicht) asyl (?:beantragt|gestellt)|\basyl(?:antrag)? (?:\w+ ){0,2}(?:nie|niemals|nicht) (?:beantragt|gestellt)|(?:never|not|hasn't|didn't) (?:\w+ )?appl(?:y|ied) for asylum|no asylum (?:application|claim)/,
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
    re: /asylantrag|antrag auf asyl|asyl (?:\w+ )?(?:beantragt|gestellt|abgelehnt)|\bbamf\b (?:\w+ ){0,4}(?:abgelehnt|entschieden|anerkannt)|\basylverfahren|\basylbewerber|asylsuchend|asylerstantrag|asylum (?:application|seeker|procedure|claim|request|process|case)|applied for asylum|asylum (?:\w+ ){0,2}(?:rejected|refused|denied|turned down)|failed asylum/,
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
    re: /zurueckgenommen|zurueckgezogen|withdrawn|withdrew/,
  },
  {
    key: 'asylumOutcome',
    value: 'rejected',
    context: ASYLUM,
    contextKeys: ASYLUM_KEYS,
    neg: 'skip',
    re: /abgelehnt\w*|\bablehnung\w*|abgewiesen|rejected|denied|refused|turned down|failed asylum|unsuccessful asylum/,
  },
  {
    key: 'asylumOutcome',
    value: 'pending',
    context: ASYLUM,
    contextKeys: ASYLUM_KEYS,
    re: /laeuft noch|noch offen|noch nicht entschieden|noch keine entscheidung|wartet (?:noch )?auf (?:die |eine |den )?(?:entscheidung|bescheid)|waiting for (?:a |the )?decision|in bearbeitung|im asylverfahren|still (?:pending|ongoing|open|running)|\bpending\b|not (?:yet )?decided|\bongoing\b|asylverfahren (?:\w+ )?laeuft|laufend\w* asylverfahren/,
  },
  {
    key: 'livesInReceptionCentre',
    value: false,
    re: /eigene\w* wohnung|wohnt (?:\w+ ){0,3}in (?:einer|ihrer|seiner|der) (?:eigenen )?wohnung|gemeinschaftsunterkunft|own (?:flat|apartment|home)|ausgezogen|moved out|(?:no longer|nicht mehr) (?:\w+ ){0,6}(?:reception|erstaufnahme|eae|aufnahmeeinrichtung)|(?:erstaufnahme\w*|\beae|aufnahmeeinrichtung|reception cent\w+) (?:\w+ ){0,2}verlassen|\bleft (?:the )?(?:initial )?(?:reception|erstaufnahme)/,
  },
  {
    key: 'livesInReceptionCentre',
    value: true,
    neg: 'flip',
    window: 4,
    re: /erstaufnahme\w*|\beae\b|aufnahmeeinrichtung|anker ?zentrum|ankunftszentrum|reception cent(?:re|er)/,
  },
  {
    key: 'removalMeasuresPending',
    value: false,
    re: /keine (?:abschiebung\w*|massnahmen|rueckfuehrung\w*)|no (?:deportation|removal)|nothing (?:is )?planned|(?:abschiebung|rueckfuehrung)\w* (?:\w+ ){0,3}nicht (?:\w+ )?(?:geplant|angekuendigt|bevor|terminiert)|(?:deportation|removal) (?:is )?not (?:\w+ )?(?:planned|scheduled|imminent)/,
  },
  {
    key: 'removalMeasuresPending',
    value: true,
    neg: 'flip',
    re: /flug (?:\S+ ){0,8}gebucht|abschiebung\w* (?:\w+ ){0,4}(?:droht|bevor|angekuendigt|geplant|terminiert|angeordnet)|droht (?:\w+ ){0,2}abschiebung|abschieb\w*termin|abschiebungsanordnung|abschiebe ?haft|abschiebungshaft|reisefaehigkeit\w*|\bdublin\b|ueberstellung|ueberstellt|rueckfuehrung (?:\w+ ){0,3}(?:geplant|angekuendigt|droht)|flight (?:\w+ ){0,6}booked|booked (?:\w+ ){0,3}(?:flight|deportation)|deportation flight|deportation (?:\w+ ){0,3}(?:scheduled|imminent|planned|announced|booked)|fitness to travel|removal (?:\w+ ){0,2}(?:scheduled|imminent|planned)/,
  },
  {
    key: 'livelihoodSecured',
    value: true,
    re: /(?:bezieht|bekommt|erhaelt) (?:keine?|kein) (?:\w+ )?(?:leistungen|buergergeld|sozialhilfe)|keine sozialleistungen|kein buergergeld|no (?:social )?benefits|not on (?:social )?benefits/,
  },
  {
    key: 'livelihoodSecured',
    value: false,
    re: /lebensunterhalt (?:\w+ ){0,4}nicht (?:\w+ )?(?:gesichert|gedeckt)|(?:bezieht|bekommt|erhaelt|receives|gets) (?:noch |auch |ergaenzend )?(?:\w+ )?(?:leistungen|buergergeld|sozialhilfe|benefits)|buergergeld|asylblg|asylbewerberleistung\w*|sozialhilfe|on (?:social )?benefits|livelihood (?:is )?not (?:secured|covered)/,
  },
  {
    key: 'livelihoodSecured',
    value: true,
    re: /lebensunterhalt (?:\w+ ){0,5}(?:gesichert|gedeckt)|livelihood (?:is )?(?:\w+ )?(?:secured|covered)|supports (?:himself|herself|themselves)/,
  },
  {
    key: 'identityStepsInTime',
    value: false,
    re: /(?:nicht|nie) (?:\w+ ){0,2}mitgewirkt|did not cooperate|didn't cooperate/,
  },
  {
    key: 'identityStepsInTime',
    value: true,
    re: /(?:bei|an) der (?:identitaetsklaerung|passbeschaffung) (?:\w+ ){0,2}mitgewirkt|alle (?:zumutbaren |erforderlichen )?(?:schritte|massnahmen|handlungen) (?:\w+ ){0,3}(?:unternommen|ergriffen|erfuellt|getan)|took all (?:reasonable |necessary )?steps/,
  },
  {
    key: 'event',
    value: 'training_ends_early',
    re: /ausbildung (?:\w+ ){0,3}(?:abgebrochen|vorzeitig beendet|gekuendigt|hingeschmissen|geschmissen|aufgegeben)|\b(?:azubi|auszubildende\w*|lehrling|apprentice|trainee)\b(?:(?! und | and )(?:[^.;!?]|(?<=\d)\.)){0,60}\b(?:gekuendigt|abgebrochen|hingeschmissen|aufgehoert|quit|dropped out|resigned)\b|bricht (?:\w+ ){0,2}ausbildung ab|ausbildungsabbruch|(?:dropped out of|quit) (?:his |her |the )?(?:training|apprenticeship)|(?:training|apprenticeship) (?:ends|ended|terminated) early/,
  },
  {
    key: 'event',
    value: 'employment_ends_early',
    re: /\b(?:hat|haben|habe) (?:\w+ ){0,4}gekuendigt|wurde gekuendigt|let (?:him|her) go\b|(?:fired|dismissed|laid off) (?:him|her)\b|(?:laid|let) (?:him|her) (?:off|go)|terminated (?:his|her|the) (?:contract|employment)|\bkuendigung\b|arbeitsverhaeltnis (?:\w+ ){0,2}(?:endet|beendet)|(?:job|employment) (?:ends|ended|terminated) early|\bquit (?:his|her) job|\bresigned\b|was (?:dismissed|fired)/,
  },
  {
    key: 'event',
    value: 'document_expired',
    re: /(?:duldung|gestattung|aufenthaltserlaubnis|dokument|papier|ausweis|document|permit|toleration) (?:\S+ ){0,4}(?:abgelaufen|ausgelaufen|expired|lapsed|ran out)|has (?:expired|lapsed|run out)/,
  },
];
