import { describe, expect, it } from 'vitest';
import { buildAnswerCard } from '../../src/answer/build-card.js';
import { countWords } from '../../src/answer/render-text.js';
import { assessmentBlocks, detailBlocks } from '../../src/channels/slack/assessment-blocks.js';
import {
  type Block,
  chunkBlocks,
  decodeActionId,
  encodeActionId,
  LIMITS,
  sections,
} from '../../src/channels/slack/block-kit.js';
import { answeredBlocks, renderMessage } from '../../src/channels/slack/message-blocks.js';
import { buildQuestion, consentQuestion } from '../../src/conversation/questions.js';
import type { Assessment, Citation } from '../../src/domain/assessment.js';
import { germanDate } from '../support/knowledge-dates.js';

const citation = (n: number): Citation => ({
  entryId: `entry.${n}`,
  title: `Eintrag ${n} <wichtig> & mehr`,
  legalBasis: ['§ 60a Abs. 6 AufenthG'],
  reviewedAt: '2026-11-20',
  sources: [{ title: 'Gesetz | Text', url: 'https://www.gesetze-im-internet.de/aufenthg_2004/__60a.html' }],
});

/** The law date the assessment is given as of (input); the blocks print it as a German date. */
const LAW_AS_OF = '2026-11-22';

const assessment = (over: Partial<Assessment> = {}): Assessment => ({
  lawAsOf: LAW_AS_OF,
  outcome: 'permission_required',
  permission: { required: true, authority: 'auslaenderbehoerde' },
  baConsent: 'required',
  missingFacts: [],
  steps: [{ id: 'fill_ba_form', text: 'Formular ausfüllen', citations: [citation(1)] }],
  documents: [],
  employerDuties: [{ id: 'd1', text: 'Beschäftigung melden', deadlineDays: 14, citations: [citation(2)] }],
  risks: [],
  routes: [],
  escalation: { recommended: false, urgency: 'normal', reasons: [] },
  openPoints: [],
  citations: [citation(1), citation(2), citation(1)],
  ...over,
});

const allText = (blocks: unknown) => JSON.stringify(blocks);

const card = (over: Partial<Assessment> = {}, lang: 'de' | 'en' = 'de') =>
  buildAnswerCard(assessment(over), { status: 'duldung', nationality: 'TN', job: { kind: 'employment' } }, lang);

const words = (blocks: readonly Block[]) =>
  countWords(
    blocks
      .flatMap((b) =>
        b.type === 'section' ? [b.text.text] : b.type === 'context' ? b.elements.map((e) => e.text) : [],
      )
      .join('\n'),
  );

describe('Block Kit rendering', () => {
  it('renders the verdict as headline with icon and label, numbered steps, the facts as context and a Details button', () => {
    const { blocks, details } = assessmentBlocks(card(), 'de', 'm-verdict');
    const first = blocks[0];
    expect(first?.type === 'section' && first.text.text).toMatch(/^:hourglass_flowing_sand: \*Erlaubnis nötig:\* /);
    expect(allText(blocks)).toContain('*Was Sie jetzt tun*');
    const context = blocks.filter((b) => b.type === 'context').flatMap((b) => b.elements.map((e) => e.text));
    expect(context[0]).toBe('*Ihre Angaben:* Duldung · Tunesien · Arbeitsstelle');
    expect(context).toContain(
      `Stand des Rechts: ${germanDate(LAW_AS_OF)}. Allgemeine Information, keine Rechtsberatung.`,
    );
    expect(details).toMatchObject({ action_id: 'lotse:details:0', value: 'm-verdict', text: { text: 'Details' } });
    expect(allText(blocks)).not.toContain('Eintrag 1');
  });

  it('marks a ban with its own icon and says no permission can be granted while it applies', () => {
    const { blocks } = assessmentBlocks(card({ outcome: 'prohibited', baConsent: 'not_applicable' }), 'de', 'm');
    const first = blocks[0];
    expect(first?.type === 'section' && first.text.text).toMatch(
      /^:no_entry: \*Verboten:\* Tunesien gilt als sicherer Herkunftsstaat/,
    );
    expect(allText(blocks)).toContain('solange das Verbot gilt');
  });

  it('posts the sections on request: duties with deadline, routes by name, each source once with its number and "Stand"', () => {
    const blocks = detailBlocks(
      card({
        routes: [
          {
            id: 'haertefall',
            status: 'possible',
            text: 'x',
            label: 'Härtefallkommission (§ 23a AufenthG)',
            detail: 'letzter Ausweg',
            citations: [citation(3)],
          },
          {
            id: '60d',
            status: 'excluded',
            text: 'y',
            label: 'Beschäftigungsduldung (§ 60d AufenthG)',
            detail: 'Einreise zu spät',
            citations: [citation(4)],
          },
        ],
        citations: [citation(1), citation(2), citation(3), citation(4)],
      }),
      'de',
    );
    const text = allText(blocks);
    expect(text).toContain('*Frist: 14 Tage:* Beschäftigung melden');
    expect(text).toContain('*Härtefallkommission (§ 23a AufenthG) – möglich, wenn:* letzter Ausweg');
    expect(text).toContain('_Nicht in Frage kommen: Beschäftigungsduldung (§ 60d AufenthG)._');
    expect(text).not.toContain('§ haertefall');
    const context = blocks.filter((b) => b.type === 'context').flatMap((b) => b.elements.map((e) => e.text));
    expect(context.filter((t) => /^\[\d+\] \*Eintrag/.test(t))).toHaveLength(4);
    expect(context).toContain(
      '[1] *Eintrag 1 &lt;wichtig&gt; &amp; mehr* (§ 60a Abs. 6 AufenthG) · Stand 20.11.2026 · <https://www.gesetze-im-internet.de/aufenthg_2004/__60a.html|Gesetz / Text>',
    );
  });

  it('renders English from the English catalogues', () => {
    const { blocks } = assessmentBlocks(card({}, 'en'), 'en', 'm');
    expect(allText(blocks)).toContain('Law as of 22 November 2026');
    expect(allText(detailBlocks(card({}, 'en'), 'en'))).toContain('Reviewed 20 November 2026');
  });

  it('draws a verdict message from its stored card, with Details before the other buttons', () => {
    const rendered = renderMessage(
      {
        id: 'v1',
        role: 'bot',
        text: 'Erlaubnis nötig: …',
        createdAt: '',
        answer: card(),
        options: [{ value: 'restart', label: 'Neu beginnen' }],
      },
      'de',
      { status: 'answered', facts: {} },
    );
    const ids = rendered.blocks.flatMap((b) => (b.type === 'actions' ? b.elements.map((e) => e.action_id) : []));
    expect(ids).toEqual(['lotse:details:0', 'lotse:action:0', 'lotse:action:handoff']);
    expect(words(rendered.blocks)).toBeLessThanOrEqual(150);
  });

  it('sets what a turn understood apart as a context block', () => {
    const rendered = renderMessage(
      { id: 'u1', role: 'bot', text: 'Verstanden: Tunesien · Duldung seit 09/2025', createdAt: '' },
      'de',
    );
    expect(rendered.blocks).toHaveLength(1);
    expect(rendered.blocks[0]).toMatchObject({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: ':memo: Verstanden: Tunesien · Duldung seit 09/2025' }],
    });
    const question = renderMessage(
      { id: 'q1', role: 'bot', text: 'Welches Dokument hat die Person?', createdAt: '' },
      'de',
    );
    expect(question.blocks[0]?.type).toBe('section');
  });

  it('keeps within Slack’s limits: sections ≤ 3000 characters, context ≤ 10 elements, messages ≤ 50 blocks', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ id: `r${i}`, text: 'x'.repeat(400), citations: [] }));
    const blocks = detailBlocks(
      card({ risks: many, citations: Array.from({ length: 25 }, (_, i) => citation(i)) }),
      'de',
    );
    for (const b of blocks) {
      if (b.type === 'section') expect(b.text.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
      if (b.type === 'context') expect(b.elements.length).toBeLessThanOrEqual(LIMITS.contextElements);
    }
    const long = sections(['y'.repeat(5000)]);
    expect(long).toHaveLength(1);
    expect(long[0]?.type === 'section' && long[0].text.text.length).toBe(LIMITS.sectionText);
    const chunks = chunkBlocks([...blocks, ...blocks, ...blocks, ...blocks, ...blocks]);
    expect(chunks.every((c) => c.length <= LIMITS.blocksPerMessage)).toBe(true);
  });

  it('encodes the fact key in action_id and the option in value, including dotted keys', () => {
    expect(decodeActionId(encodeActionId('job.kind', 3))).toEqual({ factKey: 'job.kind' });
    expect(decodeActionId('someone-else')).toBeUndefined();
    const question = buildQuestion('job.kind', 'de');
    const rendered = renderMessage(
      { id: 'm1', role: 'bot', text: question.text, createdAt: '', options: question.options },
      'de',
      { status: 'collecting', facts: {}, pendingQuestion: question },
    );
    const buttons = rendered.blocks.flatMap((b) => (b.type === 'actions' ? b.elements : []));
    expect(buttons[0]).toMatchObject({ action_id: 'lotse:job.kind:0', value: question.options[0]?.value });
    expect(buttons.at(-1)).toMatchObject({ action_id: 'lotse:action:handoff', value: 'handoff' });
    expect(buttons.every((b) => b.text.text.length <= LIMITS.buttonText)).toBe(true);
  });

  it('offers no extra "talk to a person" button on the hand-off question itself', () => {
    const consent = consentQuestion('en');
    const rendered = renderMessage(
      { id: 'm2', role: 'bot', text: consent.text, createdAt: '', options: consent.options },
      'en',
      { status: 'answered', facts: {}, pendingQuestion: consent },
    );
    const ids = rendered.blocks.flatMap((b) => (b.type === 'actions' ? b.elements.map((e) => e.action_id) : []));
    expect(ids).toEqual(['lotse:handoffConsent:0', 'lotse:handoffConsent:1']);
  });

  it('escapes what Slack would read as mentions or links in an adviser’s reply', () => {
    const rendered = renderMessage({ id: 'm3', role: 'adviser', text: 'Hallo <!channel> & Co', createdAt: '' }, 'de');
    expect(rendered.text).toBe('*Beratung:* Hallo &lt;!channel&gt; &amp; Co');
  });

  it('replaces a clicked message’s buttons with the chosen answer', () => {
    const blocks = [{ type: 'section' }, { type: 'actions' }];
    expect(answeredBlocks(blocks, 'Duldung', 'de')).toEqual([
      { type: 'section' },
      { type: 'context', elements: [{ type: 'mrkdwn', text: '✓ Ihre Wahl: Duldung', verbatim: true }] },
    ]);
  });
});
