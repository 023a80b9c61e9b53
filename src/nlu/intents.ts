import type { Intent } from './types.js';

const GREETING =
  /^(?:hallo|hi|hey|moin|servus|gruess (?:gott|dich)|guten (?:tag|morgen|abend)|sehr geehrte\w*|liebe\w* (?:team|damen|kolleg\w*)|hello|good (?:morning|afternoon|evening|day)|dear|greetings|gruezi|salut)\b/;
const THANKS = /\b(?:danke\w*|vielen dank|thanks|thank you|thx|merci)\b/;
const RESTART =
  /\b(?:neu (?:starten|anfangen|beginnen)|von vorne?|neustart|restart|start (?:over|again)|reset|neuer fall|new case|anderer fall|another case|zuruecksetzen|alles loeschen)\b/;
const HANDOFF =
  /\b(?:mit (?:einem|einer) (?:echten |realen )?(?:menschen|person|berater\w*|mitarbeiter\w*)|(?:menschen|berater\w*|mitarbeiter\w*|person) (?:sprechen|reden)|echte\w* (?:mensch\w*|person)|human|real person|(?:speak|talk) (?:to|with) (?:a |an )?(?:someone|somebody|person|adviser|advisor|human)|advis[eo]r|counsell?or|live agent|beratung|ansprechpartner\w*|verbinden|weiterleiten|rueckruf|call me back)\b/;
const QUESTION_WORD =
  /^(?:wie|was|wann|warum|wieso|weshalb|wer|wo|woher|welche\w*|darf|duerfen|kann|koennen|muss|muessen|brauche|braucht|gibt es|ist es|soll|sollte|how|what|when|why|who|where|which|can|could|may|do|does|did|is|are|must|should|would)\b/;
/** "Was ist eine Duldung light?" asks for an explanation; the terms in it are not facts of the case. */
export const DEFINITION_QUESTION =
  /^(?:was (?:ist|sind|bedeutet|heisst|meint)|wofuer steht|what (?:is|are|does)|what's|whats|explain|erklaer\w*|wie funktioniert|how does)\b/;

export const CORRECTION_MARK =
  /^(?:korrektur|correction|berichtigung|sorry|sry)\b|\b(?:ich meinte|ich meine|i meant|i mean|vertippt|typo|scratch that|war falsch|ich korrigiere|let me correct)\b|\bnicht \S+,? sondern\b|\bnot \S+,? but\b/;
export const SOFT_CORRECTION =
  /^(?:(?:ach |oh )?(?:nein|nee|noe)|no|nope|doch|eigentlich|actually)\b|\b(?:eigentlich|actually|doch eher|falsch|wrong)\b/;

/** "er will woanders neu anfangen" is the person's plan, not a request to erase the case. */
const SOMEONE_ELSE =
  /\b(?:er|sie|es|he|she|they|man|person|bewerber\w*|kandidat\w*|mitarbeiter\w*|azubi\w*|applicant|candidate|employee)\b/;

/** Restart and erase only on the writer's own explicit request. */
function restartAsked(text: string): boolean {
  const m = RESTART.exec(text);
  if (!m) return false;
  const sentenceStart =
    Math.max(text.lastIndexOf('.', m.index), text.lastIndexOf('?', m.index), text.lastIndexOf('!', m.index)) + 1;
  return !SOMEONE_ELSE.test(text.slice(sentenceStart, m.index));
}

/** Intents that do not depend on the facts found. */
export function detectIntents(text: string): Intent[] {
  const out: Intent[] = [];
  if (HANDOFF.test(text)) out.push('handoff');
  if (GREETING.test(text)) out.push('greeting');
  if (THANKS.test(text)) out.push('thanks');
  if (restartAsked(text)) out.push('restart');
  return out;
}

/** A sentence that starts with a question word and ends with "?" ("Kann er anfangen? Er hat …"). */
/** A short lead-in may stand before it ("kurze Frage, darf er …?", "hallo, kann …?"). */
const ASKED_SENTENCE = new RegExp(
  `(?:^|[.!?\\n] *)(?:[^.!?\\n,:]{0,25}[,:] *)?${QUESTION_WORD.source.slice(1)}[^.!?\\n]*\\?`,
);

export function isQuestion(raw: string, text: string, carriesFacts: boolean): boolean {
  return /\?\s*$/.test(raw) || ASKED_SENTENCE.test(text) || (QUESTION_WORD.test(text) && !carriesFacts);
}
