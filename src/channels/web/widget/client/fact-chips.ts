import { type FactLabel, factLabelsDe } from '../../../../i18n/fact-labels.de.js';
import { factLabelsEn } from '../../../../i18n/fact-labels.en.js';
import { describeFact, factLabel } from '../../../../i18n/fact-labels.js';
import { h } from './dom.js';
import { typedChoiceValue, typedText } from './fact-input.js';
import type { Lang, Translate } from './i18n.js';
import type { Choice } from './types.js';

export interface ChipFact {
  key: string;
  text: string;
  /** Changed by the last turn: marked, so the employer sees what Lotse just understood. */
  fresh?: boolean;
}

export interface ChipActions {
  send(input: { text: string } | { choice: Choice }, shownAs: string): void;
  /** The fact's current value (`2025-09`, `'TN'`), so the editor opens with it. */
  valueOf?(key: string): unknown;
}

/** Nationalities most often asked about first (as the question offers them); any other is typed. */
const COUNTRIES = ['TN', 'GE', 'RU', 'IQ', 'AF', 'PK', 'SY', 'GN', 'IN', 'MA', 'stateless'];

const specOf = (key: string, lang: Lang): FactLabel | undefined =>
  (lang === 'de' ? factLabelsDe : factLabelsEn)[key as keyof typeof factLabelsDe] as FactLabel | undefined;

/** The values a chip's editor offers for a fact: the catalogue's, yes/no, or the common countries. */
function optionsOf(key: string, lang: Lang): { value: string; label: string }[] {
  const spec = specOf(key, lang);
  if (spec?.kind === 'enum') return Object.entries(spec.values).map(([value, label]) => ({ value, label }));
  if (spec?.kind === 'boolean')
    return [
      { value: 'true', label: spec.yes },
      { value: 'false', label: spec.no },
    ];
  if (spec?.kind === 'country') return COUNTRIES.map((value) => ({ value, label: describeFact(key, value, lang) }));
  return [];
}

/**
 * The case's facts as chips. With `actions`, a chip opens an editor: the values on offer as
 * buttons, or free text; the choice goes to the API as `{ choice: { factKey, value } }` and the
 * verdict is computed again. Without, the chips only show what a verdict rested on.
 */
export function factChips(facts: readonly ChipFact[], t: Translate, lang: Lang, actions?: ChipActions): HTMLElement {
  const editorSlot = h('div', { class: 'fact-editor-slot' });
  const chips = facts.map((fact) => {
    if (!actions) return h('li', {}, h('span', { class: `chip static${fact.fresh ? ' fresh' : ''}` }, fact.text));
    const button = h(
      'button',
      {
        type: 'button',
        class: `chip${fact.fresh ? ' fresh' : ''}`,
        'aria-expanded': 'false',
        onclick: () => {
          const open = button.getAttribute('aria-expanded') === 'true';
          for (const other of list.querySelectorAll('button.chip')) other.setAttribute('aria-expanded', 'false');
          editorSlot.replaceChildren();
          if (open) return;
          button.setAttribute('aria-expanded', 'true');
          const close = () => {
            button.setAttribute('aria-expanded', 'false');
            editorSlot.replaceChildren();
            button.focus();
          };
          editorSlot.appendChild(factEditor(fact, t, lang, actions, close));
          // The current value is selected, so what is typed replaces it; "Übernehmen" is brought into view
          // (at 375 px it sat under the composer).
          const first = editorSlot.querySelector('button[aria-pressed="true"], button, input') as HTMLElement | null;
          first?.focus({ preventScroll: true });
          if (first instanceof HTMLInputElement) first.select();
          editorSlot.scrollIntoView({ block: 'nearest' });
        },
      },
      fact.text,
      h('span', { class: 'sr' }, ` – ${t('changeHint')}`),
    );
    return h('li', {}, button);
  });
  const list = h('ul', { class: 'chips' }, ...chips);
  return h('div', { class: 'facts' }, list, editorSlot);
}

let hintIds = 0;

function factEditor(fact: ChipFact, t: Translate, lang: Lang, actions: ChipActions, close: () => void): HTMLElement {
  const key = fact.key;
  const name = factLabel(key, lang);
  const kind = specOf(key, lang)?.kind ?? 'text';
  const choose = (value: string, label: string) => actions.send({ choice: { factKey: key, value } }, label);
  const current = actions.valueOf?.(key);
  // The value it has now is marked among the buttons (pressed), or written into the field as one would type it.
  const options = optionsOf(key, lang).map((o) =>
    h(
      'button',
      { type: 'button', 'aria-pressed': String(o.value === String(current)), onclick: () => choose(o.value, o.label) },
      o.label,
    ),
  );
  const hintKey = kind === 'date' ? 'dateFormatHint' : kind === 'number' ? 'numberFormatHint' : undefined;
  const hintId = `lotse-fact-hint-${++hintIds}`;
  const input = h('input', {
    type: 'text',
    maxlength: 200,
    autocomplete: 'off',
    value: typedText(kind, current),
    ...(hintKey ? { 'aria-describedby': hintId } : {}),
  });
  const form = h(
    'form',
    { class: 'fact-free' },
    h('label', {}, options.length ? t('orType') : name, input),
    hintKey ? h('p', { class: 'hint', id: hintId }, t(hintKey)) : null,
    h('button', { type: 'submit', class: 'primary' }, t('apply')),
    h('button', { type: 'button', onclick: close }, t('cancel')),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    const value = typedChoiceValue(kind, text);
    if (value !== undefined) {
      const typed = kind === 'number' ? Number(value) : value;
      choose(value, describeFact(key, typed, lang));
    } else actions.send({ text: `${name}: ${text}` }, `${name}: ${text}`);
  });
  return h(
    'div',
    { class: 'fact-editor', role: 'group', 'aria-label': t('changeFact', { fact: name }) },
    h('p', { class: 'editor-title' }, t('changeFact', { fact: name })),
    h('p', { class: 'current' }, t('currentValue', { value: fact.text })),
    options.length ? h('div', { class: 'options' }, ...options) : null,
    form,
  );
}
