import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/index.js';

const read = (text: string, lang: 'de' | 'en') => understand(text, { lang, today: '2026-12-07' }).patch;

// Session 7 (issue 13): kinds of job wording the reader got wrong on unseen text, in other words than the sets.
describe('a job elsewhere, or over, is not the job offered', () => {
  it.each([
    ['Derzeit arbeitet sie als Köchin in einem Restaurant in der Altstadt.', 'de'],
    ['Zurzeit jobbt er als Fahrer bei einem Pizzadienst.', 'de'],
    ['Werdegang: 04/2021–09/2023 Lagerhelfer, danach ohne Arbeit.', 'de'],
    ['His apprenticeship ran from 2020 to 2023, then he got a residence permit.', 'en'],
  ] as const)('%s → no job.kind', (text, lang) => {
    expect(read(text, lang).job?.kind).toBeUndefined();
  });

  it('the offer beside a job elsewhere is read', () => {
    expect(
      read('Er ist gerade bei einer Leihfirma, wir wollen ihn im Februar fest bei uns als Monteur einstellen.', 'de')
        .job?.kind,
    ).toBe('employment');
  });
});

describe('a hedged offer is none yet; people in general are no case', () => {
  it.each([
    ['Vielleicht bieten wir ihm irgendwann eine Lehre an.', 'de'],
    ['Dürfen Asylbewerber eigentlich ein Praktikum machen?', 'de'],
    ['Can refugees do agency work at all?', 'en'],
  ] as const)('%s → no job.kind', (text, lang) => {
    expect(read(text, lang).job?.kind).toBeUndefined();
  });
});

describe('a hedge is a hedge, not a length', () => {
  it('"a one-day trial" is no "one day" of a hedged offer', () => {
    expect(read('We would like a one-day trial shift with him next week.', 'en').job?.kind).toBe('trial_work');
  });
});

describe('a helper or assistant named as the job is employment', () => {
  it.each([
    ['Gesucht: Altenpflegehelfer (m/w/d), 30 Wochenstunden.', 'de'],
    ['She would join us as a nursing assistant on the night shift.', 'en'],
    ['She applied to be a room attendant.', 'en'],
  ] as const)('%s → employment', (text, lang) => {
    expect(read(text, lang).job?.kind).toBe('employment');
  });

  it('a course to become one is the helper training', () => {
    expect(read('She would take the one-year programme to become a care assistant with us.', 'en').job?.kind).toBe(
      'helper_training',
    );
  });
});

describe('a training ended early was a training here', () => {
  it('an Aufhebungsvertrag ends the training, it does not complete it', () => {
    const p = read('Das Ausbildungsverhältnis unseres Lehrlings wurde per Aufhebungsvertrag vorzeitig beendet.', 'de');
    expect(p.job?.kind).toBe('vocational_training');
    expect(p.event).toBe('training_ends_early');
  });
});
