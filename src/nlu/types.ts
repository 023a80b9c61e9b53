import type { CaseFacts, FactKey } from '../domain/facts.js';

/** A partial CaseFacts: every field optional, `job` partial too. Valid against `CaseFacts`. */
export type CaseFactsPatch = CaseFacts;

export type Intent = 'handoff' | 'greeting' | 'thanks' | 'restart' | 'question' | 'correction' | 'affirm' | 'deny';

export interface NluContext {
  lang: 'de' | 'en';
  /** ISO date; the only source of "now" (relative durations are counted from it). */
  today: string;
  /** The fact the bot asked for last: decides what a bare answer ("2021", "ja") fills. */
  pendingFactKey?: FactKey;
  /** Facts set in the previous turns, oldest first: a correction replaces the latest fitting one. */
  lastFactKeys?: FactKey[];
  /** The case so far: a bare month answering "in which month of 2022?" takes that year. */
  facts?: CaseFacts;
  /** The bot asked a yes/no question that is no fact (the hand-off consent): intents say yes or no. */
  expectsYesNo?: boolean;
}

export interface Understanding {
  patch: CaseFactsPatch;
  /** Facts the user says they do not know. */
  unknown: FactKey[];
  intents: Intent[];
  /** Facts the message speaks about without yielding them, with the employer's words (see mentions.ts). */
  mentions?: Partial<Record<FactKey, string>>;
}

export type FactValue = string | number | boolean;

/** One fact found in the text, with where it was found (offsets into the normalised text). */
export interface Finding {
  key: FactKey;
  value: FactValue;
  start: number;
  end: number;
  /** Assigned by a word that may refer to something else; a yes/no answer may claim the date instead. */
  weak?: boolean;
  /** One of two dates said as alternatives ("2021 oder 2022"): the fact is named but its value not known. */
  either?: boolean;
  /** Said with a doubt ("2018 oder so", "2017, not sure"): the value only as the answer to its question. */
  unsure?: boolean;
  /** Read as over because its clause is told in the past ("used to live in a reception centre"). */
  past?: boolean;
}

export interface Span {
  start: number;
  end: number;
}

/** The message prepared once and shared by all extractors. */
export interface Doc {
  raw: string;
  /** Folded (lower case, ae/oe/ue/ss, hyphens split) and typo-corrected text. */
  text: string;
  /** Keywords in `text` that only a typo correction produced ("afganistan" → "afghanistan"). */
  corrected: ReadonlySet<string>;
  clauses: Span[];
  /** Clauses bounded by punctuation only (see `splitSegments`): the reach of a date's cue words. */
  segments: Span[];
  sentences: Span[];
  ctx: NluContext;
}
