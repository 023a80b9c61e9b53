import { glossaryDe } from '../i18n/glossary.de.js';
import { glossaryEn } from '../i18n/glossary.en.js';
import { fold } from '../nlu/normalize.js';
import { answer, type FollowUpAnswer, type FollowUpInput } from './types.js';

/** "Was heißt denn Nebenbestimmung?", "what does Duldung mean?": a request to explain a word. */
const EXPLAIN =
  /^(?:\w+ ){0,3}?(?:was (?:ist|sind|bedeutet|bedeuten|heisst|meint|meinen sie mit)|was versteht man unter|wofuer steht|erklaer\w*|what(?:'s| is| are| does)|what do you mean by|explain|meaning of)\b/;

/**
 * A word of the bot's own questions and answers ("Nebenbestimmung", "Erstaufnahme", "Dublin") explained
 * in the glossary's plain sentences, the same text the widget shows beside the word. Only when the
 * question asks what the word means, and the question is about that word alone.
 */
export function glossaryAnswer(input: FollowUpInput): FollowUpAnswer | undefined {
  const question = fold(input.question);
  if (!EXPLAIN.test(question) || question.split(' ').length > 12) return undefined;
  const glossary = input.lang === 'de' ? glossaryDe : glossaryEn;
  const forms = Object.values(glossary).flatMap((entry) =>
    entry.forms.map((form) => ({ form: fold(form), text: entry.text })),
  );
  forms.sort((a, b) => b.form.length - a.form.length);
  const hit = forms.find(({ form }) => new RegExp(`(?<![a-z])${form}(?![a-z])`).test(question));
  return hit ? answer('glossary', hit.text) : undefined;
}
