import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/index.js';
import { factsOf, scoreFacts } from '../../src/nlu/metrics.js';
import { loadDataset, setFile } from './dataset.js';
import { de, en } from './helpers.js';

// The job side of a message (job.kind, hours, qualification, relation, household), session 5 of *jobreader*.
describe.each([
  ['job-facts.yaml', 'the job side: kind, hours, qualification, relation, household', 70, 0.95, 0.95],
  [
    'job-facts-2.yaml',
    'current staff, past jobs, the minimum wage, clauses as a status, questions in general',
    56,
    0.97,
    0.93,
  ],
])('%s: %s (tuning)', (file, _name, size, minPrecision, minRecall) => {
  const data = loadDataset(setFile(file));
  const pairs = data.utterances.map((u) => ({
    text: u.text,
    expected: factsOf({ patch: u.patch, unknown: u.unknown }),
    actual: factsOf(understand(u.text, { lang: u.lang, today: data.today, pendingFactKey: u.pending })),
  }));

  it(`has at least ${size} messages, a quarter of them in English`, () => {
    expect(data.utterances.length).toBeGreaterThanOrEqual(size);
    expect(data.utterances.filter((u) => u.lang === 'en').length / data.utterances.length).toBeGreaterThan(0.25);
  });

  it(`reads the job facts with precision >= ${minPrecision} and recall >= ${minRecall}`, () => {
    const score = scoreFacts(pairs);
    const report = pairs
      .filter((p) => p.expected.join() !== p.actual.join())
      .map((p) => `${p.text}\n  want ${p.expected.join(' ')}\n  got  ${p.actual.join(' ')}`)
      .join('\n');
    expect(score.precision, report).toBeGreaterThanOrEqual(minPrecision);
    expect(score.recall, report).toBeGreaterThanOrEqual(minRecall);
  });
});

describe('whose job, which time', () => {
  it('reads no job offered from another person, an earlier trainee or the company habit', () => {
    expect(de('Sein Vater arbeitet schon bei uns als Fahrer, er selbst ist 19.').patch.job).toBeUndefined();
    expect(en('His wife already works for us in the kitchen.').patch.job).toBeUndefined();
    expect(de('Wir bilden seit Jahrzehnten Lehrlinge aus.').patch.job).toBeUndefined();
    expect(en('Our last apprentice from Syria did great.').patch.job).toBeUndefined();
  });

  it('reads a denied agency as a direct hire, a placement with a client as agency work', () => {
    expect(de('Keine Arbeitnehmerüberlassung, er wird direkt bei uns eingestellt.').patch.job?.kind).toBe('employment');
    expect(en("He'd be on our payroll and placed with a client, full time.").patch.job?.kind).toBe('agency_work');
  });

  it('reads hours of a job elsewhere as the hours so far', () => {
    expect(de('Er arbeitet derzeit bei einer Spedition, 30 Stunden die Woche.').patch).toEqual({
      priorHoursPerWeek: 30,
    });
  });

  it('reads the relation from the speaker side and through the spouse, and someone else’s relative as none', () => {
    expect(de('Ich bin ihre Tante.').patch.job?.relation).toBe('other_relative');
    expect(de('Sie ist die Nichte von meinem Mann.').patch.job?.relation).toBe('other_relative');
    expect(en('My daughter runs the shop; the applicant is from Eritrea.').patch.job?.relation).toBeUndefined();
  });
});

describe('qualification, the promise after a helper training, hours in words, the clause asked about', () => {
  it('reads a training finished in a German city, and none for "no formal qualification"', () => {
    expect(en('She completed her apprenticeship as a baker in Dresden.').patch.qualification).toBe('german_vocational');
    expect(de('Er hat seine Lehre in Syrien abgeschlossen.').patch.qualification).toBeUndefined();
    expect(en('no formal qualification at all').patch.qualification).toBe('none');
    expect(de('Keine Ausbildung, sondern eine Stelle als Fahrer.').patch.qualification).toBeUndefined();
  });

  it('reads a follow-on training not promised as false, promised as true', () => {
    expect(
      de('Pflegehelferausbildung, eine Übernahme in die Ausbildung können wir nicht versprechen.').patch.job,
    ).toMatchObject({ kind: 'helper_training', followOnTrainingPromised: false });
    expect(de('Pflegehelferausbildung, danach ist ihr die Ausbildung fest zugesagt.').patch.job).toMatchObject({
      kind: 'helper_training',
      followOnTrainingPromised: true,
    });
  });

  it('reads hours in words', () => {
    expect(de('achtunddreißig Stunden die Woche').patch.job?.hoursPerWeek).toBe(38);
    expect(de('vierzig', { pendingFactKey: 'job.hoursPerWeek' }).patch.job?.hoursPerWeek).toBe(40);
  });

  it('reads the clause asked about when the person holds it, not from the question alone', () => {
    expect(de('Was heißt „Erwerbstätigkeit nicht gestattet“? Das steht bei ihr drauf.').patch.workClause).toBe(
      'erwerbstaetigkeit_nicht_gestattet',
    );
    expect(de('Was heißt „Erwerbstätigkeit nicht gestattet“?').patch.workClause).toBeUndefined();
  });
});

describe('review S5-10, S5-16, S5-24, S5-25, S5-26 (the reviewer’s wordings)', () => {
  it('S5-24: English occupations are the job', () => {
    expect(en('as a cook', { pendingFactKey: 'job.kind' }).patch.job?.kind).toBe('employment');
    expect(en('kitchen help, 30 hours', { pendingFactKey: 'job.kind' }).patch.job).toEqual({
      kind: 'employment',
      hoursPerWeek: 30,
    });
    expect(en('wants to work in our car wash').patch.job?.kind).toBe('employment');
  });

  it('S5-25: times a week and hours each', () => {
    expect(de('Minijob im Café, 2x pro Woche 5 Stunden, 550 € im Monat.').patch.job).toEqual({
      kind: 'minijob',
      hoursPerWeek: 10,
    });
  });

  it('S5-16: the plan after a helper training is the promise; "als Pflegehelferin" with hours is a job', () => {
    expect(
      en(
        'in the 1-year nursing assistant training (Pflegehelfer) from february, and afterwards the 3 year nursing training.',
      ).patch.job,
    ).toMatchObject({ kind: 'helper_training', followOnTrainingPromised: true });
    expect(en('yes we promised him the place for the 3 year training afterwards, in writing').patch.job).toEqual({
      followOnTrainingPromised: true,
    });
    expect(de('Georgierin im Asylverfahren (Gestattung). Als Pflegehelferin 30 Std.').patch.job).toEqual({
      kind: 'employment',
      hoursPerWeek: 30,
    });
  });

  it('S5-26: a passed exam and keeping him on is a job and a German qualification; the old clause names no new job', () => {
    const kept = en(
      'our apprentice (from Afghanistan, Ausbildungsduldung) passed his final exam as an electrician last week. we want to keep him as a skilled electrician, full time, permanent contract.',
    ).patch;
    expect(kept.job?.kind).toBe('employment');
    expect(kept.qualification).toBe('german_vocational');
    expect(
      en(
        'the training is finished!! he will be a normal employee now. paper says employment only as apprentice at our company',
      ).patch.workClauseNamesThisJob,
    ).toBe(false);
  });

  it('S5-10: a clause naming his current employer names another job', () => {
    expect(en('it names his current employer, the scaffolding company').patch).toMatchObject({
      workClause: 'nur_bestimmte_taetigkeit',
      workClauseNamesThisJob: false,
    });
  });
});

describe('whose job, which time (session 6)', () => {
  it('reads a current employee of this employer as employment, and a past job elsewhere as no job offered', () => {
    expect(de('Unser Lagerhelfer aus Gambia hat heute gekündigt.').patch.job?.kind).toBe('employment');
    expect(en('We took him on in May; he is tolerated.').patch.job?.kind).toBe('employment');
    expect(de('Früher war sie bei einer Zeitarbeitsfirma beschäftigt, 30 Stunden die Woche.').patch).toEqual({
      priorHoursPerWeek: 30,
    });
    expect(en('She did a mini job in a supermarket three years ago.').patch.job).toBeUndefined();
  });

  it('does not take a member of staff who brings in someone else for the candidate', () => {
    expect(de('Unsere Köchin hat uns ihren Neffen empfohlen.').patch.job).toBeUndefined();
  });

  it('reads no wage from the minimum wage without an amount, and no job from a question in general', () => {
    expect(de('Teilzeit, 25 Stunden, zum Mindestlohn.').patch.job?.hourlyWage).toBeUndefined();
    expect(en('Is a trainee paid the minimum wage?').patch.job).toBeUndefined();
    expect(en('May I employ anyone whose paper says employment not permitted?').patch.job).toBeUndefined();
  });

  it('reads nothing when the writer names two clause wordings and knows neither', () => {
    expect(en("Either 'employment permitted' or 'only with permission', I don't know which.").patch.workClause).toBe(
      undefined,
    );
    expect(de('Ich weiß nicht, ob da Beschäftigung gestattet oder verboten steht.').patch.workClause).toBeUndefined();
  });
});

describe('days a week times hours a day (review S6-2)', () => {
  it('multiplies the days by the hours of each day, in German and English, in any order', () => {
    expect(en('one boy from syria want work for me like minijob 2 day in week 6 hour').patch.job?.hoursPerWeek).toBe(
      12,
    );
    expect(de('Minijob, zwei Tage pro Woche à 6 Std, 600 Euro im Monat').patch.job?.hoursPerWeek).toBe(12);
    expect(en('4 hours a day, five days a week').patch.job?.hoursPerWeek).toBe(20);
    expect(de('Dienstag bis Donnerstag jeweils 7 Stunden').patch.job?.hoursPerWeek).toBe(21);
    expect(en('minijob every saturday 8 hours, 450 euro a month').patch.job?.hoursPerWeek).toBe(8);
  });

  it('reads no weekly hours when the week is not said, and a weekday range with a total as the total', () => {
    expect(en('he would come 2 days, 6 hours').patch.job?.hoursPerWeek).toBeUndefined();
    expect(de('Montag bis Freitag, 20 Stunden').patch.job?.hoursPerWeek).toBe(20);
    expect(de('Probearbeit 2 Tage, danach 30 Stunden die Woche').patch.job?.hoursPerWeek).toBe(30);
  });
});

describe('staff said in more words, and whose hours (session 6, step 3)', () => {
  it('reads a worker with us for months or hired by the writer as employment', () => {
    expect(en('He has been with us for 9 months.').patch.job?.kind).toBe('employment');
    expect(de('Wir haben sie im Frühjahr eingestellt.').patch.job?.kind).toBe('employment');
    expect(en('Our lift attendant is from Ghana.').patch.job?.kind).toBe('employment');
  });

  it('gives hours to the job whose cue stands nearest before them', () => {
    expect(
      en('We would like to hire him; he has been working at a car wash for a year, 25 hours a week.').patch,
    ).toMatchObject({ job: { kind: 'employment' }, priorHoursPerWeek: 25 });
  });
});
