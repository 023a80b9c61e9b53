import { describe, expect, it } from 'vitest';
import { caseCalendarEvents } from '../../src/channels/web/widget/client/case-calendar.js';
import { translator } from '../../src/channels/web/widget/client/i18n.js';
import { buildIcs, escapeText, foldLine } from '../../src/channels/web/widget/client/ics.js';
import { sampleAssessment } from './sample-assessment.js';

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

  it('turns the case into events: start, document expiry, route milestones and notification duties', () => {
    const t = translator('de');
    const events = caseCalendarEvents(sampleAssessment(), { documentValidUntil: '2027-03-31' }, t, 'c1');
    expect(events.map((e) => [e.date, e.summary])).toEqual([
      ['2027-01-15', 'Lotse: Frühester Beginn'],
      ['2027-03-31', 'Lotse: Dokument gültig bis'],
      ['2028-01-15', 'Lotse: Frühestens prüfen: § 60d (nach 12 Monaten Beschäftigung)'],
      ['2027-01-15', 'Lotse: Frist beachten: Vorzeitiges Ende melden (innerhalb von 14 Tagen)'],
    ]);
    expect(events.find((e) => e.date === '2027-03-31')?.alarmDaysBefore).toBe(28);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });
});
