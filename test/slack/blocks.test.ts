import { describe, expect, it } from 'vitest';
import { assessmentBlocks } from '../../src/channels/slack/assessment-blocks.js';
import { chunkBlocks, decodeActionId, encodeActionId, LIMITS, sections } from '../../src/channels/slack/block-kit.js';
import { answeredBlocks, renderMessage } from '../../src/channels/slack/message-blocks.js';
import { buildQuestion, consentQuestion } from '../../src/conversation/questions.js';
import type { Assessment, Citation } from '../../src/domain/assessment.js';

const citation = (n: number): Citation => ({
  entryId: `entry.${n}`,
  title: `Eintrag ${n} <wichtig> & mehr`,
  legalBasis: ['§ 60a Abs. 6 AufenthG'],
  reviewedAt: '2026-11-20',
  sources: [{ title: 'Gesetz | Text', url: 'https://www.gesetze-im-internet.de/aufenthg_2004/__60a.html' }],
});

const assessment = (over: Partial<Assessment> = {}): Assessment => ({
  lawAsOf: '2026-11-22',
  outcome: 'permission_required',
  permission: { required: true, authority: 'auslaenderbehoerde' },
  baConsent: 'required',
  missingFacts: [],
  steps: [{ id: 's1', text: 'Formular ausfüllen', citations: [citation(1)] }],
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

describe('Block Kit rendering', () => {
  it('renders the assessment as header, sections, duties with deadline, and sources with "Stand" as context', () => {
    const blocks = assessmentBlocks(assessment(), 'de');
    expect(blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'Lotse – Einschätzung nach der Rechtslage vom 22.11.2026' },
    });
    expect(allText(blocks.filter((b) => b.type === 'section'))).toContain('Beschäftigung melden _(Frist: 14 Tage)_');
    const context = blocks.filter((b) => b.type === 'context').flatMap((b) => b.elements.map((e) => e.text));
    expect(context.filter((t) => t.startsWith('*Eintrag'))).toHaveLength(2);
    expect(context).toContain(
      '*Eintrag 1 &lt;wichtig&gt; &amp; mehr* (§ 60a Abs. 6 AufenthG) · Stand 20.11.2026 · <https://www.gesetze-im-internet.de/aufenthg_2004/__60a.html|Gesetz / Text>',
    );
    expect(context).toContain('Stand des Rechts: 22.11.2026');
  });

  it('renders English from the English catalogues', () => {
    const text = allText(assessmentBlocks(assessment(), 'en'));
    expect(text).toContain('Reviewed 20 November 2026');
    expect(text).toContain('Law as of 22 November 2026');
  });

  it('keeps within Slack’s limits: sections ≤ 3000 characters, context ≤ 10 elements, messages ≤ 50 blocks', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ id: `r${i}`, text: 'x'.repeat(400), citations: [] }));
    const blocks = assessmentBlocks(
      assessment({ risks: many, citations: Array.from({ length: 25 }, (_, i) => citation(i)) }),
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
