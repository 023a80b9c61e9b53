import { describe, expect, it } from 'vitest';
import { caseTimeline } from '../../src/channels/web/widget/client/case-dates.js';
import { checklistHtml } from '../../src/channels/web/widget/client/checklist.js';
import { addMonths } from '../../src/channels/web/widget/client/dates.js';
import { translator } from '../../src/channels/web/widget/client/i18n.js';
import { trackPositions } from '../../src/channels/web/widget/client/view-timeline.js';
import { sampleAssessment } from './sample-assessment.js';

const t = translator('de');

describe('case dates, timeline and checklist', () => {
  it('adds calendar months and clamps the 31st to the end of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2027-08-31', 30)).toBe('2030-02-28');
    expect(addMonths('2026-11-22', 12)).toBe('2027-11-22');
  });

  it('orders today, earliest start, expiry and milestones; excluded routes get no milestone', () => {
    const dates = caseTimeline(sampleAssessment(), { documentValidUntil: '2027-03-31' }, t);
    expect(dates.map((d) => [d.kind, d.date])).toEqual([
      ['today', '2026-11-22'],
      ['start', '2027-01-15'],
      ['expiry', '2027-03-31'],
      ['route', '2028-01-15'],
    ]);
  });

  it('counts route clocks from today when no waiting period runs', () => {
    const a = sampleAssessment({
      earliestStart: undefined,
      routes: [{ id: '25b', status: 'likely', text: '', citations: [] }],
    });
    expect(caseTimeline(a, {}, t).map((d) => d.date)).toEqual(['2026-11-22', '2029-05-22']);
  });

  it('keeps dots on the track apart when dates lie close together, within 0–100 %', () => {
    const positions = trackPositions(['2026-11-22', '2026-11-23', '2029-05-22']);
    expect(positions[0]).toBe(0);
    expect((positions[1] ?? 0) - (positions[0] ?? 0)).toBeGreaterThanOrEqual(12);
    expect(positions[2]).toBe(100);
  });

  it('shows a partial expiry date as it was said, never with a made-up first day', () => {
    const year = checklistHtml(sampleAssessment(), { documentValidUntil: '2027' }, t, 'de');
    expect(year).toContain(`2027: ${t('documentExpiry')}`);
    expect(year).not.toContain('01.01.2027');
    const month = checklistHtml(sampleAssessment(), { documentValidUntil: '2027-03' }, translator('en'), 'en');
    expect(month).toContain(`Mar 2027: ${translator('en')('documentExpiry')}`);
    expect(month).not.toContain('1 Mar 2027');
  });

  it('prints the checklist with escaped text, deadlines, Stand and only http(s) links', () => {
    const html = checklistHtml(sampleAssessment(), {}, t, 'de');
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('Kopie der Duldung &amp; Zusatzblatt');
    expect(html).toContain('Bußgeld &lt;bis 500.000 €&gt;');
    expect(html).toContain('Vorzeitiges Ende melden <strong>(Frist: 14 Tage)</strong>');
    expect(html).toContain('Stand 01.10.2026');
    expect(html).toContain('href="https://www.gesetze-im-internet.de/aufenthg_2004/__60d.html"');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('@media print');
  });
});
