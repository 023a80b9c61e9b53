import type { Api } from './api.js';
import { definitions, el } from './dom.js';
import type { Format } from './format.js';
import type { Card, Session } from './types.js';

const OUTCOMES = ['hired', 'permission_applied', 'referred', 'not_possible', 'no_reply'];

export interface CaseViewDeps {
  api: Api;
  f: Format;
  session: Session;
  /** Runs an action; shows its failure and re-renders the case afterwards. */
  act(work: () => Promise<unknown>): Promise<void>;
  back(): void;
}

function list(items: string[], empty: string): HTMLElement {
  if (items.length === 0) return el('p', { class: 'muted' }, empty);
  return el('ul', {}, ...items.map((item) => el('li', {}, item)));
}

/** A textarea with its label and a submit button; calls `send` with the trimmed text. */
function textForm(id: string, label: string, button: string, send: (text: string) => Promise<void>) {
  const area = el('textarea', { id, name: id, rows: '3', maxlength: '4000', required: true });
  const form = el(
    'form',
    { class: 'text-form' },
    el('label', { for: id }, label),
    area,
    el('button', { type: 'submit' }, button),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = area.value.trim();
    if (text) void send(text);
  });
  return form;
}

/** The case card: what the adviser needs to answer, and the actions the case allows right now. */
export function renderCase(card: Card, deps: CaseViewDeps): HTMLElement {
  const { f, api } = deps;
  const path = `/escalations/${card.id}`;
  const mine = card.status === 'claimed' && card.claimedBy?.id === deps.session.adviser.id;
  const section = el('article', { class: `case urgency-${card.urgency}`, 'aria-labelledby': 'case-title' });

  const back = el('button', { type: 'button', class: 'link' }, f.t('back'));
  back.addEventListener('click', deps.back);
  section.append(
    back,
    el('h2', { id: 'case-title' }, `${f.t(`urgency.${card.urgency}`)} · ${card.assessment.verdictLabel}`),
    definitions([
      [f.t('trigger'), card.triggerLabel],
      [f.t('urgency'), f.t(`urgency.${card.urgency}`)],
      [f.t('channel'), f.t(`channel.${card.channel}`)],
      [
        f.t('status'),
        f.t(`status.${card.status}`) + (card.claimedBy ? ` (${f.t('claimedBy', { name: card.claimedBy.name })})` : ''),
      ],
      [f.t('received'), f.time(card.createdAt)],
    ]),
  );

  const actions = el('div', { class: 'actions' });
  if (card.status === 'open') {
    const claim = el('button', { type: 'button', class: 'primary' }, f.t('claim'));
    claim.addEventListener('click', () => void deps.act(() => api.post(`${path}/claim`)));
    actions.append(claim);
  } else if (card.status === 'claimed' && !mine) actions.append(el('p', { class: 'muted' }, f.t('notYours')));
  section.append(actions);

  section.append(
    el('h3', {}, f.t('reasons')),
    list(
      card.assessment.reasons.map((r) => r.text),
      card.triggerLabel,
    ),
    el('h3', {}, f.t('openQuestions')),
    list(card.assessment.openQuestions, f.t('noOpenQuestions')),
  );
  if (card.assessment.missingFacts.length > 0)
    section.append(
      el('h3', {}, f.t('missingFacts')),
      list(
        card.assessment.missingFacts.map((m) => m.label),
        '',
      ),
    );
  section.append(
    el('h3', {}, f.t('facts')),
    card.facts.length
      ? definitions(card.facts.map((fact) => [fact.label, fact.value]))
      : el('p', { class: 'muted' }, f.t('noFacts')),
    el('h3', {}, f.t('transcript')),
    el(
      'ol',
      { class: 'transcript' },
      ...card.transcript.map((m) =>
        el(
          'li',
          { 'data-role': m.role },
          el('span', { class: 'who' }, `${f.t(`role.${m.role}`)} · ${f.time(m.createdAt)}`),
          el('p', {}, m.text),
        ),
      ),
    ),
  );

  if (mine) {
    section.append(
      textForm('reply-text', f.t('reply'), f.t('send'), (text) =>
        deps.act(() => api.post(`${path}/replies`, { text })),
      ),
    );
    const handBack = el('button', { type: 'button' }, f.t('handBack'));
    handBack.addEventListener('click', () => void deps.act(() => api.post(`${path}/hand-back`)));
    const outcome = el(
      'select',
      { id: 'close-outcome', name: 'outcome' },
      ...OUTCOMES.map((o) => el('option', { value: o }, f.t(`outcome.${o}`))),
    );
    const close = el(
      'form',
      { class: 'close-form' },
      el('label', { for: 'close-outcome' }, f.t('outcome')),
      outcome,
      el('button', { type: 'submit' }, f.t('close')),
    );
    close.addEventListener('submit', (event) => {
      event.preventDefault();
      void deps.act(() => api.post(`${path}/close`, { outcome: outcome.value }));
    });
    section.append(el('div', { class: 'actions' }, handBack), close);
  }

  section.append(
    el('h3', {}, f.t('notes')),
    card.notes.length
      ? el(
          'ul',
          { class: 'notes' },
          ...card.notes.map((n) =>
            el(
              'li',
              {},
              el('span', { class: 'who' }, `${n.adviser.name} · ${f.time(n.createdAt)}`),
              el('p', {}, n.text),
            ),
          ),
        )
      : el('p', { class: 'muted' }, f.t('noNotes')),
    textForm('note-text', f.t('note'), f.t('saveNote'), (text) => deps.act(() => api.post(`${path}/notes`, { text }))),
  );
  return section;
}
