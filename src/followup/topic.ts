import type { JobKind } from '../domain/facts.js';
import { ROUTE_NAME } from './route-names.js';

/** What a follow-up question after a verdict asks about; each has an answer drawn from the case. */
export type Topic =
  | 'details'
  | 'sources'
  | 'next_year'
  | 'trial_work'
  | 'duties'
  | 'wage'
  | 'documents'
  | 'start'
  | 'processing_time'
  | 'ba'
  | 'reason'
  | 'routes'
  | 'job_variant'
  | 'definition'
  /** "Can she not use the old permit from the other firm?": a permission is for one employer and job. */
  | 'old_permit'
  /** "Kostet das was?": the permission's fee, and what the knowledge base holds about counselling. */
  | 'cost'
  /** A question that names one route ("und über die Beschäftigungsduldung?", "what about 60d?"). */
  | 'named_route'
  /** After an ending: what becomes of the person's document, and whether they may work on for the employer. */
  | 'after_end'
  /** "Muss das bei der Kammer eingetragen werden?": who takes the training contract (chamber, school). */
  | 'registration'
  /** "Brauch ich was von der Ausländerbehörde?": what the immigration office does in this case (S5-6). */
  | 'abh';

/** Lower case, umlauts and ß spelled out, so "Prüfung" and "Pruefung" read the same. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[’`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Was ist eine …?", "explain …": asks for an explanation (the knowledge base's), also of a route's name. */
const DEFINITION =
  /^(?:was (?:ist|sind|bedeutet|bedeuten|heisst|meint) (?:eine?n?|der|die|das)\b|what(?:'s| is| are| does) (?:an?|the)\b|erklaer\w*|explain)/;

/** Words asking how a route stands for the person ("möglich", "wär das was", "could he get it later"). */
const STANDING =
  /\b(?:moeglich\w*|possibl\w*|geht|ginge|gehen|klappt|klappen|spaeter|later|besser|better|kriegt|kriegen|bekomm\w*|get|gets|chance\w*|options?|infrage|frage|waer\w*|would|could|sinn|sense|lohnt)\b/g;

/**
 * Whom to tell, inform or let know ("do I need to tell anyone?", "wem muss ich das sagen?", "muss ich die
 * Ausländerbehörde informieren?"): a question about the case's notice duty. Only with someone to tell, so
 * "can you tell me …" or "wo kann ich mich informieren?" (asking for information) is no such question.
 */
const NOTIFY_WHOM = new RegExp(
  [
    String.raw`\b(?:tell|inform|notify) (?:anyone|anybody|someone|somebody|them|immigration|authorit\w*|the (?:\w+ )?(?:authorit\w*|office|immigration|agency|abh))\b`,
    String.raw`\b(?:anyone|anybody|someone|somebody|who|whom) (?:\w+ ){0,4}(?:tell|inform|notify)\b`,
    String.raw`\blet (?:the|them|anyone|anybody|someone|somebody|immigration|authorit\w*)(?: \w+){0,2} know\b`,
    String.raw`\b(?:irgendwem|irgendwen|jemandem|jemanden|wem|wen|behoerde\w*|amt|abh|auslaenderbehoerde)(?: \w+){0,4} (?:sagen|bescheid\w*|informieren|mitteilen|melden)\b`,
    String.raw`\bbescheid (?:sagen|geben)\b`,
  ].join('|'),
);

/** Whether a question asks whom to tell about it (the notice duty), in the words of NOTIFY_WHOM. */
export const asksWhomToTell = (question: string): boolean => NOTIFY_WHOM.test(fold(question));

/**
 * "Brauch ich was von der Ausländerbehörde?", "muss ich da zur ABH?", "do I need anything from the immigration office?"
 * (review S5-6): what the employer needs from the office – the person's application there, or nothing under a ban.
 * Only with the employer asking ("wie lange braucht die Ausländerbehörde?" asks the processing time).
 */
const ABH_NEED =
  /\b(?:brauch\w* (?:ich|wir|man)|muss (?:ich|man)|muessen wir|(?:do|does|will|would) (?:i|we) (?:need|have to)|(?:i|we) need)\b.{0,30}\b(?:von|vom|from|zur|zum|to|bei|at)\b (?:der |dem |the )?(?:auslaenderbehoerde|abh|amt|behoerde|immigration(?: office| authorit\w*)?|foreigners'? office)\b/;

/**
 * Cues per topic, tested in this order: the first that matches decides. The order settles the
 * overlaps: "wie lange ist die Wartezeit" is about the start, not the authority's processing time;
 * "Unterlagen fürs Praktikum" about documents, not another kind of job.
 */
const CUES: readonly [Topic, RegExp][] = [
  // Only a short request ("Details", "mehr Details bitte", "show me everything"): "what details does
  // the report need?" asks about the report.
  [
    'details',
    /^(?:(?:\w+ ){0,2}(?:details?|einzelheiten)(?: \w+){0,2}|mehr|more|alles anzeigen|show (?:me )?(?:all|everything|more)|zeig (?:mir )?(?:alles|mehr))[.!?]*$/,
  ],
  ['sources', /\b(?:quellen?|belege?|sources?|references?|rechtsgrundlagen?)\b/],
  // A chamber named, or registering / entering the contract or training ("wer trägt den Vertrag ein?"); not the
  // "Eintrag in der Duldung" (the document's clause) nor being registered somewhere else.
  [
    'registration',
    /\b(?:kammer\w*|ihk|hwk|handwerkskammer|chambers?)\b|\b(?:eintrag\w*|eingetragen|eintragen|traegt|tragen|register\w*|registrier\w*)\b.{0,40}\b(?:vertrag|ausbildungsvertrag|lehrvertrag|contract|ausbildung|training|apprenticeship)\b|\b(?:vertrag|ausbildungsvertrag|lehrvertrag|contract|ausbildung|training|apprenticeship|nursing|pflege\w*)\b.{0,40}\b(?:eintrag\w*|eingetragen|eintragen|register\w*|registrier\w*)\b/,
  ],
  [
    'old_permit',
    /\b(?:alte[nm]?|bisherige[nm]?|vorherige[nm]?|fruehere[nm]?|old|previous|former|existing)\b.{0,25}\b(?:erlaubnis|arbeitserlaubnis|beschaeftigungserlaubnis|permit|permission|work permit)\b|\b(?:erlaubnis|arbeitserlaubnis|beschaeftigungserlaubnis|permit|permission)\b.{0,40}\b(?:andere[nmr]?|alte[nm]?|vorherige[nm]?|fruehere[nm]?|other|previous|former|old)\b.{0,15}\b(?:firma|arbeitgeber\w*|betrieb|job|stelle|firm|company|employer)\b/,
  ],
  ['cost', /\b(?:kostet|kosten|kostenlos|gebuehr\w*|gratis|umsonst|costs?|fees?|free of charge|charged?)\b/],
  [
    'next_year',
    /\b(?:naechste[sn]? jahr|kommende[sn]? jahr|im neuen jahr|next year|coming year|ab januar|from january|20(?:2[7-9]|3\d))\b/,
  ],
  [
    'trial_work',
    // Not the probation period ("nach der Probezeit entlassen", "during the trial period"): that is employment.
    /\b(?:probe(?!zeit)\w*|zur probe|schnupper\w*|hospitation|hospitier\w*|einfuehlungs\w*|trial(?! period)\w*|try(?:ing)? (?:him|her|them) out)\b/,
  ],
  ['duties', NOTIFY_WHOM],
  [
    'duties',
    /\b(?:meld\w*|mitteil\w*|bescheid geben|pflicht\w*|frist\w*|notice|notif\w*|report\w*|dut(?:y|ies)|deadline|obligations?|abbr(?:icht|echen|uch)|drops? out|kuendig\w*|entlass\w*|rauswerf\w*|dismiss\w*|fire (?:him|her|them)|let (?:him|her|them) go|quits?|ablaeuft|ablaufen|abgelaufen|expir\w*)\b/,
  ],
  [
    'wage',
    /\b(?:mindestlohn\w*|minimum wage|lohn|loehne|zahlen|bezahl\w*|verdien\w*|(?:ausbildungs)?verguetung|gehalt|earn\w*|pay|paid|wages?|salary|minijob-?grenze|(?<!minimum )(?:training )?allowance)\b/,
  ],
  [
    'documents',
    /\b(?:unterlagen|dokumente|papiere|papierkram|checkliste|checklist|paperwork|documents|formular\w*|forms?|aufheben|aufbewahren|on file|vorbereiten|prepare)\b/,
  ],
  ['abh', ABH_NEED],
  // After the duties, the wage and the documents ("Mindestlohn in der Ausbildungsduldung?" asks the wage), before
  // the rest: "ab wann ginge die Beschäftigungsduldung?" asks when the route opens, not when the job may start.
  ['named_route', ROUTE_NAME],
  [
    'start',
    /\b(?:ab wann|wann (?:kann|darf|koennte|duerfte)|anfangen|anfaengt|beginnen|beginnt|loslegen|arbeitsbeginn|wartezeit|start\w*|begin|waiting period|earliest|sofort)\b/,
  ],
  [
    'processing_time',
    /\b(?:wie lange|dauert|dauern|wie schnell|bearbeitungs\w*|how long|how quickly|how fast|takes? (?:the|them))\b/,
  ],
  [
    'ba',
    /\b(?:zustimm\w*|arbeitsagentur|agentur fuer arbeit|bundesagentur|ba|employment agency|federal employment|consent)\b/,
  ],
  ['reason', /^(?:und )?(?:warum|wieso|weshalb|why|how come)\b|\baus welchem grund\b/],
  [
    'routes',
    /\b(?:weg|wege|moeglichkeit\w*|chance\w*|perspektive\w*|bleiberecht\w*|bleiben|aufenthalt\w*|dagegen|etwas tun|noch tun|any way|way to|options?|stay|residence|anything (?:we|i) can do|what can (?:we|i) do)\b/,
  ],
  [
    'job_variant',
    /\b(?:aushilf\w*|aushelf\w*|minijob\w*|geringfuegig\w*|praktik\w*|intern|internship|ausbildung|azubi|apprentic\w*|trainee|zeitarbeit\w*|leiharbeit\w*|temp|agency work|(?:temp|temping|staffing|temporary work) agenc\w*|teilzeit|vollzeit|part[- ]?time|full[- ]?time|\d+ (?:stunden|std|hours)|wochenende\w*|weekends?|nebenbei|nebenjob|side job|jobben|freelanc\w*|selbststaendig\w*|freiberuf\w*|self[- ]employ\w*|anstell\w*|angestellt\w*|festanstellung|employee|helper)\b/,
  ],
  ['definition', DEFINITION],
];

/** After an ending: "darf er als Helfer weiterarbeiten?", "can he stay on?", "a new job with us?". */
const WORK_ON =
  /\b(?:weiter ?(?:arbeit|beschaeftig|mach)\w*|weiter (?:\w+ ){1,3}(?:arbeit|beschaeftig)\w*|bei uns bleiben|behalten|als helfer\w*|stay on|keep (?:him|her|them)(?: on)?|keep (?:on )?(?:working|employing)|continue (?:working|to work|employing)|work on|as (?:a )?helper|(?:andere|anderen|anderer|neue|neuen|neuer) (?:stelle|job|taetigkeit)|(?:another|other|a new|new|different) (?:job|position|role))\b/;

/**
 * During the notice period (review S5-4): "darf er bis ende januar noch weiterarbeiten?", "can he still work for us
 * until the 31st?", "muss er sofort aufhören?" – the same job until the end, not a new one. Needs a word of working or
 * stopping beside the "until".
 */
const UNTIL_END =
  /\b(?:bis (?:zum |zur )?(?:ende\b|schluss|letzten|\d{1,2}\b|dahin|(?:mitte|anfang) \w+)|(?:until|till|up to|through) (?:the (?:end|last|\d{1,2}(?:st|nd|rd|th)?\b)|(?:his|her|their) (?:last|final)|then|\d{1,2}(?:st|nd|rd|th)?\b)|kuendigungsfrist|notice period|(?:sofort|gleich|direkt) (?:\w+ ){0,2}aufhoer\w*|aufhoer\w* (?:\w+ ){0,2}(?:sofort|gleich|direkt)|stop (?:\w+ ){0,2}(?:immediately|right away|at once|straight away)|(?:immediately|right away) stop)/;
const WORKING = /(?:arbeit|beschaeftig|work|aufhoer|stop|bleib|stay)/;

/** Whether an ending question asks about working in the same job until the end (S5-4). */
export const asksUntilEnd = (question: string): boolean => {
  const text = fold(question);
  return UNTIL_END.test(text) && WORKING.test(text);
};

/** After a training ended early: "kann sie die Ausbildung bei einem anderen Betrieb weitermachen?". */
const TRAINING_ELSEWHERE =
  /\b(?:ausbildung|lehre|training|apprenticeship)\b.{0,60}\b(?:andere[nmrs]?|woanders|anderswo|neue[nmr]?|other|another|new|elsewhere|somewhere else|different)\b|\b(?:andere[nmrs]?|woanders|anderswo|other|another|elsewhere|somewhere else|different)\b.{0,60}\b(?:ausbildung|lehre|training|apprenticeship|ausbildungsplatz)\b/;

/** Whether an ending question asks about continuing the training at another company. */
export const asksTrainingElsewhere = (question: string): boolean => TRAINING_ELSEWHERE.test(fold(question));

/** After an ending: "verliert er seine Duldung?", "what happens to him now?", "muss er ausreisen?". */
const STATUS_AFTER =
  /\b(?:verlier\w*|verlust|lose[sn]?|losing|ausreis\w*|abschieb\w*|abgeschoben|deport\w*|leave (?:the country|germany)|was (?:passiert|geschieht|wird) (?:\w+ ){0,2}(?:mit|aus)|what (?:happens|will happen|is going to happen) (?:\w+ ){0,2}(?:to|with))\b|\b(?:duldung|aufenthalt\w*|erlaubnis|status|permit|toleration)\b.{0,40}\b(?:bestehen|gueltig|gilt|valid|erlischt|widerruf\w*|revok\w*|weg)\b/;

const NOTICE = /\b(?:meld\w*|mitteil\w*|frist\w*|bussgeld\w*|notice|notif\w*|report\w*|deadline|fine)\b/;

/** Whether an ending question asks about working on (else it asks what becomes of the person). */
export const asksToWorkOn = (question: string): boolean => WORK_ON.test(fold(question));

export function topicOf(question: string, options: TopicOptions = {}): Topic | undefined {
  return topicWithCue(question, options)?.topic;
}

export interface TopicOptions {
  /** The verdict is about an ending: questions about the person's future there come first. */
  ending?: boolean;
}

/** The topic and the words of the question that made it (so other words can still point elsewhere). */
export function topicWithCue(
  question: string,
  options: TopicOptions = {},
): { topic: Topic; words: string[] } | undefined {
  const text = fold(question);
  // Checked before the other topics: "er hat gekündigt – darf er als Helfer weiterarbeiten?" carries the
  // ending's own words (a duty cue) but asks about the person, and "als Helfer" is no job variant there.
  // "What happens to me if I don't report it?" stays a question about the notice duty.
  if (options.ending) {
    if (asksUntilEnd(question)) return { topic: 'after_end', words: [UNTIL_END.exec(text)?.[0] ?? ''] };
    const status = NOTICE.test(text) ? undefined : STATUS_AFTER.exec(text)?.[0];
    const words = [WORK_ON.exec(text)?.[0], status, TRAINING_ELSEWHERE.exec(text)?.[0]].filter(
      (w): w is string => w !== undefined,
    );
    if (words.length > 0) return { topic: 'after_end', words };
  }
  // "450 euro a month for 4 sundays x 8 hours, is this ok?": a pay to check against the minimum wage.
  const pay = payWords(text);
  if (pay) return { topic: 'wage', words: pay };
  for (const [topic, cue] of CUES) {
    if (topic === 'named_route' && DEFINITION.test(text)) continue;
    const words = [...text.matchAll(new RegExp(cue.source, 'g'))].map((m) => m[0]);
    // "Is employment toleration possible for him?": "possible" asks the route's standing, no other subject.
    if (topic === 'named_route' && words.length > 0)
      return { topic, words: [...words, ...[...text.matchAll(STANDING)].map((m) => m[0])] };
    if (words.length > 0) return { topic, words };
  }
  return undefined;
}

/** The kind of job a "what about …?" question names, and the hours it names. */
export interface Variant {
  kind?: JobKind;
  hoursPerWeek?: number;
}

const KINDS: readonly [JobKind, RegExp][] = [
  ['school_training', /\bschulische\w* ausbildung|school-based|vocational school\b/],
  ['self_employment', /\b(?:freelanc\w*|selbststaendig\w*|freiberuf\w*|self[- ]employ\w*|auf rechnung|contractor)\b/],
  [
    'agency_work',
    /\b(?:zeitarbeit\w*|leiharbeit\w*|temp|agency work|personaldienstleist\w*|(?:temp|temping|staffing|employment|recruitment|temporary work) agenc\w*)\b/,
  ],
  ['minijob', /\b(?:minijob\w*|aushilf\w*|aushelf\w*|geringfuegig\w*|helper|(?:450|520|538|556|603)(?:[- ]?euro)?)\b/],
  ['internship_orientation', /\b(?:praktik\w*|intern|internship)\b/],
  ['vocational_training', /\b(?:ausbildung|azubi|apprentic\w*|trainee|lehre)\b/],
  // Full or part time changes the hours, not the kind of job.
  [
    'employment',
    /\b(?:anstell\w*|angestellt\w*|festanstellung|employee|regular job|wochenende\w*|weekends?|nebenbei|nebenjob|side job|jobben)\b/,
  ],
];

export function variantOf(question: string): Variant {
  const text = fold(question);
  const kind = KINDS.find(([, cue]) => cue.test(text))?.[0];
  const hours = /\b(\d{1,2}) ?(?:stunden|std|hours|h)\b/.exec(text)?.[1];
  const hoursPerWeek = hours
    ? Number(hours)
    : /\b(?:vollzeit|full[- ]?time)\b/.test(text)
      ? 40
      : /\b(?:teilzeit|part[- ]?time)\b/.test(text)
        ? 20
        : undefined;
  return { ...(kind ? { kind } : {}), ...(hoursPerWeek !== undefined ? { hoursPerWeek } : {}) };
}

/**
 * Questions the verdict itself answers (review S4-14): whether the job is possible or allowed, whether a
 * permission is needed, what to do now. Only when no topic matched: "geht das auch als Minijob?" asks about
 * another job, "can we hire him for a trial day?" about trial work.
 */
const VERDICT_QUESTION = new RegExp(
  [
    // German: "Geht das?", "möglich?", "ist das erlaubt?", "dürfen wir ihn einstellen?", "braucht man ne Erlaubnis?"
    String.raw`\b(?:geht|ginge|klappt) (?:das|es)\b`,
    String.raw`^(?:und |also )?(?:moeglich|erlaubt|legal|machbar|gehts|geht's)\b`,
    String.raw`\b(?:ist|waere|sind) (?:das|es|dies) (?:\w+ )?(?:moeglich|erlaubt|legal|machbar|zulaessig|in ordnung)\b`,
    String.raw`\b(?:darf|duerfen|kann|koennen|koennte|koennten) (?:ich|wir|man) (?:\w+ ){0,4}(?:einstellen|beschaeftigen|anstellen|nehmen)\b`,
    String.raw`\b(?:darf|kann) (?:er|sie) (?:\w+ ){0,3}(?:arbeiten|anfangen)\b`,
    String.raw`\bbrauch\w* (?:\w+ ){0,4}(?:erlaubnis|genehmigung|arbeitserlaubnis|beschaeftigungserlaubnis)\b`,
    String.raw`\bwas (?:muss|muessen|soll|sollen) (?:ich|wir) (?:\w+ ){0,2}(?:tun|machen)\b`,
    String.raw`\bwas (?:ist|gibt es) (?:\w+ )?zu tun\b`,
    String.raw`\b(?:was nun|wie geht es (?:jetzt |nun )?weiter)\b`,
    // English: "possible?", "is it allowed", "can we hire him?", "do we need a permit?", "what must I do now?"
    String.raw`^(?:and |so )?(?:possible|allowed|legal|ok|okay)\b`,
    String.raw`\b(?:is|would|will) (?:it|this|that) (?:\w+ )?(?:possible|allowed|legal|permitted|ok|okay|fine)\b`,
    String.raw`\b(?:can|could|may) (?:we|i) (?:\w+ ){0,2}(?:hire|employ|take on)\b`,
    String.raw`\b(?:can|could|may) (?:he|she|they) (?:\w+ ){0,3}work\b`,
    String.raw`\bneeds? (?:a |an |the |any )?(?:work )?(?:permission|permit|authori[sz]ation)\b`,
    String.raw`\bwhat (?:(?:must|should|shall|do|can|could) )?(?:i|we) (?:\w+ ){0,2}do\b`,
    String.raw`\bwhat (?:\w+ )?(?:must|should|shall|have to|need to|to) do\b`,
    String.raw`\b(?:what now|next steps?)\b`,
  ].join('|'),
);

/** What to do now, rather than whether it is possible: answered with the verdict's steps. */
const WHAT_TO_DO = /\b(?:tun|machen|weiter|what now|do|next steps?)\b/;

/** The question the verdict answers ("Geht das?", "what must I do now?"), when no other topic is asked. */
export function verdictQuestion(question: string): 'reason' | 'steps' | undefined {
  const text = fold(question);
  if (topicWithCue(question) || !VERDICT_QUESTION.test(text)) return undefined;
  return WHAT_TO_DO.test(text) && !/\b(?:erlaubnis|genehmigung|permission|permit)\b/.test(text) ? 'steps' : 'reason';
}

/**
 * An amount of money: "450 euro", "450€", "€ 450", "12,50 eur" — or a bare sum said per month ("reichen 450 im
 * Monat?", "is 450 a month enough?"): three digits or more before "im Monat" are a pay, not a count of days or hours.
 */
export const AMOUNT =
  /(\d+(?:[.,]\d{1,2})?) ?(?:€|euro|eur)(?![a-z])|€ ?(\d+(?:[.,]\d{1,2})?)|\b(\d{3,5}(?:[.,]\d{1,2})?)(?= (?:im|pro|per|a|je) (?:monat|month)\b)/;
/** Hours worked, or the period a pay is for. */
const HOURS_OR_PERIOD =
  /\b\d+ ?(?:h|std|stunden|hours?)\b|\b(?:im|pro|per|a|je|the|in the|each) (?:monat|month|woche|week|stunde|hour)\b|\b(?:monatlich|monthly|woechentlich|weekly|stundenlohn|hourly)\b/;

/** The words of a pay to check: an amount with hours or a period ("und als 450-euro-job?" is another job). */
function payWords(text: string): string[] | undefined {
  const amount = AMOUNT.exec(text)?.[0];
  const hours = HOURS_OR_PERIOD.exec(text)?.[0];
  return amount && hours ? [amount, hours] : undefined;
}
