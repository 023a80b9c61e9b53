import { cautiousDates, yearOf } from '../../conversation/merge-facts.js';
import { buildQuestion, decisiveYears, nextQuestion } from '../../conversation/questions.js';
import type { Assessment } from '../../domain/assessment.js';
import type { CaseFacts, FactKey } from '../../domain/facts.js';
import type { GraphDeps } from '../deps.js';
import type { State, Update } from '../state.js';

/** The state update, and the assessment when the case is answered (null when a question comes). */
export interface Decision {
  update: Update;
  assessment: Assessment | null;
}

/**
 * Runs the rules and picks the one question that can still change the verdict, most decisive first.
 * A fact that was asked and still not given, or any fact once the question budget is spent, is
 * treated as unknown: the rules then answer on the cautious reading and say what is open. A date
 * given only as a year is asked again when its month decides, and otherwise read at the year's end.
 */
export function decide(deps: GraphDeps) {
  return (state: State): Decision => {
    let unknown = state.unknown;
    const assessOf = (facts: CaseFacts) => deps.assess(facts, state.lawAsOf, unknown, state.lang);
    const base = assessOf(state.facts);
    const years = decisiveYears(state.facts, state.lawAsOf, base, assessOf);
    // A year whose month can no longer be asked is read at its end; the rules may then need other facts.
    const settled = years.filter((key) => nextQuestion([key], state.asked, unknown) === undefined);
    const open = years.filter((key) => !settled.includes(key));
    // No year read at its end: the facts are those of `base`, and the rules are deterministic.
    let assessment = settled.length === 0 ? base : assessOf(cautiousDates(state.facts, settled, state.lawAsOf));
    const budgetLeft = state.asked.length < deps.questionBudget;
    const next = nextQuestion([...assessment.missingFacts, ...open], state.asked, unknown);
    if (next && budgetLeft) {
      const year = open.some((key) => key === next) ? yearOf(state.facts, next) : undefined;
      return {
        update: {
          pending: buildQuestion(next, state.lang, year),
          asked: [...state.asked, next],
          status: 'collecting',
          assessed: null,
          assessment: null,
        },
        assessment: null,
      };
    }
    const facts = cautiousDates(state.facts, years, state.lawAsOf);
    if (open.length > 0) assessment = assessOf(facts);
    const stillMissing = assessment.missingFacts.filter((key) => !unknown.includes(key as FactKey)) as FactKey[];
    if (stillMissing.length > 0) {
      unknown = [...unknown, ...stillMissing];
      assessment = deps.assess(facts, state.lawAsOf, unknown, state.lang);
    }
    return {
      // Exactly the arguments of the last assess() above, so `assessmentOf` computes the same assessment.
      update: {
        assessed: { facts, lawAsOf: state.lawAsOf, unknown, lang: state.lang },
        assessment: null,
        unknown,
        pending: null,
        status: 'answered',
      },
      assessment,
    };
  };
}
