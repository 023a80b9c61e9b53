import { describe, it } from 'vitest';
import { expectWellLabelledSet } from './set-labels.js';

/**
 * The fourth fresh conversation set is held apart (written in session 6 without reading the code that answers
 * it): `npm run bench -- conversation-sets` counts it, figures only. No floor and nothing printed here, so that
 * nobody tunes on it; this checks its labels.
 */
describe('conversations-fresh-4.yaml (held apart, never tuned on)', () => {
  it('has 30 conversations in German and English, each with a verdict of the contract and its basis', () => {
    expectWellLabelledSet('conversations-fresh-4.yaml');
  });
});
