import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../src/nlu/sentences.js';

describe('sentences of a message', () => {
  it('cuts at a full stop, question or exclamation mark before a space, and at a line break', () => {
    expect(sentencesOf('Er ist Syrer. Geht das? Danke!\nGruß')).toEqual([
      'Er ist Syrer.',
      ' Geht das?',
      ' Danke!\n',
      'Gruß',
    ]);
  });

  it.each([
    ['Sie ist seit dem 15.03.2024 geduldet. Geht das?', ['Sie ist seit dem 15.03.2024 geduldet.', ' Geht das?']],
    ['Er kam am 4. Dezember 2023. Und jetzt?', ['Er kam am 4. Dezember 2023.', ' Und jetzt?']],
    ['Geduldet seit dem 15. 3. 2024', ['Geduldet seit dem 15. 3. 2024']],
    ['Eingereist 2019. Geduldet seit 2021.', ['Eingereist 2019.', ' Geduldet seit 2021.']],
  ])('never cuts inside a date or after a day or month number: %s', (text, sentences) => {
    expect(sentencesOf(text)).toEqual(sentences);
  });

  it('loses no character of the message', () => {
    const text = 'Eingereist am 03.02.2023, geduldet seit 15. Juni 2024. Was nun?!  Ok.';
    expect(sentencesOf(text).join('')).toBe(text);
  });
});
