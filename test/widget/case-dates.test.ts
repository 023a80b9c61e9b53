import { describe, expect, it } from 'vitest';
import { cardDates } from '../../src/channels/web/widget/client/card-dates.js';
import { checklistHtml } from '../../src/channels/web/widget/client/checklist.js';
import { addMonths } from '../../src/channels/web/widget/client/dates.js';
import { translator } from '../../src/channels/web/widget/client/i18n.js';
import { trackPositions } from '../../src/channels/web/widget/client/view-timeline.js';
import { sampleCard } from './sample-assessment.js';

const t = translator('de');

describe('case dates, timeline and checklist', () => {
  it('adds calendar months and clamps the 31st to the end of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2027-08-31', 30)).toBe('2030-02-28');
    expect(addMonths('2026-11-22', 12)).toBe('2027-11-22');
  });

  it('orders today and the dated steps: the start after the waiting period, the expiry of the document', () => {
    const dates = cardDates(sampleCard(), t);
    expect(dates.map((d) => [d.kind, d.date])).toEqual([
      ['today', '2026-11-22'],
      ['step', '2027-01-15'],
      ['step', '2027-03-31'],
    ]);
  });

  it('keeps dots on the track apart when dates lie close together, within 0–100 %', () => {
    const positions = trackPositions(['2026-11-22', '2026-11-23', '2029-05-22']);
    expect(positions[0]).toBe(0);
    expect((positions[1] ?? 0) - (positions[0] ?? 0)).toBeGreaterThanOrEqual(12);
    expect(positions[2]).toBe(100);
  });

  it('shows a partial expiry date as it was said, never with a made-up first day', () => {
    const year = checklistHtml(sampleCard({}, { documentValidUntil: '2027' }), t, 'de');
    expect(year).toContain('bis 2027');
    expect(year).not.toContain('01.01.2027');
    const month = checklistHtml(sampleCard({}, { documentValidUntil: '2027-03' }, 'en'), translator('en'), 'en');
    expect(month).toMatch(/until (Mar|March) 2027/);
    expect(month).not.toContain('1 Mar 2027');
  });

  it('prints the checklist with escaped text, numbered sources with Stand and only http(s) links', () => {
    const html = checklistHtml(sampleCard(), t, 'de');
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('Kopie der Duldung &amp; Zusatzblatt');
    expect(html).toContain('Bußgeld &lt;bis 500.000 €&gt;');
    expect(html).toContain('<strong>Frist: 14 Tage:</strong> Vorzeitiges Ende melden');
    expect(html).toContain('<strong>Beschäftigungsduldung (§ 60d AufenthG) – möglich, wenn:</strong> 12 Monate Arbeit');
    expect(html).not.toContain('§ haertefall');
    expect(html).toContain('[1] <strong>Meldepflicht &lt;Arbeitgeber&gt;</strong>');
    expect(html).toContain('Stand 01.10.2026');
    expect(html).toContain('href="https://www.gesetze-im-internet.de/aufenthg_2004/__60d.html"');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('@media print');
  });
});
