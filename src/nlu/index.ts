export type { CaseFactsPatch, Intent, NluContext, Understanding } from './types.js';
export { understand } from './understand.js';
