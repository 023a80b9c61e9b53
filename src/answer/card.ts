import type { CaseDateKind, EndingEvent, Outcome } from '../domain/assessment.js';

/**
 * One answer structure for every channel (web widget, API text, Slack): the verdict first, at most
 * three steps, the facts it rests on, and everything else in sections opened on request. Built once
 * from the assessment (see `buildAnswerCard`) and stored with the message, so a card drawn again
 * after a reload is the card the employer saw, not a re-computation under later knowledge.
 */
export interface AnswerCard {
  kind: 'verdict';
  lang: 'de' | 'en';
  lawAsOf: string;
  outcome: Outcome;
  /** How strongly the channel marks the verdict: a ban strongest, then "not possible", waiting, go. */
  tone: Tone;
  /** One word or two: "Verboten", "Erlaubnis nötig". */
  label: string;
  /** The verdict in one sentence with its reason (and, for a ban, that no permission can be granted). */
  headline: string;
  event?: EndingEvent;
  earliestStart?: string;
  /**
   * Issue 20: the case's dates as the rules give them (waiting period ends, document expires, a notice deadline,
   * a route's time requirements met), each with what to do. Absent on cards stored before them.
   */
  dates?: AnswerDate[];
  /** "Was Sie jetzt tun": at most three, in the order to do them. */
  steps: AnswerStep[];
  /** The facts the verdict rests on, as the employer gave them. */
  facts: AnswerFact[];
  /** The details, each opened on request; the first is "what you can do instead" for a ban. */
  sections: AnswerSection[];
  /** Every cited entry once, numbered; items point at them with `refs`. */
  sources: AnswerSource[];
  escalation?: { urgent: boolean; title: string; reasons: string[] };
  footer: string;
  /**
   * v1.1 addition: the card is the one shown before (same verdict, headline, steps, dates), sent again after a
   * change that left it as it was. Text and Slack say so in one line; the widget folds it.
   */
  unchanged?: true;
}

export type Tone = 'ban' | 'no' | 'wait' | 'go' | 'open';

export interface AnswerStep {
  text: string;
  /** ISO date the step is tied to (earliest start, expiry, a deadline). */
  date?: string;
  refs: number[];
}

export interface AnswerDate {
  /** Stable per subject (`route_opens:25b`): the same subject on another day is a moved date. */
  id: string;
  kind: CaseDateKind;
  date: string;
  /** Short, for a timeline or a calendar entry. */
  label: string;
  /** What to do on the day. */
  text: string;
  refs: number[];
}

export interface AnswerFact {
  /** Flat fact key (`job.kind`), as `{ choice: { factKey } }` takes it. */
  key: string;
  /** The fact's short name ("Staatsangehörigkeit"). */
  name: string;
  /** The value in words ("Tunesien", "Duldung seit 09/2025"). */
  text: string;
}

export type SectionId =
  | 'instead'
  | 'steps'
  | 'documents'
  | 'duties'
  | 'dates'
  | 'risks'
  | 'routes'
  | 'open'
  | 'sources';

export interface AnswerItem {
  text: string;
  /** A short label before the text (a route's name, a deadline). */
  lead?: string;
  refs: number[];
}

export interface AnswerSection {
  id: SectionId;
  title: string;
  items: AnswerItem[];
  /** One line for what is folded away (routes: the excluded ones), with the reasons behind it. */
  folded?: { text: string; items: AnswerItem[] };
}

export interface AnswerSource {
  n: number;
  entryId: string;
  title: string;
  legalBasis: string[];
  reviewedAt: string;
  links: { title: string; url: string }[];
}
