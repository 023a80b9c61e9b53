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
      const facts = tunisian({ toleratedSince: '2025-01-10' });
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

  describe('"if …, then …" when only the carve-out dates are open (employer answered "weiß nicht")', () => {
    const CONDITIONS = ['open.unknown_carve_out_eu7', 'open.unknown_carve_out_ge_md', 'open.unknown_safe_country'];

    it('names § 104 Abs. 18 Nr. 2 for a Tunisian whose Duldung date and permission of 11.06.2026 are unknown', () => {
      const facts = tunisian({ toleratedSince: undefined, hadWorkPermitOn11June2026: undefined });
      expect(points(facts, '2026-11-22', CONDITIONS, ['toleratedSince', 'hadWorkPermitOn11June2026'])).toEqual([
        { msg: 'open.unknown_carve_out_eu7', cite: ['ban.transition-104-18'] },
      ]);
    });

    it('names § 104 Abs. 18 Nr. 1 for a Georgian who never applied and whose Duldung date is unknown, citing the law of the day', () => {
      const georgian = duldung({ nationality: 'GE', asylumApplied: false, entryDate: '2020-05-01' });
      expect(points(georgian, '2026-06-11', CONDITIONS, ['toleratedSince'])).toEqual([
        { msg: 'open.unknown_carve_out_ge_md', cite: ['ban.safe-country-national'] },
      ]);
      expect(points(georgian, '2026-06-12', CONDITIONS, ['toleratedSince'])).toEqual([
        { msg: 'open.unknown_carve_out_ge_md', cite: ['ban.transition-104-18'] },
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
