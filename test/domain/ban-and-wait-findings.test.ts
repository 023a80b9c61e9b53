import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/domain/assess.js';
import type { CaseFacts, FactKey, IsoDate } from '../../src/domain/facts.js';

/**
 * Issue 16.4: the findings of the ban and waiting-period rules that the mutation run showed no test
 * asserting (open points with the entry they cite, the fact asked, the date on a boundary). Each
 * expectation follows from the statute extracts (/work/shared/domain/laws/statute-extracts.md) and
 * the dated tables of src/domain/data; the rule is reached through evaluate(), the engine's findings
 * before rendering, so these tests do not depend on which step of the engine produces them.
 */

const duldung = (facts: Partial<CaseFacts>): CaseFacts =>
  ({
    status: 'duldung',
    workClause: 'beschaeftigung_nur_mit_erlaubnis',
    removalMeasuresPending: false,
    livesInReceptionCentre: false,
    job: { kind: 'employment' },
    ...facts,
  }) as CaseFacts;

const gestattung = (facts: Partial<CaseFacts>): CaseFacts =>
  ({
    status: 'aufenthaltsgestattung',
    workClause: 'beschaeftigung_nur_mit_erlaubnis',
    nationality: 'SY',
    job: { kind: 'employment' },
    ...facts,
  }) as CaseFacts;

/** The open points with these message keys, as {msg, cite[, params]}. */
function points(facts: CaseFacts, lawAsOf: IsoDate, keys: readonly string[], unknown: readonly FactKey[] = []) {
  return evaluate(facts, lawAsOf, unknown)
    .openPoints.filter((p) => keys.includes(p.msg))
    .map((p) => ({ msg: p.msg, cite: p.cite, ...(p.params ? { params: p.params } : {}) }));
}
const keysOf = (facts: CaseFacts, lawAsOf: IsoDate, unknown: readonly FactKey[] = []) =>
  evaluate(facts, lawAsOf, unknown).openPoints.map((p) => p.msg as string);

// A Tunisian (Art. 62 VO (EU) 2024/1348 list from 12.06.2026, § 104 Abs. 18 Nr. 2 AufenthG), rejected.
const tunisian = (facts: Partial<CaseFacts> = {}) =>
  duldung({
    nationality: 'TN',
    asylumApplied: true,
    asylumAppliedOn: '2025-03-01',
    asylumOutcome: 'rejected',
    toleratedSince: '2025-09-01',
    hadWorkPermitOn11June2026: false,
    entryDate: '2025-02-20',
    ...facts,
  });

describe('safe-country ban (§ 60a Abs. 6 S. 1 Nr. 3, § 104 Abs. 18 AufenthG): open points', () => {
  describe('withdrawal after § 12b AsylG advice (the exception in Nr. 3)', () => {
    const albanian = (facts: Partial<CaseFacts>) =>
      duldung({ nationality: 'AL', asylumApplied: true, asylumAppliedOn: '2019-03-01', ...facts });
    const WITHDRAWAL = ['open.withdrawal_12b'];

    it('names the exception when a withdrawn application puts the person under the ban', () => {
      const facts = albanian({ asylumOutcome: 'withdrawn' });
      expect(evaluate(facts, '2026-11-22').outcome).toBe('prohibited');
      expect(points(facts, '2026-11-22', WITHDRAWAL)).toEqual([{ msg: 'open.withdrawal_12b', cite: ['ban.overview'] }]);
    });

    it('names it while the ban is still open (date of the application unknown)', () => {
      const facts = albanian({ asylumOutcome: 'withdrawn', asylumAppliedOn: undefined });
      expect(points(facts, '2026-11-22', WITHDRAWAL, ['asylumAppliedOn'])).toEqual([
        { msg: 'open.withdrawal_12b', cite: ['ban.overview'] },
      ]);
    });

    it('does not name it when the ban cannot apply (applied before 01.09.2015) or nothing was withdrawn', () => {
      expect(
        points(albanian({ asylumOutcome: 'withdrawn', asylumAppliedOn: '2015-08-31' }), '2026-11-22', WITHDRAWAL),
      ).toEqual([]);
      expect(points(albanian({ asylumOutcome: 'rejected' }), '2026-11-22', WITHDRAWAL)).toEqual([]);
    });
  });

  describe('unaccompanied minor (§ 60a Abs. 6 S. 3)', () => {
    it("names the child's-best-interest exception for a minor's withdrawal, with the reason", () => {
      const facts = duldung({
        nationality: 'AL',
        asylumApplied: true,
        asylumAppliedOn: '2019-03-01',
        asylumOutcome: 'withdrawn',
        unaccompaniedMinor: true,
      });
      const draft = evaluate(facts, '2026-11-22');
      expect(points(facts, '2026-11-22', ['open.minor_exception'])).toEqual([
        { msg: 'open.minor_exception', cite: ['ban.overview'] },
      ]);
      expect(draft.reasons).toContainEqual({ code: 'open_legal_point', msg: 'reason.minor_exception' });
    });

    it('does not name it when § 104 Abs. 18 Nr. 1 already carves a Georgian minor out (applied before 30.08.2023)', () => {
      const facts = duldung({
        nationality: 'GE',
        asylumApplied: true,
        asylumAppliedOn: '2022-05-01',
        asylumOutcome: 'withdrawn',
        unaccompaniedMinor: true,
      });
      expect(keysOf(facts, '2026-11-22')).not.toContain('open.minor_exception');
    });
  });

  describe('the EU list announced before it applied (voted 27.02.2026, in force 12.06.2026)', () => {
    const AHEAD = ['open.eu_list_ahead'];
    const announced = [{ msg: 'open.eu_list_ahead', cite: ['ban.overview', 'ban.safe-country-national'] }];

    it('is said for a Tunisian between the vote and 11.06.2026, not before the vote', () => {
      expect(points(tunisian(), '2026-04-01', AHEAD)).toEqual(announced);
      expect(points(tunisian(), '2026-02-27', AHEAD)).toEqual(announced);
      expect(points(tunisian(), '2026-06-11', AHEAD)).toEqual(announced);
      expect(points(tunisian(), '2026-02-26', AHEAD)).toEqual([]);
    });

    it('is not said to whom the carve-out of § 104 Abs. 18 Nr. 2 already covers (geduldet on 06.05.2025)', () => {
      expect(points(tunisian({ toleratedSince: '2025-05-06' }), '2026-04-01', AHEAD)).toEqual([]);
      expect(points(tunisian({ toleratedSince: '2025-05-07' }), '2026-04-01', AHEAD)).toEqual(announced);
    });

    it('is not said when the asylum history cannot meet the ban (applied before 01.09.2015)', () => {
      expect(points(tunisian({ asylumAppliedOn: '2014-06-01' }), '2026-04-01', AHEAD)).toEqual([]);
    });

    it('is not said for a nationality the EU list does not name (Syria)', () => {
      expect(points(tunisian({ nationality: 'SY' }), '2026-04-01', AHEAD)).toEqual([]);
    });
  });

  describe('the ban resting on the EU list alone', () => {
    it('flags the new list for a Tunisian under the ban, not for an Albanian (Anlage II AsylG)', () => {
      expect(evaluate(tunisian(), '2026-11-22').outcome).toBe('prohibited');
      expect(points(tunisian(), '2026-11-22', ['open.eu_list_new'])).toEqual([
        { msg: 'open.eu_list_new', cite: ['ban.safe-country-eu'] },
      ]);
      const albanian = duldung({
        nationality: 'AL',
        asylumApplied: true,
        asylumAppliedOn: '2019-03-01',
        asylumOutcome: 'rejected',
      });
      expect(keysOf(albanian, '2026-11-22')).not.toContain('open.eu_list_new');
    });

    it('does not flag it when the carve-out applies or is still open', () => {
      expect(keysOf(tunisian({ toleratedSince: '2025-01-10' }), '2026-11-22')).not.toContain('open.eu_list_new');
      const open = tunisian({ toleratedSince: undefined, hadWorkPermitOn11June2026: undefined });
      expect(keysOf(open, '2026-11-22', ['toleratedSince', 'hadWorkPermitOn11June2026'])).not.toContain(
        'open.eu_list_new',
      );
    });

    it('counts 02.08.2026 as the last day before the consolidated text showed the EU-list ban', () => {
      expect(points(tunisian(), '2026-08-02', ['open.eu_list_window'])).toEqual([
        { msg: 'open.eu_list_window', cite: ['ban.safe-country-eu', 'ban.transition-104-18'] },
      ]);
    });
  });

  describe('§ 104 Abs. 18 carve-out: documented when it alone keeps the person out of the ban', () => {
    const APPLIES = ['open.carve_out_applies'];
    it('cites § 104 Abs. 18 from 12.06.2026 (a Tunisian geduldet since before 06.05.2025)', () => {
      const facts = tunisian({ toleratedSince: '2025-01-10', entryDate: '2024-12-20' });
      expect(evaluate(facts, '2026-11-22').outcome).not.toBe('prohibited');
      expect(points(facts, '2026-11-22', APPLIES)).toEqual([
        { msg: 'open.carve_out_applies', cite: ['ban.transition-104-18'] },
      ]);
    });

    it('cites the national list before 12.06.2026 and § 104 Abs. 18 from that day (a Georgian who applied in 2022)', () => {
      const georgian = duldung({
        nationality: 'GE',
        asylumApplied: true,
        asylumAppliedOn: '2022-05-01',
        asylumOutcome: 'rejected',
      });
      expect(points(georgian, '2026-06-11', APPLIES)).toEqual([
        { msg: 'open.carve_out_applies', cite: ['ban.safe-country-national'] },
      ]);
      expect(points(georgian, '2026-06-12', APPLIES)).toEqual([
        { msg: 'open.carve_out_applies', cite: ['ban.transition-104-18'] },
      ]);
    });

    it('is not said when the history alone keeps the person out (applied before 01.09.2015)', () => {
      const georgian = duldung({
        nationality: 'GE',
        asylumApplied: true,
        asylumAppliedOn: '2015-03-01',
        asylumOutcome: 'rejected',
      });
      expect(keysOf(georgian, '2026-11-22')).not.toContain('open.carve_out_applies');
    });
  });

  // Session 5 (domain): what the employer cannot give ("weiß nicht") is not assumed for the § 104 Abs. 18 exception —
  // a wholly unknown date or permission is read like a partial one (review S4-5): the ban, said as possible with the
  // condition that lifts it (`open.partial_carve_out_*`), instead of the permission procedure with an if-then.
  describe('the cautious ban with its condition when only the carve-out facts are open (employer answered "weiß nicht")', () => {
    const CONDITIONS = [
      'open.unknown_carve_out_eu7',
      'open.unknown_carve_out_ge_md',
      'open.partial_carve_out_eu7',
      'open.partial_carve_out_ge_md',
      'open.unknown_safe_country',
    ];

    it('names § 104 Abs. 18 Nr. 2 for a Tunisian whose Duldung date and permission of 11.06.2026 are unknown', () => {
      const facts = tunisian({ toleratedSince: undefined, hadWorkPermitOn11June2026: undefined });
      expect(points(facts, '2026-11-22', CONDITIONS, ['toleratedSince', 'hadWorkPermitOn11June2026'])).toEqual([
        { msg: 'open.partial_carve_out_eu7', cite: ['ban.transition-104-18'] },
      ]);
    });

    it('names § 104 Abs. 18 Nr. 1 for a Georgian who never applied and whose Duldung date is unknown, citing the law of the day', () => {
      const georgian = duldung({ nationality: 'GE', asylumApplied: false, entryDate: '2020-05-01' });
      expect(points(georgian, '2026-06-11', CONDITIONS, ['toleratedSince'])).toEqual([
        { msg: 'open.partial_carve_out_ge_md', cite: ['ban.safe-country-national'] },
      ]);
      expect(points(georgian, '2026-06-12', CONDITIONS, ['toleratedSince'])).toEqual([
        { msg: 'open.partial_carve_out_ge_md', cite: ['ban.transition-104-18'] },
      ]);
    });

    it('keeps the if-then while another carve-out fact can still be asked', () => {
      const facts = tunisian({ toleratedSince: undefined, hadWorkPermitOn11June2026: undefined });
      expect(points(facts, '2026-11-22', CONDITIONS, ['toleratedSince'])).toEqual([
        { msg: 'open.unknown_carve_out_eu7', cite: ['ban.transition-104-18'] },
      ]);
    });

    it('keeps the general condition when the history itself is open, and none when the ban is certain', () => {
      const open = tunisian({
        asylumOutcome: undefined,
        toleratedSince: undefined,
        hadWorkPermitOn11June2026: undefined,
      });
      const unknown: FactKey[] = ['asylumOutcome', 'toleratedSince', 'hadWorkPermitOn11June2026'];
      expect(points(open, '2026-11-22', CONDITIONS, unknown).map((p) => p.msg)).toEqual(['open.unknown_safe_country']);
      expect(points(tunisian(), '2026-11-22', CONDITIONS)).toEqual([]);
    });
  });
});

describe('reception centre (§ 61 Abs. 1 AsylG)', () => {
  describe('before 12.06.2026: a manifestly unfounded rejection bars work there', () => {
    const mu = (facts: Partial<CaseFacts>) =>
      gestattung({
        asylumAppliedOn: '2025-11-01',
        asylumOutcome: 'rejected_manifestly_unfounded',
        entryDate: '2025-10-20',
        ...facts,
      });

    it('names § 61 a. F. in the ban step and asks the residence obligation as the deciding fact', () => {
      const banned = evaluate(mu({ livesInReceptionCentre: true }), '2026-03-01');
      expect(banned.outcome).toBe('prohibited');
      expect(banned.steps.find((s) => s.id === 'do_not_employ')?.cite).toEqual(['gestattung.before-geas']);
      expect(evaluate(mu({}), '2026-03-01').decisive).toContain('livesInReceptionCentre');
    });

    it('no longer applies on 12.06.2026 itself', () => {
      const facts = mu({ livesInReceptionCentre: true, asylumAppliedOn: '2026-02-01', entryDate: '2026-01-20' });
      expect(evaluate(facts, '2026-06-12').outcome).not.toBe('prohibited');
      expect(keysOf(facts, '2026-06-12')).not.toContain('open.gestattung_manifestly_unfounded');
    });

    it('reports, but does not apply, the bar when the document already permits the job (§ 4a Abs. 4 AufenthG)', () => {
      const facts = mu({ livesInReceptionCentre: true, workClause: 'beschaeftigung_gestattet' });
      const draft = evaluate(facts, '2026-03-01');
      expect(draft.outcome).not.toBe('prohibited');
      expect(points(facts, '2026-03-01', ['open.gestattung_manifestly_unfounded'])).toEqual([
        { msg: 'open.gestattung_manifestly_unfounded', cite: ['gestattung.before-geas'] },
      ]);
      expect(draft.reasons).toContainEqual({ code: 'ban', msg: 'reason.gestattung_manifestly_unfounded' });
    });
  });

  describe('a Geduldete obliged to live there: six months of Duldung, three with a passport or § 60c training (S. 6, 7)', () => {
    const inCentre = (facts: Partial<CaseFacts>) =>
      duldung({
        nationality: 'SY',
        livesInReceptionCentre: true,
        toleratedSince: '2026-09-01',
        entryDate: '2026-08-01',
        ...facts,
      });

    it('three months for a helper training with a promised follow-on training place, six without the promise', () => {
      const promised = inCentre({
        job: { kind: 'helper_training', followOnTrainingPromised: true } as CaseFacts['job'],
      });
      // Duldung granted on 01.09.: three months end with 01.12., work from 02.12. (§§ 187 Abs. 1, 188 Abs. 2 BGB).
      expect(evaluate(promised, '2026-11-22').earliestStart).toBe('2026-12-02');
      const notPromised = inCentre({
        job: { kind: 'helper_training', followOnTrainingPromised: false } as CaseFacts['job'],
        identityByPassport: false,
      });
      expect(evaluate(notPromised, '2026-11-22').earliestStart).toBe('2027-03-02');
    });

    it('states S. 9 (permitted during the asylum procedure) from 12.06.2026 only, citing § 61 in the GEAS version', () => {
      const facts = inCentre({ toleratedSince: '2026-03-01', entryDate: '2025-12-01' });
      expect(points(facts, '2026-11-22', ['open.reception_prior_permission'])).toEqual([
        { msg: 'open.reception_prior_permission', cite: ['waiting.reception-centre-2026'] },
      ]);
      expect(keysOf(facts, '2026-06-11')).not.toContain('open.reception_prior_permission');
    });

    it('asks for the passport only while the two readings still differ, and states it after "weiß nicht"', () => {
      const open = inCentre({ toleratedSince: '2026-09-01' });
      expect(evaluate(open, '2026-11-22').ask).toContain('identityByPassport');
      expect(points(open, '2026-11-22', ['open.reception_passport'])).toEqual([
        { msg: 'open.reception_passport', cite: ['waiting.reception-centre-2026'] },
      ]);
      const unknown = evaluate(open, '2026-11-22', ['identityByPassport']);
      expect(unknown.ask).not.toContain('identityByPassport');
      expect(unknown.openPoints.map((p) => p.msg)).toContain('open.reception_passport');
      // Six months of Duldung ended with the day before (15.12.): the passport no longer changes the start.
      const done = inCentre({ toleratedSince: '2026-06-15', entryDate: '2026-05-01' });
      expect(evaluate(done, '2026-12-16').ask).not.toContain('identityByPassport');
      expect(keysOf(done, '2026-12-16')).not.toContain('open.reception_passport');
      // On 15.12., the last day of the six months, the two readings still differ.
      expect(evaluate(done, '2026-12-15').ask).toContain('identityByPassport');
    });

    it('does not ask the Duldung date again after "weiß nicht"', () => {
      const facts = inCentre({ toleratedSince: undefined });
      expect(evaluate(facts, '2026-11-22').ask).toContain('toleratedSince');
      expect(evaluate(facts, '2026-11-22', ['toleratedSince']).ask).not.toContain('toleratedSince');
    });
  });

  describe('an asylum seeker obliged to live there', () => {
    const inCentre = (facts: Partial<CaseFacts>) => gestattung({ livesInReceptionCentre: true, ...facts });

    it('before 12.06.2026: names the date from which the GEAS version gives the permission (three months after the application)', () => {
      const facts = inCentre({ asylumAppliedOn: '2026-04-01', entryDate: '2026-03-25' });
      expect(points(facts, '2026-05-01', ['open.gestattung_geas_shortens'])).toEqual([
        { msg: 'open.gestattung_geas_shortens', params: { date: '2026-07-02' }, cite: ['gestattung.before-geas'] },
      ]);
    });

    it('before 12.06.2026: says nothing of GEAS when the old six months let the person work by 12.06.2026', () => {
      // Applied 11.12.2025: the six months end with 11.06.2026, work from 12.06.2026 under either version.
      const facts = inCentre({ asylumAppliedOn: '2025-12-11', entryDate: '2025-12-01' });
      expect(keysOf(facts, '2026-03-01')).not.toContain('open.gestattung_geas_shortens');
      // Applied 12.12.2025: the old six months would run to 12.06.2026 itself, when GEAS already permits the work.
      const later = inCentre({ asylumAppliedOn: '2025-12-12', entryDate: '2025-12-01' });
      expect(points(later, '2026-03-01', ['open.gestattung_geas_shortens'])).toEqual([
        { msg: 'open.gestattung_geas_shortens', params: { date: '2026-06-12' }, cite: ['gestattung.before-geas'] },
      ]);
    });

    it('does not ask the application date again after "weiß nicht"', () => {
      const facts = inCentre({ asylumAppliedOn: undefined, entryDate: '2026-09-01' });
      expect(evaluate(facts, '2026-11-22').ask).toContain('asylumAppliedOn');
      expect(evaluate(facts, '2026-11-22', ['asylumAppliedOn']).ask).not.toContain('asylumAppliedOn');
    });

    it('from 12.06.2026: six months while a Dublin procedure is open (S. 3), citing § 61 in the GEAS version', () => {
      const facts = inCentre({ asylumAppliedOn: '2026-09-01', entryDate: '2026-08-25' });
      expect(points(facts, '2026-11-22', ['open.gestattung_dublin_6_months'])).toEqual([
        { msg: 'open.gestattung_dublin_6_months', cite: ['gestattung.after-geas'] },
      ]);
    });
  });
});

describe('waiting periods (§ 61 Abs. 2 AsylG, § 32 Abs. 1 BeschV)', () => {
  it('counts a stated number of months from the start date that gives exactly those months, not from an earlier one', () => {
    const facts = duldung({ nationality: 'SY', stayMonths: 1, entryDate: '2020-01-15', toleratedSince: '2026-10-22' });
    expect(evaluate(facts, '2026-11-22').earliestStart).toBe('2027-01-22');
  });

  it('needs no wait once three months are stated', () => {
    const facts = duldung({ nationality: 'SY', stayMonths: 3, toleratedSince: '2026-08-22' });
    expect(evaluate(facts, '2026-11-22').earliestStart).toBeUndefined();
  });

  describe('asylum seekers outside the reception centre: three months from the application (Abs. 2 S. 1, 2)', () => {
    const outside = (facts: Partial<CaseFacts>) => gestattung({ livesInReceptionCentre: false, ...facts });
    const PRIOR = ['open.gestattung_prior_stay'];

    it('says that an earlier stay counts (S. 2) while the wait from the application still runs', () => {
      const facts = outside({ entryDate: '2026-08-01', asylumAppliedOn: '2026-09-01' });
      // Three months from the request on 01.09. end with 01.12.; work from 02.12. (§§ 187 Abs. 1, 188 Abs. 2 BGB).
      expect(evaluate(facts, '2026-11-22').earliestStart).toBe('2026-12-02');
      expect(points(facts, '2026-11-22', PRIOR)).toEqual([
        { msg: 'open.gestattung_prior_stay', cite: ['gestattung.after-geas'] },
      ]);
    });

    it('says nothing of it with no earlier stay (entry on the day of the application) or once the wait is over', () => {
      expect(points(outside({ entryDate: '2026-09-01', asylumAppliedOn: '2026-09-01' }), '2026-11-22', PRIOR)).toEqual(
        [],
      );
      expect(points(outside({ entryDate: '2026-07-01', asylumAppliedOn: '2026-08-21' }), '2026-11-22', PRIOR)).toEqual(
        [],
      );
    });

    it('asks the application date only when it is missing and no stay in months was stated', () => {
      expect(evaluate(outside({ entryDate: '2026-09-01' }), '2026-11-22').ask).toContain('asylumAppliedOn');
      expect(evaluate(outside({ entryDate: '2026-09-01', stayMonths: 2 }), '2026-11-22').ask).not.toContain(
        'asylumAppliedOn',
      );
      expect(evaluate(outside({ asylumAppliedOn: '2026-09-01' }), '2026-11-22').ask).not.toContain('asylumAppliedOn');
    });

    it('in the reception centre the wait counts from the registration (Abs. 1 S. 2): no earlier-stay point', () => {
      const facts = gestattung({
        livesInReceptionCentre: true,
        entryDate: '2026-08-01',
        asylumAppliedOn: '2026-09-01',
      });
      expect(keysOf(facts, '2026-11-22')).not.toContain('open.gestattung_prior_stay');
    });

    it('before 12.06.2026: states the claim six months after the application (Abs. 1 S. 2 a. F.), not for § 29a states or a manifestly unfounded rejection', () => {
      const CLAIM = ['open.gestattung_claim_six_months'];
      const syrian = outside({ entryDate: '2026-01-05', asylumAppliedOn: '2026-01-10' });
      expect(points(syrian, '2026-03-01', CLAIM)).toEqual([
        { msg: 'open.gestattung_claim_six_months', params: { date: '2026-07-11' }, cite: ['gestattung.before-geas'] },
      ]);
      expect(points(syrian, '2026-06-12', CLAIM)).toEqual([]);
      expect(points({ ...syrian, nationality: 'GH' }, '2026-03-01', CLAIM)).toEqual([]);
      expect(points({ ...syrian, asylumOutcome: 'rejected_manifestly_unfounded' }, '2026-03-01', CLAIM)).toEqual([]);
    });
  });

  describe('whether the person still lives in a reception centre', () => {
    it('is asked for an entry less than two years ago, not for one exactly two years ago, and not once answered', () => {
      expect(
        evaluate(
          duldung({
            nationality: 'SY',
            livesInReceptionCentre: undefined,
            entryDate: '2024-12-22',
            toleratedSince: '2025-01-10',
          }),
          '2026-11-22',
        ).ask,
      ).toContain('livesInReceptionCentre');
      expect(
        evaluate(
          duldung({
            nationality: 'SY',
            livesInReceptionCentre: undefined,
            entryDate: '2024-11-22',
            toleratedSince: '2025-01-10',
          }),
          '2026-11-22',
        ).ask,
      ).not.toContain('livesInReceptionCentre');
      expect(
        evaluate(duldung({ nationality: 'SY', entryDate: '2026-06-01', toleratedSince: '2026-07-01' }), '2026-11-22')
          .ask,
      ).not.toContain('livesInReceptionCentre');
    });

    it('after "weiß nicht" says that a longer wait applies there, citing the Duldung basics', () => {
      const facts = duldung({
        nationality: 'SY',
        livesInReceptionCentre: undefined,
        entryDate: '2026-06-01',
        toleratedSince: '2026-07-01',
      });
      expect(points(facts, '2026-11-22', ['open.unknown_reception_centre'], ['livesInReceptionCentre'])).toEqual([
        { msg: 'open.unknown_reception_centre', cite: ['permission.duldung-basics'] },
      ]);
    });
  });

  describe('rejected while employed, still in the reception centre (§ 61 Abs. 1 S. 9 AsylG, from 12.06.2026)', () => {
    const rejected = (lives: boolean) =>
      duldung({
        nationality: 'SY',
        event: 'asylum_rejected_while_employed',
        livesInReceptionCentre: lives,
        asylumApplied: true,
        asylumAppliedOn: '2025-09-01',
        asylumOutcome: 'rejected',
        toleratedSince: '2026-10-01',
        entryDate: '2025-08-20',
      });
    const POINT = ['open.rejected_reception_centre'];

    it('states the entitlement without a new wait from 12.06.2026, for whom lives in the centre', () => {
      expect(points(rejected(true), '2026-06-12', POINT)).toEqual([
        {
          msg: 'open.rejected_reception_centre',
          cite: ['event.asylum-rejected-while-employed', 'waiting.reception-centre-2026'],
        },
      ]);
      expect(points(rejected(false), '2026-06-12', POINT)).toEqual([]);
      expect(points(rejected(true), '2026-06-11', POINT)).toEqual([]);
    });
  });
});

describe('second pass over the survivors (issue 16.4)', () => {
  const syrianInCentre = (facts: Partial<CaseFacts>) =>
    duldung({
      nationality: 'SY',
      livesInReceptionCentre: true,
      toleratedSince: '2026-09-01',
      entryDate: '2026-08-01',
      ...facts,
    });

  it('a Duldung in the reception centre with the job not yet known: asks what the job is (and does not fail)', () => {
    const facts = syrianInCentre({ job: undefined });
    expect(evaluate(facts, '2026-11-22').decisive).toEqual(['job.kind']);
  });

  it('self-employment is not possible on a Gestattung whether or not the person lives in a reception centre: not asked', () => {
    const facts = gestattung({
      asylumAppliedOn: '2025-11-01',
      asylumOutcome: 'rejected_manifestly_unfounded',
      entryDate: '2025-10-20',
      job: { kind: 'self_employment' } as CaseFacts['job'],
    });
    const draft = evaluate(facts, '2026-03-01');
    expect(draft.outcome).toBe('not_possible');
    expect(draft.decisive).not.toContain('livesInReceptionCentre');
  });

  it('the minor exception of § 60a Abs. 6 S. 3 covers withdrawal or not applying, not a rejection, and only where the ban could apply', () => {
    const albanian = (facts: Partial<CaseFacts>) => duldung({ nationality: 'AL', unaccompaniedMinor: true, ...facts });
    const rejected = albanian({ asylumApplied: true, asylumAppliedOn: '2019-01-01', asylumOutcome: 'rejected' });
    expect(evaluate(rejected, '2026-11-22').outcome).toBe('prohibited');
    expect(keysOf(rejected, '2026-11-22')).not.toContain('open.minor_exception');
    const before2015 = albanian({ asylumApplied: true, asylumAppliedOn: '2014-01-01', asylumOutcome: 'withdrawn' });
    expect(keysOf(before2015, '2026-11-22')).not.toContain('open.minor_exception');
    expect(keysOf(duldung({ nationality: 'AL' }), '2026-11-22')).not.toContain('open.minor_exception');
  });

  it('a Georgian geduldet on 30.08.2023 is carved out only if no asylum application followed: whether one was made is asked', () => {
    const facts = duldung({ nationality: 'GE', toleratedSince: '2023-01-01', entryDate: '2022-06-01' });
    const draft = evaluate(facts, '2026-11-22');
    expect(draft.outcome).toBe('needs_facts');
    expect(draft.decisive).toEqual(['asylumApplied']);
    // After "weiß nicht": the cautious reading with the general if-then, no question left.
    const unknown = evaluate(facts, '2026-11-22', ['asylumApplied']);
    expect(unknown.outcome).toBe('permission_required');
    expect(unknown.decisive).toEqual([]);
    expect(unknown.openPoints.map((p) => p.msg)).toContain('open.unknown_safe_country');
  });

  it('Türkei (EU candidate, coverage open): no open question for whom the ban could not reach anyway', () => {
    const turk = (facts: Partial<CaseFacts>) =>
      duldung({ nationality: 'TR', asylumApplied: true, asylumOutcome: 'rejected', entryDate: '2023-12-01', ...facts });
    expect(keysOf(turk({ asylumAppliedOn: '2014-01-01' }), '2026-11-22')).not.toContain('open.eu_candidate');
    expect(keysOf(turk({ asylumAppliedOn: '2024-01-01', toleratedSince: '2025-01-10' }), '2026-11-22')).not.toContain(
      'open.eu_candidate',
    );
    expect(
      keysOf(
        turk({ asylumAppliedOn: '2024-01-01', toleratedSince: '2025-09-01', hadWorkPermitOn11June2026: false }),
        '2026-11-22',
      ),
    ).toContain('open.eu_candidate');
  });

  // Survivor safe-country-ban.ts:74 (`||` → `&&`) showed this: before 12.06.2026 a Turkish national is told the
  // EU-list ban will apply, while from 12.06.2026 the engine rightly says Türkei's coverage is open
  // (src/domain/data/safe-countries.ts, H29). Fixed by the lead on 07.12.2026: open.eu_list_ahead_candidate.
  it('before 12.06.2026 does not announce a certain EU-list ban for Türkei, whose coverage is open', () => {
    const facts = duldung({
      nationality: 'TR',
      asylumApplied: true,
      asylumAppliedOn: '2025-03-01',
      asylumOutcome: 'rejected',
      toleratedSince: '2025-09-01',
      entryDate: '2025-02-01',
    });
    expect(keysOf(facts, '2026-04-01')).not.toContain('open.eu_list_ahead');
    expect(keysOf(facts, '2026-04-01')).toContain('open.eu_list_ahead_candidate');
    expect(keysOf({ ...facts, nationality: 'MA' }, '2026-04-01')).toContain('open.eu_list_ahead');
  });

  it('the ban step cites the list the ban rests on: the EU list for Tunisia, Anlage II and the EU list for Kosovo', () => {
    const cites = (facts: CaseFacts, lawAsOf: IsoDate) =>
      evaluate(facts, lawAsOf).steps.find((s) => s.id === 'do_not_employ')?.cite;
    expect(cites(tunisian(), '2026-11-22')).toEqual(['ban.safe-country-eu', 'ban.transition-104-18']);
    const kosovar = duldung({
      nationality: 'XK',
      asylumApplied: true,
      asylumAppliedOn: '2019-03-01',
      asylumOutcome: 'rejected',
    });
    expect(cites(kosovar, '2026-11-22')).toEqual(['ban.safe-country-national', 'ban.safe-country-eu']);
  });

  it('§ 104 Abs. 18 is cited for a Georgian under the ban from 12.06.2026 itself, not the day before', () => {
    const georgian = duldung({
      nationality: 'GE',
      asylumApplied: true,
      asylumAppliedOn: '2024-02-01',
      asylumOutcome: 'rejected',
    });
    const cites = (lawAsOf: IsoDate) => evaluate(georgian, lawAsOf).steps.find((s) => s.id === 'do_not_employ')?.cite;
    expect(cites('2026-06-12')).toEqual(['ban.safe-country-national', 'ban.transition-104-18']);
    expect(cites('2026-06-11')).toEqual(['ban.safe-country-national']);
  });

  it('before 12.06.2026: no six-month claim for a § 29a national (Ghana) who applied before 01.09.2015, nor without the application date', () => {
    const CLAIM = ['open.gestattung_claim_six_months'];
    const ghanaian = gestattung({
      nationality: 'GH',
      livesInReceptionCentre: false,
      asylumAppliedOn: '2015-05-01',
      entryDate: '2015-04-01',
    });
    expect(evaluate(ghanaian, '2026-03-01').outcome).toBe('permission_required');
    expect(points(ghanaian, '2026-03-01', CLAIM)).toEqual([]);
    const undated = gestattung({ livesInReceptionCentre: false, stayMonths: 1, entryDate: '2026-01-20' });
    expect(points(undated, '2026-03-01', CLAIM)).toEqual([]);
  });

  it('gives no earliest start while the verdict itself still needs facts', () => {
    const facts = duldung({ nationality: undefined, toleratedSince: '2026-10-01', entryDate: '2026-09-01' });
    const draft = evaluate(facts, '2026-11-22');
    expect(draft.outcome).toBe('needs_facts');
    expect(draft.earliestStart).toBeUndefined();
  });

  it('when the reception-centre wait and the three months of stay end on the same day, the wait cites § 61 Abs. 1 AsylG, which binds whoever lives there', () => {
    const facts = syrianInCentre({ identityByPassport: true, toleratedSince: '2026-09-01', entryDate: '2026-09-01' });
    const draft = evaluate(facts, '2026-11-22');
    expect(draft.earliestStart).toBe('2026-12-02');
    expect(draft.steps.find((s) => s.id === 'wait_until')?.cite).toEqual(['waiting.reception-centre-2026']);
  });
});
