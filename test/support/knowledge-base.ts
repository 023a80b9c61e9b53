import { resolve } from 'node:path';
import { createKnowledgeBase } from '../../src/knowledge/knowledge-base.js';
import { loadKnowledgeFromDir } from '../../src/knowledge/load-node.js';

/**
 * knowledge/ and its search index, built once per test file, for the helpers that start a Lotse for
 * every test (lotseOnFile, watchedLotse, lotseWithSlack, realLotse). A runtime does the same: it builds
 * the index once at start-up and every conversation shares it (the search only reads it). Building it
 * again for each test cost about 1.5 s of CPU per test and checked nothing the first build did not:
 * each file that starts a Lotse still reads the files and builds the index, through the same code.
 * Built when a helper is imported (every file importing one starts a Lotse), so that it is not the
 * first test that pays for it within its time limit.
 */
const entries = loadKnowledgeFromDir(resolve('knowledge'));
const knowledge = createKnowledgeBase(entries);

export const knowledgeOnce = () => ({ entries, knowledge });
