import type { Rule } from './rules.js';

/** Germany, or a German city or Land: "qualified as a chef in Hamburg", "Ausbildung zum Koch in München". */
const GERMAN_PLACES =
  'hamburg|berlin|muenchen|munich|koeln|cologne|frankfurt|stuttgart|duesseldorf|dortmund|essen|leipzig|bremen|dresden|hannover|hanover|nuernberg|nuremberg|duisburg|bochum|wuppertal|bielefeld|bonn|muenster|mannheim|karlsruhe|augsburg|wiesbaden|aachen|kiel|freiburg|rostock|mainz|kassel|erfurt|magdeburg|potsdam|saarbruecken|regensburg|ulm|heidelberg|wuerzburg|osnabrueck|oldenburg|chemnitz|braunschweig|luebeck|bayern|bavaria|sachsen|saxony|nrw|hessen|niedersachsen|thueringen|brandenburg';
/** A denial wrapped in a hedge: the hedge's negation belongs to the clause it introduces. */
export const HEDGED_DENIAL =
  /\b(?:ich (?:glaube|denke|meine)|glaube ich|denke ich) (?:\w+ )?(?:nicht|kaum),? (?:dass|das)\b|\bi (?:don't|dont|do not) (?:think|believe)\b|\bi doubt\b|\bnicht dass ich wuesste\b|\bnot that i know\b/;
/** Germany, a German city or Land. */
const IN_GERMANY = new RegExp(
  `in deutschland|\\bhier\\b|\\bhere\\b|bei uns|with us|deutsch\\w*|german|in germany|\\b(?:in|im|at) (?:${GERMAN_PLACES})\\b|\\b(?:university|universitaet|hochschule|uni|tu|fh) (?:of |in )?(?:${GERMAN_PLACES})\\b|\\b(?:hwk|ihk|handwerkskammer|handelskammer)\\b`,
);

/** The candidate: language, children, qualification, record, housing; and how the job fits. */
export const PERSON_RULES: readonly Rule[] = [
  {
    key: 'germanLevel',
    value: 'none',
    re: /(?:kein|keine|no|not any) (?:\w+ )?(?:deutsch|german)\b|\b(?:deutsch(?:kenntnisse)?|german):? (?:keine|none|no)\b|spricht (?:noch )?kein deutsch|(?:doesn't|does not|can't|cannot) speak (?:any )?german/,
  },
  {
    key: 'unaccompaniedMinor',
    value: false,
    re: /mit (?:seinen|ihren|seiner|ihrer|den|der) (?:eltern|familie|mutter|vater)\b.{0,40}(?:eingereist|gekommen|geflohen)|(?:eingereist|gekommen|kam) (?:\w+ ){0,3}(?:zusammen )?mit (?:seinen|ihren|seiner|ihrer|den|der) (?:eltern|familie|mutter|vater)|(?:came|arrived|entered|fled) (?:\w+ ){0,3}with (?:his|her) (?:parents|family|mother|father)|\b(?:(?:seine|ihre|die) (?:eltern|familie|mutter|vater)|(?:his|her|the) (?:whole )?(?:parents|family|mother|father)) (?:\w+ ){0,2}(?:waren|war|were|was) (?:\w+ ){0,2}(?:dabei|mit ihm|mit ihr|with (?:him|her))\b|\b(?:(?:his|her|the) (?:whole )?(?:parents|family|mother|father)) (?:\w+ ){0,2}came (?:\w+ ){0,2}with (?:him|her)\b|\b(?:nicht (?:allein|alleine|unbegleitet)|not (?:alone|unaccompanied|on (?:his|her) own|by (?:himself|herself)))\b|\b(?:nicht|not|never|nie) (?:\w+ ){0,2}(?:als )?(?:an? )?(?:unbegleitet\w*|unaccompanied)\b|\b(?:unbegleitet\w*|unaccompanied) (?:minderjaehrig\w*|jugendlich\w*|minor|child) (?:\w+ ){0,2}(?:kam|came|eingereist|gekommen|arrived) (?:er |sie |he |she )?(?:nicht|not)\b/,
  },
  {
    key: 'unaccompaniedMinor',
    value: true,
    context: /minderjaehrig|jugendlich|als kind|\bminor\b|\bchild\b|\b1[0-7]\b/,
    re: /\bminderjaehrig\w* (?:\w+ ){0,2}(?:und )?(?:ohne (?:seine |ihre |die )?(?:eltern|familie|begleitung)|allein)\b|\bunbegleitet\w*|\bunaccompanied\b|(?:ohne (?:seine |ihre |die )?eltern|\balleine?|without (?:his|her) parents|\balone|by (?:himself|herself)|(?:all )?on (?:his|her) own|no parents)\b.{0,40}(?:eingereist|gekommen|geflohen|came|come|arrived|entered|fled)|(?:eingereist|gekommen|geflohen|\bkam|came|come|arrived|entered|fled)\b.{0,40}(?:ohne (?:seine |ihre |die )?eltern|\balleine?\b|without (?:his|her) parents|\balone\b|by (?:himself|herself)\b|on (?:his|her) own\b|no parents\b)/,
  },
  {
    key: 'unaccompaniedMinor',
    value: true,
    neg: 'flip',
    re: /unbegleitet\w* (?:minderjaehrig\w*|jugendlich\w*|fluechtling\w*|kind)|\bumf\b|\buma\b|unaccompanied (?:minor|child|refugee)/,
  },
  {
    key: 'minorChildren',
    value: false,
    re: /\b(?:minor |minderjaehrige )?(?:children|kinder|kids)\W{0,3}(?:none|no|keine|nein|0)\b|keine kinder|kinderlos|kinder (?:\w+ ){0,2}(?:erwachsen|volljaehrig)|(?:kids|children) (?:\w+ ){0,2}(?:grown up|adults)|no (?:kids|children)|(?:doesn't|does not) have (?:any )?(?:kids|children)/,
  },
  {
    key: 'minorChildren',
    value: true,
    re: /\b(?:minor |minderjaehrige )?(?:children|kinder|kids)\W{1,3}(?:ja|yes|[1-9]|ein|zwei|drei|vier|one|two|three|four)\b|minderjaehrige\w* kind\w*|(?:kleine\w*|schulpflichtige\w*|zwei|drei|vier|\d) kinder\w*|(?:kleine\w*|minderjaehrige\w*|schulpflichtige\w*) (?:tochter|toechter|sohn|soehne)\b|alleinerziehend\w*|single (?:mother|father|parent|mum|mom|dad)|\b(?:[1-9]|1[0-7]) ?(?:jaehrig\w*|years? old|yo) (?:sohn|tochter|kind|son|daughter|child|kid)\b|(?<=\b(?:has|have|had|hat|haben|with|mit|her|his|ihr\w*|sein\w*) (?:an? |einen |eine |ein )?)(?:[1-9]|1[0-7]) ?(?:jaehrig\w*|years? old|yo) (?:boy|girl)\b|\b(?:[1-9]|1[0-3]) ?(?:jaehrig\w*|years? old|yo) (?:boy|girl)\b|\b(?:sohn|tochter|kind|son|daughter|child)(?: \w+)? \((?:[1-9]|1[0-7])(?: j\.?| jahre| years?)?\)|(?:two|three|four|\d) (?:young |small |little |minor )?(?:kids|children)\b|(?:young|little|small|minor) (?:son|sons|daughter|daughters)\b|(?:hat|haben) (?:ein |zwei |drei |vier |\d )?kind(?:er)?\b|mit (?:seinen|ihren) kindern|(?:has|with|and) (?:his |her |their )?(?:a |one |two |three |\d )?(?:young |minor |small |little )?(?:kids|children|child)\b|children under 18|\b(?:baby|babys|saeugling|kleinkind\w*|toddler)\b|\b(?:has|hat) (?:a |an |einen |eine )?(?:little|young|small|kleine\w*) (?:boy|girl|son|daughter|jungen|maedchen|sohn|tochter)\b|\b(?:boy|girl|son|daughter|sohn|tochter) (?:who is|der|die) (?:[1-9]|1[0-7]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eins|zwei|drei|vier|fuenf|sechs|sieben|acht|neun|zehn|elf|zwoelf)\b/,
  },
  {
    key: 'qualification',
    value: 'none',
    // "Keine Ausbildung, eher ein Helferjob": the job offered, not the person's qualification.
    unless: /\b(?:eher|sondern|rather|instead)\b/,
    re: /keine\w* (?:abgeschlossene\w* )?(?:berufs)?ausbildung|keinen (?:berufs)?abschluss|kein (?:berufs)?abschluss|ohne (?:\w+ )?(?:berufs)?(?:abschluss|ausbildung)|ungelernt|\bno (?:formal |vocational |professional )?(?:qualification|vocational training|professional training)s?\b|unskilled/,
  },
  {
    key: 'qualification',
    value: 'recognised_foreign_degree',
    re: /\bhat (?:\w+ ){0,6}anerkennen lassen\b|anerkannt\w* (?:\w+ )?(?:abschluss|berufsabschluss|qualifikation|diplom|studium|hochschulabschluss|bachelor|master)|(?:abschluss|diplom|qualifikation|studium|bachelor|master) (?:(?!nicht\b|noch\b)\w+,? ){0,6}anerkannt|recogni[sz]ed (?:foreign )?(?:degree|qualification|diploma)|(?:degree|qualification|diploma|bachelor'?s?|master'?s?) (?:(?!not\b|yet\b)\w+ ){0,5}recogni[sz]ed/,
  },
  {
    key: 'qualification',
    value: 'german_vocational',
    context: IN_GERMANY,
    re: /(?:ausbildung|berufsausbildung|lehre)\b.{0,60}?(?:abgeschlossen|bestanden|finished|completed)|abgeschlossene\w* (?:berufs)?ausbildung|gesellenbrief|(?:completed|finished|finishing|completing) (?:an |a |his |her )?(?:\w+ )?(?:apprenticeship|vocational training|training)\b|\bqualified as (?:a |an )?\w+|\btrained as (?:a |an )?\w+(?: \w+){0,6} (?:certificate|qualification|exam|diploma)\b/,
  },
  // A German chamber's exam is a German vocational qualification wherever the message says it was taken.
  {
    key: 'qualification',
    value: 'german_vocational',
    neg: 'skip',
    re: /\b(?:gesellen|facharbeiter|ihk ?abschluss|kammer|ihk)pruefung\w* (?:\w+ ){0,5}bestanden\b|\bbestand\w* (?:\w+ ){0,3}(?:gesellen|facharbeiter|ihk ?abschluss|ihk)pruefung\b|\bihk abschluss\b/,
  },
  {
    key: 'qualification',
    value: 'german_degree',
    context: IN_GERMANY,
    re: /\b(?:studium|hochschulabschluss|bachelor|master|university degree)\b/,
    // "Pflichtpraktikum für ihr Studium", "studiert noch": a study under way is no degree.
    unless:
      /\bfuer (?:sein|ihr|das|ein) studium\b|\bstudiert (?:noch|gerade|derzeit|aktuell)\b|\bim studium\b|\bstudent\w*|\bstill studying\b|\bfor (?:his|her) (?:studies|degree)\b/,
  },
  // "Ich glaube nicht, dass sie vorbestraft ist", "I don't think she has a criminal record", "er nix vorbestraft".
  {
    key: 'criminalConvictions',
    value: 'none',
    context: HEDGED_DENIAL,
    re: /vorbestraft|vorstrafe\w*|straffaellig|criminal record|convicted|conviction/,
  },
  {
    key: 'criminalConvictions',
    value: 'none',
    // Forms and non-native wordings: "Criminal record: none declared", "Vorstrafe keine", "keine Strafe, nie Polizei",
    // "mit Polizei nix", "Führungszeugnis ist sauber", "never in trouble with the police", "strafrechtlich nie aufgefallen".
    re: /\b(?:criminal record|convictions|previous convictions|vorstrafen?|straftaten|strafregister)\W{0,3}(?:none|no|keine|nein|nix|nichts)\b|\bvorstrafe\w* (?:\w+ )?(?:keine|nix|nichts)\b|\bkeine (?:\w+ )?strafe\b(?! (?:von|ueber|bis|unter))|\b(?:nie|nix|nichts|keine probleme?|kein problem) (?:mit (?:der )?)?polizei\b|\b(?:mit )?(?:der )?polizei (?:\w+ ){0,2}(?:nie|nix|nichts)\b|\bnever (?:been |had )?(?:in )?(?:any )?trouble with the (?:police|law)\b|\bno trouble with the (?:police|law)\b|\bfuehrungszeugnis (?:\w+ ){0,3}(?:sauber|leer|ohne eintrag\w*|einwandfrei|blank)\b|\b(?:certificate of good conduct|police (?:certificate|clearance)|criminal record certificate) (?:\w+ ){0,2}(?:clean|clear|blank|empty)\b|\bstrafrechtlich (?:\w+ ){0,3}(?:nie|nicht|noch nie) (?:\w+ ){0,3}(?:aufgefallen|in erscheinung getreten|bekannt)\b|\bkeine (?:\w+ )?eintra\w* (?:\w+ ){0,2}(?:im )?fuehrungszeugnis\b|\bfuehrungszeugnis (?:\w+ ){0,3}(?:keine|ohne) eintra\w*|\bno (?:police |criminal )?record\b(?! of)|\bweder vorstrafe\w*|\bkeine (?:\w+ )?straftaten\b|\bno (?:\w+ )?(?:criminal )?offen[cs]es\b|nicht vorbestraft|\b(?:nix|nichts) vorbestraft|\bno (?:have )?criminal\b|keine vorstrafe\w*|vorstrafen (?:\w+ ){0,3}keine\b|straffrei|no criminal record|no (?:previous )?convictions|clean (?:criminal )?record|never been convicted/,
  },
  // A record named only to deny it, the negation after it: "Vorbestraft is der ned", "Eine Vorstrafe hat er nicht".
  {
    key: 'criminalConvictions',
    value: 'none',
    neg: 'only',
    negAfter: true,
    re: /\bvorbestraft\b|\bvorstrafe\w*|\bstraffaellig\w*|\bcriminal record\b|\bconvicted\b|\bconvictions?\b/,
  },
  {
    key: 'criminalConvictions',
    value: 'above_threshold',
    neg: 'skip',
    re: /freiheitsstrafe|bewaehrungsstrafe|haftstrafe|jugendstrafe|(?:prison|jail|suspended|custodial) sentence|sentenced to (?:\w+ ){0,3}(?:prison|jail|imprisonment)/,
  },
  {
    key: 'adequateHousing',
    value: true,
    re: /\b(?:wohnraum|wohnung|unterkunft) (?:\w+ ){0,6}(?:ausreichend|angemessen|gross genug)\b|\b(?:apartment|flat|housing|accommodation|home) (?:\w+ ){0,6}(?:adequate|sufficient|big enough|large enough)\b|ausreichend\w* (?:grosse\w* )?wohn(?:raum|flaeche|ung)|genug (?:platz|wohnraum)|adequate (?:housing|living space)|enough (?:living )?space/,
  },
  {
    key: 'adequateHousing',
    value: false,
    re: /zu kleine\w* wohnung|ueberbelegt\w*|not enough (?:living )?space|inadequate housing/,
  },
  {
    // Nursing training under the PflBG: the nursing school approves the contract, no chamber keeps a register
    // (§ 16 Abs. 6 PflBG). Only with a word of training in the sentence: a qualified "Pflegefachkraft" is a job.
    key: 'job.trainingBody',
    value: 'school',
    neg: 'skip',
    context: /ausbild|azubi|auszubildend|\blehre\b|apprentic|\btrain|student nurse/,
    // A helper training is Land law, not the PflBG; a training already finished is a qualification, not the job.
    unless: /helfer|assisten|helper|assistant|abgeschlossen|absolviert|beendet|bestanden|finished|completed|qualified/,
    re: /pflegefach(?:frau|mann|maenner|frauen|kraft|kraefte|person)\w*|pflegeausbildung\w*|generalistisch\w* (?:pflege)?ausbildung|ausbildung (?:in der|zur|zum) (?:alten|kranken|kinderkranken)?pflege\b|(?:alten|kranken|kinderkranken)pfleger(?:in)?\b|nursing (?:training|apprenticeship|school|course)|(?:train\w*|apprentice\w*|trainee) (?:(?:him|her|them) )?(?:as |to be |to become )?(?:an? )?(?:registered )?nurse\b|(?:student|trainee) nurse\b/,
  },
  {
    key: 'job.matchesQualification',
    value: false,
    re: /fachfremd|passt nicht (?:\w+ ){0,3}(?:qualifikation|ausbildung|beruf)|hat nichts mit (?:seinem|ihrem|seiner|ihrer) (?:beruf|ausbildung|qualifikation)|(?:does not|doesn't) match (?:his|her) (?:qualification|training)/,
  },
  {
    key: 'job.matchesQualification',
    value: true,
    re: /passt (?:\w+ ){0,3}(?:zu seiner|zu ihrer|zur|zu seinem|zu ihrem) (?:qualifikation|ausbildung|beruf)|entspricht (?:\w+ ){0,3}(?:qualifikation|ausbildung|beruf\w*|studium|studienrichtung|fachrichtung)\b|(?:corresponds to|in line with|matches|relates to) (?:his|her|the) (?:field of study|studies|degree|qualification|training|profession)|(?:in seinem|in ihrem|im) (?:gelernten|erlernten) beruf|(?:matches|fits) (?:his|her|the) (?:qualification|training|profession)/,
  },
  {
    // The employer's own plan after an EQ: "eine EQ machen, danach die Ausbildung (bei uns)".
    key: 'job.followOnTrainingPromised',
    value: true,
    context: /\beq\b|einstiegsqualifizierung|entry qualification/,
    unless:
      /\bob\b|\bwissen (?:wir|ich) (?:noch )?nicht|unklar|noch offen|vielleicht|eventuell|mal sehen|not sure|maybe|perhaps|\bif\b|whether/,
    neg: 'skip',
    re: /(?:danach|anschliessend|im anschluss|dann) (?:(?!keine?\b|nicht\b)\w+ ){0,3}(?:die |eine |seine |ihre )?(?:ausbildung|lehre)\b|(?:followed by|and then|afterwards) (?:\w+ ){0,2}(?:an |the )?apprenticeship/,
  },
  // After a helper training or EQ, a qualified training the employer promises, in any words of promise
  // ("sagen wir ihm die Ausbildung … fest zu", "garantieren wir ihr den Ausbildungsplatz", "we have promised him a place").
  {
    key: 'job.followOnTrainingPromised',
    value: true,
    context:
      /^(?=.*(?:ausbildung|lehre|apprenticeship|training|fachkraft))(?=.*(?:helfer|assisten|assistant|helper|\beq\b|einstiegsqualifizierung|entry qualification))/,
    unless:
      /\bob\b|\bwissen (?:wir|ich) (?:noch )?nicht|unklar|noch offen|vielleicht|eventuell|mal sehen|not sure|maybe|perhaps|\bif\b|whether|\?/,
    neg: 'skip',
    re: /\b(?:sagen|sage|sichern|sichere) (?:\w+ ){0,8}zu\b|\b(?:zugesagt|zugesichert|garantier\w*|versprochen|versprechen|promised?|guarantee[ds]?|assured)\b/,
  },
  {
    key: 'job.followOnTrainingPromised',
    value: true,
    re: /(?:anschliessend\w*|danach|folgend\w*) (?:\w+ ){0,7}(?:zugesagt|versprochen|garantiert)|uebernahme in (?:\w+ ){0,4}(?:ausbildung|ausbildungsplatz) (?:\w+ ){0,4}(?:zugesagt|versprochen|garantiert)|(?:zusage|zugesagt\w*) (?:\w+ ){0,3}(?:ausbildung|ausbildungsplatz)|anschlussausbildung|follow on (?:training|apprenticeship) (?:\w+ ){0,2}(?:promised|guaranteed)|promised (?:a )?(?:follow on )?(?:training|apprenticeship) place/,
  },
];
