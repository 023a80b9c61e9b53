import type { CaseFacts, IsoDate } from './facts.js';
import type { OpenPoint } from './findings.js';
import { firstDay, lastDay } from './partial-date.js';

/** The day before which a person of `age` on `on` cannot have been born: `on` minus (age + 1) years. */
function bornAfter(age: number, on: IsoDate): IsoDate {
  return `${String(Number(on.slice(0, 4)) - age - 1).padStart(4, '0')}${on.slice(4)}`;
}

/**
 * Review S5-23: § 60a Abs. 5 S. 1 AufenthG — the Duldung "erlischt mit der Ausreise", so the Duldung a person holds
 * began after their (last) entry, and never before their birth. A start that lies wholly before the entry or before
 * the earliest birth the age allows is impossible (a misreading such as "a 25 year old girl … with duldung" →
 * "tolerated since 07.12.2001", or a slip). It is never used as a fact: the open point says the conflict, the rules
 * read the start as not given (asked; after "weiß nicht" unknown, the cautious reading).
 */
export function toleratedSinceConflict(facts: CaseFacts, factsAsOf: IsoDate): OpenPoint | undefined {
  const { toleratedSince, entryDate, age } = facts;
  if (toleratedSince === undefined) return undefined;
  const until = lastDay(toleratedSince);
  if (entryDate !== undefined && until < firstDay(entryDate)) {
    return {
      msg: 'open.tolerated_before_entry',
      params: { tolerated: toleratedSince, entry: entryDate },
      cite: ['residence.travel'],
    };
  }
  if (age !== undefined && until <= bornAfter(age, factsAsOf)) {
    return { msg: 'open.tolerated_before_birth', params: { tolerated: toleratedSince, age } };
  }
  return undefined;
}

/** The facts the rules may use: an impossible Duldung start is dropped (see `toleratedSinceConflict`). */
export function withoutImpossibleDates(facts: CaseFacts, factsAsOf: IsoDate): CaseFacts {
  if (!toleratedSinceConflict(facts, factsAsOf)) return facts;
  const { toleratedSince: _dropped, ...rest } = facts;
  return rest;
}
