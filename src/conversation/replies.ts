import { fold } from '../nlu/normalize.js';
import { leadsWithYesNo } from '../nlu/yes-no.js';

/**
 * Whether a reply to a yes/no offer opens with its yes or no ("Nein danke, …", "no, …"), not merely holds a
 * "not" somewhere: "we learned it on 2 December, not on friday" states a fact and declines nothing (review S4-6).
 */
export const opensWithYesNo = (text: string): boolean => leadsWithYesNo(fold(text));
