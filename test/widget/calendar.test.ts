import { describe, expect, it } from 'vitest';
import { cardCalendarEvents, hasPlanningDates } from '../../src/channels/web/widget/client/card-dates.js';
import { translator } from '../../src/channels/web/widget/client/i18n.js';
import { buildIcs, escapeText, foldLine } from '../../src/channels/web/widget/client/ics.js';
import { sampleCard } from './sample-assessment.js';

describe('calendar file (RFC 5545)', () => {
  it('escapes backslash, semicolon, comma and line breaks in text values', () => {
    expect(escapeText('a\\b; c, d\ne')).toBe('a\\\\b\\; c\\, d\\ne');
  });

  it('folds lines longer than 75 octets without splitting a multi-byte character', () => {
    const line = `SUMMARY:${'ä'.repeat(80)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(folded.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
  });

  it('writes all-day events with CRLF line ends, DTSTAMP, DTEND on the next day and an alarm', () => {
    const ics = buildIcs(
      [{ uid: 'x@lotse', date: '2026-12-31', summary: 'Dokument läuft ab', alarmDaysBefore: 28 }],
      '2026-11-22T10:05:00.000Z',
    );
    expect(ics.split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Lotse//Employer widget//DE',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
      'UID:x@lotse',
      'DTSTAMP:20261122T100500Z',
      'DTSTART;VALUE=DATE:20261231',
      'DTEND;VALUE=DATE:20270101',
      'SUMMARY:Dokument läuft ab',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'DESCRIPTION:Dokument läuft ab',
      'TRIGGER:-P28D',
      'END:VALARM',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('turns the dated steps of the card into events: the start after the waiting period and the expiry', () => {
    const t = translator('de');
    const events = cardCalendarEvents(sampleCard(), t, 'c1');
    expect(events.map((e) => [e.date, e.summary])).toEqual([
      ['2027-01-15', 'Lotse: Arbeitsbeginn erst mit schriftlicher Erlaubnis, frühestens am 15.01.2027.'],
      ['2027-03-31', 'Lotse: Das Dokument gilt bis 31.03.2027: Die Verlängerung rechtzeitig beantragen lassen.'],
    ]);
    expect(events.every((e) => e.alarmDaysBefore === 7)).toBe(true);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it('offers no calendar for a ban: there is no employment to plan', () => {
    expect(hasPlanningDates(sampleCard({ outcome: 'prohibited', earliestStart: undefined }))).toBe(false);
    expect(hasPlanningDates(sampleCard())).toBe(true);
  });
});
