import { describe, it } from 'vitest';
import { expectWellLabelledSet } from './set-labels.js';

/**
 * The third fresh conversation set was held apart until 07.12.2026 21:15 (26/30 then) and is a tuning set now:
 * `npm run bench -- conversation-sets` counts it; a floor comes with the fixes tuned on it. This checks its labels.
 */
describe('conversations-heldout3-retired.yaml (tuning, held apart until session 6)', () => {
  it('has 30 conversations in German and English, each with a verdict of the contract and its basis', () => {
    expectWellLabelledSet('conversations-heldout3-retired.yaml');
  });
});
