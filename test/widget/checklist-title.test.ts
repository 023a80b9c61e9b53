import { describe, expect, it } from 'vitest';
import { checklistHtml } from '../../src/channels/web/widget/client/checklist.js';
import { translator } from '../../src/channels/web/widget/client/i18n.js';
import { sampleCard } from './sample-assessment.js';

// Review S6-18 / S5-27: the checklist printed for a job or training that ends was titled "Checkliste zur
// Einstellung" / "Hiring checklist". Its title (and the document's <title>) names the ending; a hiring stays hiring.

const h1 = (html: string) => /<h1>([^<]*)<\/h1>/.exec(html)?.[1];
const title = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];

describe('the printable checklist is titled for what the employer is dealing with', () => {
  it.each([
    ['de', 'training_ends_early', 'Checkliste zum Ende der Ausbildung'],
    ['de', 'employment_ends_early', 'Checkliste zum Ende der Beschäftigung'],
    ['en', 'training_ends_early', 'Checklist: the training ends'],
    ['en', 'employment_ends_early', 'Checklist: the employment ends'],
  ] as const)('%s %s: "%s", never the hiring checklist', (lang, event, expected) => {
    const html = checklistHtml(sampleCard({ event }, { event }, lang), translator(lang), lang);
    expect(h1(html)).toBe(expected);
    expect(title(html)).toBe(expected);
    expect(html).not.toMatch(/Checkliste zur Einstellung|Hiring checklist/);
  });

  it.each([
    ['de', 'Checkliste zur Einstellung'],
    ['en', 'Hiring checklist'],
  ] as const)('%s hiring: "%s"', (lang, expected) => {
    const html = checklistHtml(sampleCard({}, {}, lang), translator(lang), lang);
    expect(h1(html)).toBe(expected);
  });
});
