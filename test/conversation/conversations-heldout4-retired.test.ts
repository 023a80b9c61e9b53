import { describe, it } from 'vitest';
import { expectWellLabelledSet } from './set-labels.js';

/**
 * The fourth fresh conversation set was held apart until 08.12.2026 00:15 (28/30 then, at 3a0d814) and is a
 * tuning set now: `npm run bench -- conversation-sets` counts it; a floor comes with the fixes tuned on it.
 * This checks its labels.
 */
describe('conversations-heldout4-retired.yaml (tuning, held apart until session 7)', () => {
  it('has 30 conversations in German and English, each with a verdict of the contract and its basis', () => {
    expectWellLabelledSet('conversations-heldout4-retired.yaml');
  });
});
