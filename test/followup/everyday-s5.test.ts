import { describe, expect, it } from 'vitest';
import { ask } from './follow-up-set.js';

// Review S5-6: everyday follow-ups after the verdict are answered from the case, in German as in English –
// never "kann ich nicht sicher beantworten" or a generic entry: what the employer needs from the immigration
// office (nothing under a ban: no permission can be granted; else the person applies there), a temp agency under
// a ban (the ban covers every employment), Probezeit (probation) is no Probearbeit (trial work).

describe('what do I need from the immigration office (S5-6)', () => {
  const QS = [
    ['de', 'brauch ich was von der ausländerbehörde?'],
    ['de', 'was brauch ich von der ABH'],
    ['de', 'muss ich da zur ausländerbehörde?'],
    ['de', 'brauche ich eine genehmigung vom amt?'],
    ['en', 'do I need anything from the immigration office?'],
    ['en', 'do we have to go to the foreigners office?'],
  ] as const;

  it.each(QS)('permission case %s "%s": the person applies at the immigration office', (lang, q) => {
    const { answer } = ask('permission-af', q, lang);
    expect(answer.source).not.toMatch(/unknown|knowledge/);
    expect(answer.citations.map((c) => c.entryId)).toContain('contact.competent-abh');
  });

  it.each(QS)('ban %s "%s": no permission can be granted', (lang, q) => {
    const { answer } = ask('ban-tn', q, lang);
    expect(answer.source).not.toMatch(/unknown|knowledge/);
    expect(answer.text).toMatch(lang === 'de' ? /^Nein\b.*keine Erlaubnis/ : /^No\b.*cannot grant/);
  });
});

describe('a temp agency under a ban (S5-6)', () => {
  it.each([
    ['de', 'und wenn wir sie über ne zeitarbeitsfirma nehmen?'],
    ['de', 'geht es über eine Leiharbeitsfirma?'],
    ['en', 'what if we take him through a temp agency?'],
    ['en', 'could a staffing agency employ her instead?'],
  ] as const)('%s "%s": the ban covers agency work too', (lang, q) => {
    const { answer } = ask('ban-tn', q, lang);
    expect(answer.source).toBe('case.job_variant');
    expect(answer.text).toMatch(lang === 'de' ? /Zeitarbeit/ : /agency/);
  });
});

describe('Probezeit is no Probearbeit (S5-6)', () => {
  it.each([
    ['de', 'was passiert wenn ich ihn nach der probezeit entlasse?'],
    ['de', 'und wenn ich ihm in der Probezeit kündige?'],
    ['en', 'and if we dismiss her during the trial period?'],
  ] as const)('%s "%s": the duties when the job ends, not trial work', (lang, q) => {
    const { answer } = ask('allowed-duldung', q, lang);
    expect(answer.source).toBe('case.duties');
    expect(answer.text).not.toMatch(/Probearbeit|trial work/i);
  });

  it('a trial day is still trial work', () => {
    expect(ask('permission-af', 'kann er erstmal einen Tag zur Probe arbeiten?', 'de').answer.source).toBe(
      'case.trial_work',
    );
  });
});

describe('no unrelated entry for a question without one (S5-30)', () => {
  it.each([
    ['de', 'darf er auch in unserer zweiten filiale arbeiten?'],
    ['en', 'can he also work at our second restaurant in Pirna?'],
  ] as const)('permission case (Afghan) %s "%s": never the safe-country carve-outs', (lang, q) => {
    const { answer } = ask('permission-af', q, lang);
    expect(answer.citations.map((c) => c.entryId).join(' ')).not.toMatch(/ban\.(?:safe-country|transition-104-18)/);
  });

  it('a question naming the safe countries still gets the entry', () => {
    const { answer } = ask('permission-af', 'was sind sichere Herkunftsstaaten?', 'de');
    expect(answer.citations.map((c) => c.entryId).join(' ')).toMatch(/ban\./);
  });
});
