import { describe, expect, it } from 'vitest';
import { GEAS_FROM } from '../../src/domain/data/legal-dates.js';
import { TUNISIAN, view, webCase } from './support/cases.js';
import { watchSuite } from './support/suite.js';
import { testClock, watchedLotse } from './support/watched-lotse.js';

const suite = watchSuite();

/** The reviewer's case (S3-8): a Moldovan woman, Duldung, entered in December 2022 (the reviewer's "2022" was read as 31.12.2022), a minijob. */
const MOLDOVAN =
  'Wir möchten eine Frau aus Moldau im Café einstellen, Minijob, 10 Stunden die Woche. Sie hat eine Duldung, darauf steht Beschäftigung nur mit Erlaubnis. Sie ist im Dezember 2022 eingereist und hat im Dezember 2022 Asyl beantragt, der Antrag wurde abgelehnt.';

type Notices = NonNullable<Awaited<ReturnType<typeof view>>['state']['notices']>;
const dayOf = (iso: string) => iso.split('-').reverse().join('.');

describe('time passing is a reminder, a change of the law a law_change (review S3-8)', () => {
  it('four years of stay reached: a reminder that says so, no "law change", in the API and the mail', async () => {
    const clock = testClock('2026-12-07');
    const l = watchedLotse({ clock, smtpUrl: suite.smtp.url });
    suite.keep(l);
    const mails = suite.smtp.received.length;
    const { id, last } = await webCase(l, MOLDOVAN);
    expect(last.state.facts).toMatchObject({ entryDate: '2022-12', nationality: 'MD' });
    expect(last.state.assessment).toMatchObject({ outcome: 'permission_required' });
    // Children not asked: the § 25b date is the four-year mark (S3-7), the same four years as § 32 Abs. 2 Nr. 5 BeschV.
    const fourYears = last.state.assessment?.caseDates?.find((d) => d.id === 'route_opens:25b')?.date;
    expect(fourYears).toBeDefined();
    await view(l, `/api/v1/conversations/${id}/reminders/email`, { address: 'hr@cafe.example' }, 'PUT');
    await l.watch.run();

    // The reviewer moved the clock to 03.01.2027.
    clock.set('2027-01-03');
    const report = await l.watch.run();
    expect(report).toMatchObject({ changes: 1 });
    await l.watch.deliver();
    const notices: Notices = (await view(l, `/api/v1/conversations/${id}`)).state.notices ?? [];
    expect(notices.map((n) => n.kind)).not.toContain('law_change');
    const reached = notices.find((n) => n.text.includes('vier Jahre'));
    expect(reached).toMatchObject({
      kind: 'reminder',
      date: fourYears,
      before: { baConsent: 'required' },
      after: { baConsent: 'not_required' },
    });
    expect(reached?.text).toContain(
      `Seit dem ${dayOf(fourYears as string)} hält sich die Person vier Jahre ununterbrochen erlaubt, geduldet oder gestattet in Deutschland auf.`,
    );
    expect(reached?.text).toContain('Das Recht ist dasselbe geblieben');
    expect(reached?.text).not.toMatch(/gilt „|ändert sich\./);
    // The § 25b date of the same day is still reminded (it fell due before the verdict changed).
    expect(notices.find((n) => n.text.includes('§ 25b'))).toMatchObject({ kind: 'reminder', date: fourYears });
    const sent = suite.smtp.received.slice(mails);
    expect(sent.map((m) => m.subject)).toContain('Lotse: Erinnerung – Vier Jahre Aufenthalt erreicht');
    expect(sent.map((m) => m.subject).join()).not.toContain('ändert sich');

    // Nothing new the next day.
    clock.set('2027-01-04');
    expect(await l.watch.run()).toMatchObject({ changes: 0, reminders: 0 });
  });

  it('time and the law in one interval: two notices, each with its own kind and day', async () => {
    // Told on 01.04.2026: entered 15.05.2022, so four years are reached in May 2026; then the EU list of
    // 12.06.2026 bans the Tunisian (no permit on 11.06.2026). The watch looks again only on 20.06.2026.
    const clock = testClock('2026-04-01');
    const l = watchedLotse({ clock });
    suite.keep(l);
    const { id, last } = await webCase(l, TUNISIAN, [
      { factKey: 'entryDate', value: '2022-05-15' },
      { factKey: 'asylumAppliedOn', value: '2022-05' },
      { factKey: 'hadWorkPermitOn11June2026', value: 'false' },
    ]);
    expect(last.state.assessment).toMatchObject({ outcome: 'permission_required' });
    const fourYears = last.state.assessment?.caseDates?.find((d) => d.id === 'route_opens:25b')?.date as string;
    expect(fourYears > '2026-04-01' && fourYears < GEAS_FROM).toBe(true);
    await l.watch.run();

    clock.set('2026-06-20');
    expect(await l.watch.run()).toMatchObject({ changes: 2 });
    const notices: Notices = (await view(l, `/api/v1/conversations/${id}`)).state.notices ?? [];
    const byKind = notices.map((n) => [n.kind, n.date, n.text.includes('vier Jahre')]);
    expect(byKind).toContainEqual(['reminder', fourYears, true]);
    expect(byKind).toContainEqual(['law_change', GEAS_FROM, false]);
    expect(notices.filter((n) => n.kind === 'law_change')).toHaveLength(1);
    const change = notices.find((n) => n.kind === 'law_change');
    // The law's notice starts from what time had already changed: consent no longer needed, then the ban.
    expect(change).toMatchObject({ before: { baConsent: 'not_required' }, after: { outcome: 'prohibited' } });
    expect(change?.text).toContain(`Seit dem ${dayOf(GEAS_FROM)} gilt`);
  });
});
