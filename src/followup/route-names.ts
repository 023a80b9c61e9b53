import type { RouteId } from '../domain/assessment.js';

/**
 * How employers name the routes to a residence title, in German and English (text folded by `fold`: lower
 * case, umlauts spelled out). The English names are the glossary's ("employment toleration", "training
 * toleration", "hardship commission"); the German ones the statute's and the ones people say
 * ("Arbeitsduldung", "Chancen-Aufenthalt"). A bare section number counts ("60d", "§ 19d", "25 b"). Generic
 * words ("Bleiberecht", "Aufenthaltserlaubnis") name no single route: they are the routes overview's.
 */
const ROUTE_NAMES: readonly [RouteId, RegExp][] = [
  [
    '60d',
    /\b(?:beschaeftigungs-? ?duldung\w*|arbeits-? ?duldung\w*|employment[- ]toleration|toleration (?:for|based on|through) (?:employment|work)|employment duldung|60 ?d)\b/,
  ],
  [
    '60c',
    /\b(?:ausbildungs-? ?duldung\w*|training[- ]toleration|toleration (?:for|during) (?:the |a )?(?:vocational )?training|training duldung|3 ?\+ ?2[- ]?regel\w*|60 ?c)\b/,
  ],
  ['16g', /\b(?:16 ?g|aufenthaltserlaubnis zur (?:berufs)?ausbildung|residence permit for (?:vocational )?training)\b/],
  ['19d', /\b(?:19 ?d|qualifizierte\w* geduldete\w*|qualified tolerated (?:persons?|people))\b/],
  ['25a', /\b(?:25 ?a|gut integrierte\w* (?:jugendliche|junge)\w*|well[- ]integrated (?:young|youth)\w*)\b/],
  ['25b', /\b(?:25 ?b|nachhaltige\w* integration|sustainable integration)\b/],
  [
    '104c',
    /\b(?:104 ?c|chancen-? ?aufenthalt\w*|opportunity (?:residence|right of residence|residence right)\w*|chance residence)\b/,
  ],
  ['haertefall', /\b(?:haertefall\w*|hardship (?:commission|case)\w*|23 ?a)\b/],
];

/** Any route's name: the cue of the follow-up topic `named_route`. */
export const ROUTE_NAME = new RegExp(ROUTE_NAMES.map(([, cue]) => cue.source).join('|'));

/** The routes a question names, in the order the catalogue lists them (usually one). */
export function routesNamed(folded: string): RouteId[] {
  return ROUTE_NAMES.filter(([, cue]) => cue.test(folded)).map(([id]) => id);
}
