import { fold } from '../nlu/normalize.js';
import { questionsOf } from './after-verdict.js';

/**
 * Replies to the hand-off offer that are neither yes nor no (review S5-9). "vielleicht später", "wir überlegen uns
 * das noch", "not now, maybe later" decline for now; "was heißt das?", "kostet das was?", "muss das sein?", "who
 * would that be?" ask about the offer itself and get a short answer with the question again; "hmm weiß nicht",
 * "not sure" hesitate and get the question again with what the hand-off is. None of them is a no, and none is
 * "nicht verstanden".
 */
export type OfferReply =
  | { kind: 'later' }
  /** `what`: what the hand-off is, who, whether it is needed; `cost`: whether it costs anything. */
  | { kind: 'about'; unsure: boolean; what: boolean; cost: boolean }
  | { kind: 'unsure'; asksElse: boolean };

/** Not now: later, thinking it over, coming back to it. */
const LATER =
  /\b(?:(?:vielleicht|vllt|evtl|eventuell|ggf) (?:\w+ )?spaeter|spaeter (?:vielleicht|mal|gern\w*)|ein ander(?:es )?mal|nicht jetzt|jetzt (?:erst ?mal |noch )?nicht|(?:erst ?mal|vorerst|momentan|zunaechst) (?:noch )?nicht|ueberleg\w* (?:\w+ ){0,3}(?:noch|mal)|(?:noch )?(?:mal )?(?:drueber |darueber )?nachdenken|denk\w* (?:\w+ ){0,2}nach|melde\w* (?:mich|uns)|komm\w* (?:\w+ ){0,3}zurueck|bei bedarf|maybe later|later maybe|not now|not (?:right )?now|not yet|not at the moment|(?:think|thinking) (?:about it|it over|about that)|let (?:me|us) think|get back to you|come back to (?:it|this|that)|for now no|no for now|not for now)\b/;

/** Hesitation without a yes or no. */
const UNSURE =
  /\b(?:weiss (?:ich )?(?:noch )?nich?t?|weiss nich|nicht sicher|unsicher|keine ahnung|mal sehen|mal schauen|hm+|naja|na ja|kommt drauf an|not sure|unsure|no idea|dunno|don'?t know|do not know|i wonder|it depends|depends)\b/;

/** A plain no in the reply ("nein", "no thanks"): then it is no hesitation but a no. */
const PLAIN_NO = /^(?:nein|ne|nee|no|nope|nah)\b|\b(?:nein danke|no thanks?|no thank you)\b/;

/** Words that make a question one about the offer, whatever its length. */
const OFFER_WORDS =
  /\b(?:berat\w*|uebergab\w*|uebergeb\w*|uebergibst|weitergeb\w*|weiterleit\w*|kost\w*|gebuehr\w*|kostenlos|umsonst|gratis|adviser\w*|advisor\w*|counsel\w*|hand(?:ing|ed)? (?:it |this |the case )?over|hand ?over|cost\w*|free of charge|for free|(?:is|is it|is that|is this|it's|its) free|fee\w*|charge\w*)\b/;
/** Short questions that can only be about what was just offered ("was heißt das?", "muss das sein?", "who?"). */
const SHORT_ABOUT =
  /\b(?:was heisst|was bedeutet|was passiert|was bringt|bringen|wozu|warum|wieso|weshalb|wer|muss das|muss ich|muessen wir|pflicht|freiwillig|was sieht|sieht wer|what does (?:that|this|it) mean|what happens|what (?:would|will|does) (?:that|it|this) (?:bring|do|help)|what for|why|who|do i have to|do we have to|must i|must we|mandatory|required|necessary|what do they see|who sees|meaning)\b/;
/** A question about the permission or the office is answered from the knowledge base, not as one about the offer. */
const CASE_WORDS =
  /\b(?:erlaubnis|antrag|beantrag\w*|auslaenderbehoerde|abh|arbeiten|arbeit|permission|permit|immigration office|apply|work)\b/;

const COST = /\b(?:kost|gebuehr|umsonst|gratis|cost|free|fee|charge)/;
const words = (text: string) => text.split(/[^\p{L}\d']+/u).filter((w) => w !== '').length;

/** Whether a question is about the offer itself ("kostet das was?", "who would that be?", "muss das sein?"). */
function aboutOffer(question: string): boolean {
  const q = fold(question);
  if (CASE_WORDS.test(q) && !/\b(?:berat\w*|adviser\w*|advisor\w*|counsel\w*)\b/.test(q)) return false;
  return OFFER_WORDS.test(q) || (words(q) <= 8 && SHORT_ABOUT.test(q));
}

/** What a reply to the hand-off consent question does when it is neither a plain yes nor a plain no. */
export function offerReply(text: string): OfferReply | undefined {
  const folded = fold(text);
  const questions = questionsOf(text);
  const about = questions === '' ? [] : questions.split(/(?<=\?)\s*/).filter(aboutOffer);
  const unsure = UNSURE.test(folded) && !PLAIN_NO.test(folded);
  if (about.length > 0) {
    const cost = about.some((q) => COST.test(fold(q)));
    return { kind: 'about', unsure, cost, what: !cost || about.some((q) => SHORT_ABOUT.test(fold(q))) };
  }
  if (LATER.test(folded)) return { kind: 'later' };
  if (unsure) return { kind: 'unsure', asksElse: questions !== '' };
  return undefined;
}

/**
 * After the employer declined the hand-off, "ok doch, mach mal", "doch lieber übergeben", "actually, go ahead"
 * asks for it after all: the consent question is asked again.
 */
const REOPEN =
  /\b(?:doch|mach (?:mal|das|es|ruhig)|machen sie (?:das|es|mal)|uebergeb\w*|weiterleit\w*|on second thought|actually|go ahead|do it|hand (?:it |this |the case )?over|please do)\b/;
const YES_WORD = /\b(?:ja|ok|okay|gut|gern\w*|bitte|yes|yeah|sure|please|alright|fine)\b/;

export function reopensOffer(text: string): boolean {
  const folded = fold(text);
  return REOPEN.test(folded) && (YES_WORD.test(folded) || /\b(?:mach|uebergeb|go ahead|do it|hand)/.test(folded));
}
