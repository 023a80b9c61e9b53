import type { Rule } from './rules.js';

/**
 * German cities and states a training may be finished in ("Ausbildung zur Friseurin in Leipzig abgeschlossen",
 * "qualified as a chef in Hamburg"): a training finished there is a German vocational qualification.
 */
const GERMAN_PLACES =
  'berlin|hamburg|muenchen|munich|koeln|cologne|frankfurt|stuttgart|duesseldorf|dortmund|essen|leipzig|bremen|dresden|hannover|hanover|nuernberg|nuremberg|duisburg|bochum|wuppertal|bielefeld|bonn|muenster|mannheim|karlsruhe|augsburg|wiesbaden|moenchengladbach|gelsenkirchen|aachen|braunschweig|kiel|chemnitz|halle|magdeburg|freiburg|krefeld|mainz|luebeck|erfurt|oberhausen|rostock|kassel|hagen|potsdam|saarbruecken|hamm|ludwigshafen|oldenburg|osnabrueck|leverkusen|heidelberg|darmstadt|solingen|regensburg|paderborn|ingolstadt|wuerzburg|ulm|heilbronn|wolfsburg|goettingen|pforzheim|offenbach|bottrop|bremerhaven|reutlingen|koblenz|trier|jena|erlangen|siegen|hildesheim|cottbus|bayern|bavaria|sachsen|saxony|hessen|hesse|nrw|niedersachsen|thueringen|brandenburg|schleswig holstein|rheinland pfalz|baden wuerttemberg';
const IN_GERMANY = new RegExp(
  `\\b(?:in deutschland|in germany|in (?:${GERMAN_PLACES})|german|deutsche\\w*|hier|here|bei uns|with us|ihk|hwk|gesellen\\w*)\\b`,
);
/** Finished abroad ("back home", "in seiner Heimat"): not a German qualification. */
const ABROAD =
  /\b(?:back home|at home|zuhause|zu hause|in (?:seiner|ihrer) heimat|im heimatland|in his home country|in her home country|abroad|im ausland)\b/;
/** "keine Ausbildung, sondern ein Helferjob": the job offered is no training; nothing said about the person. */
/** Not finished, or finished abroad: no German vocational qualification. */
const NOT_FINISHED = new RegExp(
  `${ABROAD.source}|\\b(?:nicht|noch nicht|not|not yet|never) (?:\\w+ )?(?:abgeschlossen|bestanden|finished|completed|qualified)\\b|\\b(?:hasn't|didn't|has not|did not)\\b|abgebrochen|dropped out`,
);
const ABOUT_THE_JOB = /\bkeine\w* (?:berufs)?ausbildung,? (?:sondern|eher|nur|but|just)\b/;
const HELPER_OR_EQ = /helfer|assisten|assistant|helper|\beq\b|einstiegsqualifizierung|entry qualification/;

/**
 * The job side of the candidate's record and of the offer, read before the person rules (the first finding of a
 * key wins): a qualification in more words, the job matching the degree, and a follow-on training not promised.
 */
export const JOB_RULES: readonly Rule[] = [
  {
    key: 'qualification',
    value: 'none',
    unless: ABOUT_THE_JOB,
    re: /\bohne (?:(?:eine\w*|jede\w*) )?(?:abgeschlossene\w* |formale\w* |anerkannte\w* )?(?:berufsausbildung|berufsabschluss|abschluss|qualifikation)\b|\bkein\w* (?:formale\w* |anerkannte\w* )?(?:berufsabschluss|berufsausbildung|berufliche\w* qualifikation|qualifikation)\b|\bno (?:\w+ ){0,2}(?:qualifications?|qualifikation|vocational (?:training|qualifications?|qualifikation))\b|\bno (?:formal )?training (?:of any kind|at all|whatsoever)\b|\bhas no (?:formal )?training\b|\bwithout (?:any |a )?(?:formal |vocational )?(?:qualifications?|qualifikation|vocational training|degree)\b/,
  },
  {
    key: 'qualification',
    value: 'german_vocational',
    neg: 'skip',
    context: IN_GERMANY,
    unless: NOT_FINISHED,
    re: /\b(?:ausbildung|berufsausbildung|lehre|apprenticeship|vocational training)\b.{0,120}?\b(?:abgeschlossen|bestanden|finished|completed)\b|\b(?:abgeschlossen\w*|finished|completed|finishing|completing) (?:\w+ ){0,3}(?:ausbildung|apprenticeship|vocational training|lehre)\b|\bqualified as (?:a |an )?\w+|\btrained as (?:a |an )?\w+\b.{0,50}\b(?:certificate|exam|qualified|passed)\b|\b(?:gelernt|ausgelernt)\b.{0,50}\b(?:bestanden|abgeschlossen|gesellenbrief)\b/,
  },
  {
    // "hat die Abschlussprüfung als Tischler bestanden", "passed her final exam as a hairdresser" (review S5-26).
    key: 'qualification',
    value: 'german_vocational',
    context: new RegExp(`${IN_GERMANY.source}|apprentic|azubi|auszubildend|lehrling|ausbildung`),
    unless: NOT_FINISHED,
    re: /\b(?:abschlusspruefung|gesellenpruefung|final exams?|journeyman'?s? exam) (?:\w+ ){0,4}(?:bestanden|passed)\b|\b(?:abschlusspruefung|gesellenpruefung) (?:\w+ ){0,4}(?:abgelegt|gemacht)\b|\b(?:bestand\w*|passed) (?:\w+ ){0,3}(?:abschlusspruefung|gesellenpruefung|final exams?|journeyman'?s? exam)\b/,
  },
  {
    // A dual training registered with a chamber: "Ausbildungsvertrag über die Handwerkskammer", "(IHK)",
    // "registered with the IHK" (session 6). The nursing school of the PflBG is *understanding*'s rule.
    key: 'job.trainingBody',
    value: 'chamber',
    neg: 'skip',
    context: /ausbild|azubi|auszubildend|\blehre\b|lehrling|lehrstelle|apprentic|\btrain/,
    unless: /abgeschlossen|absolviert|beendet|bestanden|finished|completed|qualified|passed/,
    re: /\b(?:ihk|hwk|handwerkskammer|industrie und handelskammer|chamber of (?:crafts|commerce|skilled crafts|industry and commerce)|landwirtschaftskammer|chamber)\b/,
  },
  {
    key: 'job.matchesQualification',
    value: true,
    neg: 'flip',
    re: /\bmatch (?:for|with|to) (?:his|her|their) (?:degree|studies|qualifications?|qualifikation|training|profession)\b|\bso it matches\b|\bit matches (?:his|her|their)\b|\b(?:fits|matches|suits) (?:\w+ ){0,2}(?:his|her|their) (?:degree|studies|qualifications?|qualifikation)\b|\bpasst (?:\w+ ){0,3}zu (?:seinem|ihrem) (?:abschluss|studium)\b|\bmatch(?:t|es)? (?:\S+ ){0,2}(?:mit|with|to) (?:seinem|ihrem|seiner|ihrer|his|her) (?:degree|abschluss|studium|qualifikation|qualification|ausbildung)\b|\b(?:entspricht|entsprechen) (?:\w+ ){0,2}(?:der|seiner|ihrer) (?:\w+ )?(?:qualifikation|berufsausbildung|ausbildung)\b|\bentspricht (?:\w+ ){0,2}(?:seinem|ihrem) (?:abschluss|studium)\b/,
  },
  {
    // "eine Zusage für die Pflegefachausbildung gibt es noch nicht", "we can't promise a full apprenticeship yet".
    key: 'job.followOnTrainingPromised',
    value: false,
    context: HELPER_OR_EQ,
    re: /\b(?:no|not yet|noch keine?|keine?) (?:\w+ ){0,2}(?:promise|zusage|garantie|guarantee)\b|\b(?:can't|cannot|can not|koennen (?:\w+ )?nicht|noch nicht) (?:\w+ ){0,3}(?:promise|zusagen|versprechen|garantieren|guarantee)\b|\bzusage (?:\w+ ){0,6}noch nicht\b|\bnicht (?:zugesagt|versprochen|garantiert)\b|\bnot (?:\w+ )?(?:promised|guaranteed)\b|\bohne (?:zusage|garantie)\b|\bwithout (?:a |any )?(?:promise|guarantee)\b/,
  },
  {
    // The employer's plan after the helper training: "und anschließend macht sie bei uns die dreijährige Ausbildung",
    // "and afterwards the 3 year nursing training" (review S5-16); after the "not promised" rule above.
    key: 'job.followOnTrainingPromised',
    value: true,
    context: HELPER_OR_EQ,
    unless:
      /\bob\b|\bwissen (?:wir|ich) (?:noch )?nicht|unklar|noch offen|vielleicht|eventuell|mal sehen|schauen wir|not sure|maybe|perhaps|\bif\b|whether|we'll see|\?/,
    re: /\b(?:danach|anschliessend|im anschluss|and then|afterwards|after that|followed by) (?:\w+ ){0,6}?(?:ausbildung|lehre|apprenticeship|training)\b/,
  },
  {
    // "we promised him the place for the 3 year training afterwards, in writing".
    key: 'job.followOnTrainingPromised',
    value: true,
    neg: 'skip',
    re: /\b(?:promised|guaranteed|zugesagt|versprochen) (?:him|her|them|ihm|ihr)? ?(?:the |a |den |einen )?(?:\w+ )?(?:place|spot|platz|ausbildungsplatz|training place)\b(?:\s+\S+){0,5}\s+(?:training|apprenticeship|ausbildung)/,
  },
];
