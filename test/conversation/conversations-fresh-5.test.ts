import { describe, it } from 'vitest';
import { expectWellLabelledSet } from './set-labels.js';

/**
 * The fifth fresh conversation set, written in session 7 without reading the reader or the dialogue code: held
 * apart, never tuned on. `npm run bench -- conversation-sets` counts it (figures only, never the misses); a floor
 * here would invite tuning on it. This checks its labels only: no conversation is run and nothing is printed.
 */
describe('conversations-fresh-5.yaml (held apart, never tuned on)', () => {
  it('has 30 conversations in German and English, each with a verdict of the contract and its basis', () => {
    expectWellLabelledSet('conversations-fresh-5.yaml');
  });
});
