import { type Api, withQuery } from './api.js';
import { urgencyBadges, urgencyBasisText } from './badges.js';
import { confirmDialog } from './dialog.js';
import { button, definitions, el, uid } from './dom.js';
import type { Format } from './format.js';
import type { Card, SavedReply, Session } from './types.js';

const OUTCOMES = ['hired', 'permission_applied', 'referred', 'not_possible', 'no_reply'];
/** Bot messages longer than this are folded to their first line (the verdict's headline). */
const FOLD_AT = 280;

export interface CaseViewDeps {
  api: Api;
  f: Format;
  root: HTMLElement;
  session: () => Session | undefined;
  /** Shows a message in the page's status line. */
  say(text: string): void;
  /** Runs an API call; failures are shown (and a lost session handled) by the caller. */
  guard(work: () => Promise<unknown>): Promise<boolean>;
}

function list(items: string[], empty: string): HTMLElement {
  if (items.length === 0) return el('p', { class: 'muted' }, empty);
  return el('ul', {}, ...items.map((item) => el('li', {}, item)));
}

/** A transcript entry; the bot's long answers folded to their headline; the urgency's basis marked. */
/**
 * Shows the newest message: inside the transcript where it scrolls itself (wide screens), else by
 * scrolling the page so it sits just above the sticky reply box (phones).
 */
function bringIntoView(last: Element | null, cover: HTMLElement | undefined): void {
  if (!(last instanceof HTMLElement)) return;
  const scroller = last.parentElement;
  if (scroller) scroller.scrollTop = scroller.scrollHeight;
  const rect = last.getBoundingClientRect();
  const visibleBottom = window.innerHeight - (cover?.getBoundingClientRect().height ?? 0);
  if (rect.bottom > visibleBottom || rect.top < 0) window.scrollBy(0, rect.bottom - visibleBottom + 8);
}

function message(m: Card['transcript'][number], f: Format, basisId?: string): HTMLElement {
  const who = el(
    'span',
    { class: 'who' },
    `${f.t(`role.${m.role}`)} · ${f.time(m.createdAt)}`,
    m.id === basisId ? el('strong', { class: 'basis-mark' }, ` · ${f.t('urgencyBasisMessage')}`) : null,
  );
  const lines = m.text.split('\n').filter((line) => line.trim());
  // The headline: the first line, or the one after an introduction ("Hier ist meine Einschätzung …:").
  // The verdict's own headline when the message carries one, else the first line after an introduction.
  const headline = m.headline ?? (lines[0]?.trim().endsWith(':') ? lines[1] : lines[0]) ?? '';
  if (m.role === 'bot' && (m.headline || m.text.length > FOLD_AT) && lines.length > 1) {
    return el(
      'li',
      { 'data-role': m.role, 'data-id': m.id },
      who,
      el('details', {}, el('summary', {}, `${headline.slice(0, 200)} (${f.t('showMore')})`), el('p', {}, m.text)),
    );
  }
  return el('li', { 'data-role': m.role, 'data-id': m.id }, who, el('p', {}, m.text));
}

/**
 * The case page: facts, verdict, open points and reasons beside the conversation, whose reply box
 * stays in view. Updates (own actions, live events) redraw everything but the reply box and the
 * note being written, so a draft survives a new employer message.
 */
export function createCaseView(deps: CaseViewDeps) {
  const { api, f, root } = deps;
  let card: Card | undefined;
  let composer: { form: HTMLFormElement; area: HTMLTextAreaElement; warning: HTMLElement } | undefined;
  let noteArea: HTMLTextAreaElement | undefined;
  let savedReplies: SavedReply[] = [];
  let openId: string | undefined;

  const path = () => `/escalations/${card?.id ?? ''}`;
  const mine = () => card?.status === 'claimed' && card.claimedBy?.id === deps.session()?.adviser.id;
  const admin = () => deps.session()?.adviser.role === 'admin';

  async function act(work: () => Promise<unknown>) {
    if (await deps.guard(work)) await refresh();
  }

  function headActions(c: Card): HTMLElement {
    const actions = el('div', { class: 'actions' });
    if (c.status === 'open')
      actions.append(
        button(
          f.t('claim'),
          // Taking a case is to answer it: the whole reply box (Send included) comes into view and its
          // text field gets the focus.
          // The latest message sits just above it (review S5-14: on a phone the page stayed on the greeting).
          () => {
            showLatest = true;
            void act(() => api.post(`${path()}/claim`)).then(() => {
              if (!composer) return;
              if (composer.form.getBoundingClientRect().bottom > window.innerHeight)
                composer.form.scrollIntoView({ block: 'end' });
              composer.area.focus({ preventScroll: true });
            });
          },
          { class: 'primary' },
        ),
      );
    if (mine()) {
      actions.append(
        button(f.t('handBack'), () => void handBack()),
        button(f.t('close'), () => void close(), { class: 'primary' }),
      );
    }
    if (c.status === 'claimed' && !mine() && admin())
      actions.append(button(f.t('release'), () => void release(), { class: 'danger' }));
    return actions;
  }

  const unanswered = () => (card?.employerWroteLast ? [el('p', { class: 'warning' }, f.t('unansweredWarning'))] : []);

  async function handBack() {
    const ok = await confirmDialog({
      title: f.t('handBackTitle'),
      body: [el('p', {}, f.t('handBackText')), ...unanswered()],
      confirm: f.t('handBack'),
      cancel: f.t('cancel'),
    });
    if (ok) await act(() => api.post(`${path()}/hand-back`));
  }

  async function close() {
    const name = uid('outcome');
    const choices = OUTCOMES.map((o, i) => {
      const id = `${name}-${o}`;
      return el(
        'div',
        { class: 'row' },
        el('input', { type: 'radio', name: 'outcome', id, value: o, required: true, checked: i === 0 }),
        el('label', { for: id }, f.t(`outcome.${o}`)),
      );
    });
    const data = await confirmDialog({
      title: f.t('closeTitle'),
      body: [
        el('p', {}, f.t('closeText')),
        el('fieldset', {}, el('legend', {}, f.t('outcome')), ...choices),
        ...unanswered(),
      ],
      confirm: f.t('close'),
      cancel: f.t('cancel'),
    });
    const outcome = data?.get('outcome');
    if (typeof outcome === 'string') await act(() => api.post(`${path()}/close`, { outcome }));
  }

  async function release() {
    const ok = await confirmDialog({
      title: f.t('release'),
      body: [el('p', {}, f.t('releaseHint'))],
      confirm: f.t('release'),
      cancel: f.t('cancel'),
      danger: true,
    });
    if (ok) await act(() => api.post(`${path()}/release`));
  }

  /** The reply box: made once per case and kept across redraws (a draft must survive updates). */
  function replyBox(c: Card) {
    if (composer) return composer;
    const area = el('textarea', {
      id: 'reply-text',
      name: 'text',
      rows: '2',
      maxlength: '4000',
      required: true,
      'aria-describedby': 'reply-lang',
    });
    const warning = el('p', { class: 'warning', hidden: true }, f.t('unansweredWarning'));
    const pick = el('select', { id: 'saved-reply', 'aria-label': f.t('savedReplies') });
    const fillPick = () => {
      pick.replaceChildren(
        el('option', { value: '' }, savedReplies.length ? f.t('savedReplies') : f.t('savedRepliesNone')),
        ...savedReplies.map((r) => el('option', { value: r.id }, r.title)),
      );
      pick.disabled = savedReplies.length === 0;
    };
    fillPick();
    pick.addEventListener('change', () => {
      const chosen = savedReplies.find((r) => r.id === pick.value);
      if (!chosen) return;
      const start = area.selectionStart ?? area.value.length;
      area.setRangeText(chosen.text, start, area.selectionEnd ?? start, 'end');
      pick.value = '';
      area.focus();
    });
    void api
      .get<{ replies: SavedReply[] }>(withQuery('/saved-replies', { lang: c.lang }))
      .then((data) => {
        savedReplies = data.replies;
        fillPick();
      })
      .catch(() => undefined);
    const send = el('button', { type: 'submit', class: 'primary' }, f.t('send'));
    const form = el(
      'form',
      { class: 'composer' },
      warning,
      el(
        'div',
        { class: 'row' },
        el('label', { for: 'reply-text', id: 'reply-label' }, f.t('reply')),
        el('span', { class: 'muted small', id: 'reply-lang' }, f.t('replyLanguage', { lang: f.t(`lang.${c.lang}`) })),
      ),
      area,
      el('div', { class: 'row' }, send, pick),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = area.value.trim();
      if (!text) return;
      send.disabled = true;
      void deps
        .guard(() => api.post(`${path()}/replies`, { text }))
        .then(async (ok) => {
          send.disabled = false;
          if (ok) {
            area.value = '';
            // The notice first: shown after the scroll it pushed the sent reply under the reply box
            // (review S5-14, 1280 px).
            deps.say(f.t('replySent'));
            showLatest = true;
            await refresh();
            area.focus();
          }
        });
    });
    composer = { form, area, warning };
    return composer;
  }

  function notesBlock(c: Card): HTMLElement[] {
    const blocks: HTMLElement[] = [
      el('h2', {}, f.t('notes')),
      c.notes.length
        ? el(
            'ul',
            { class: 'notes' },
            ...c.notes.map((n) =>
              el(
                'li',
                {},
                el('span', { class: 'who' }, `${n.adviser.name} · ${f.time(n.createdAt)}`),
                el('p', {}, n.text),
              ),
            ),
          )
        : el('p', { class: 'muted' }, f.t('noNotes')),
    ];
    const allowed = c.status !== 'closed' && (c.status !== 'claimed' || mine() || admin());
    if (!allowed) return blocks;
    noteArea ??= el('textarea', { id: 'note-text', name: 'note', rows: '2', maxlength: '4000', required: true });
    const area = noteArea;
    const form = el(
      'form',
      { class: 'stack' },
      el('label', { for: 'note-text' }, f.t('note')),
      area,
      el('div', { class: 'row' }, el('button', { type: 'submit' }, f.t('saveNote'))),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = area.value.trim();
      if (!text) return;
      void act(async () => {
        await api.post(`${path()}/notes`, { text });
        area.value = '';
      });
    });
    blocks.push(form);
    return blocks;
  }

  /** Issue 20: the law changed the verdict after the answer; each change with its day, before, after, cause. */
  function changesBlock(c: Card): HTMLElement[] {
    const changes = c.changes ?? [];
    if (changes.length === 0) return [];
    return [
      el(
        'section',
        { class: 'warning law-changes', 'aria-labelledby': 'law-changes-title' },
        el('h2', { id: 'law-changes-title' }, f.t('changesTitle')),
        el('p', {}, f.t('changeHint')),
        el(
          'ul',
          {},
          ...changes.map((change) =>
            el(
              'li',
              {},
              f.t('changeLine', {
                date: f.day(change.date),
                before: change.before.label,
                after: change.after.label,
                entries: change.entries.join('; '),
                detected: f.day(change.detectedOn),
              }),
            ),
          ),
        ),
      ),
    ];
  }

  function details(c: Card): HTMLElement {
    const a = c.assessment;
    const panel = el(
      'details',
      { class: 'panel details-panel', id: 'case-details' },
      el('summary', {}, f.t('caseDetails')),
      ...changesBlock(c),
      el('h2', {}, f.t('assessment')),
      el('p', {}, el('strong', {}, a.verdictLabel)),
      el(
        'p',
        { class: 'muted small' },
        [
          f.t('lawAsOf', { date: f.day(a.lawAsOf) }),
          a.earliestStart ? f.t('earliestStart', { date: f.day(a.earliestStart) }) : '',
        ]
          .filter(Boolean)
          .join(' · '),
      ),
      el('h2', {}, f.t('reasons')),
      list(
        a.reasons.map((r) => r.text),
        c.triggerLabel,
      ),
      c.urgencyBasis ? el('p', { class: 'warning' }, f.t(urgencyBasisText(c.urgencyBasis))) : null,
      a.reasons.length ? el('p', { class: 'muted small' }, `${f.t('trigger')}: ${c.triggerLabel}`) : null,
      el('h2', {}, f.t('openQuestions')),
      list(a.openQuestions, f.t('noOpenQuestions')),
      a.missingFacts.length ? el('h3', {}, f.t('missingFacts')) : null,
      a.missingFacts.length
        ? list(
            a.missingFacts.map((m) => m.label),
            '',
          )
        : null,
      el('h2', {}, f.t('facts')),
      c.facts.length
        ? definitions(c.facts.map((fact) => [fact.label, fact.value]))
        : el('p', { class: 'muted' }, f.t('noFacts')),
      definitions([
        [f.t('channel'), f.t(`channel.${c.channel}`)],
        [f.t('language'), f.t(`lang.${c.lang}`)],
        [f.t('received'), f.time(c.createdAt)],
      ]),
      ...notesBlock(c),
    );
    // Beside the conversation on a wide screen; folded above it on a phone, so the reply box stays near.
    if (window.matchMedia('(min-width: 60rem)').matches || detailsOpen) panel.open = true;
    panel.addEventListener('toggle', () => {
      detailsOpen = panel.open;
    });
    return panel;
  }
  let detailsOpen = false;
  /** Set by the adviser's own reply: the next redraw shows it, wherever the transcript was scrolled. */
  let showLatest = false;

  /** What the focused control is, so the same one can be focused again after a redraw. */
  const focusKey = (e: Element) =>
    `${e.tagName}|${e.id || e.getAttribute('aria-label') || e.textContent?.trim().slice(0, 80) || ''}`;

  function render(c: Card) {
    const focused = document.activeElement as HTMLElement | null;
    const keep = focused && (focused === composer?.area || focused === noteArea) ? focused : null;
    // A live update redraws the page: a keyboard user on "Fall abschließen" stays there, instead of
    // losing the focus to the page while pressing Enter.
    const wasOn = !keep && focused && focused !== document.body && root.contains(focused) ? focusKey(focused) : null;
    const scroller = root.querySelector('.transcript');
    const atEnd = !scroller || scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 40;
    const state =
      c.status === 'claimed' && !mine()
        ? el('p', { class: 'muted' }, f.t('notYours', { name: c.claimedBy?.name ?? '' }))
        : c.status === 'returned' || c.status === 'closed'
          ? el('p', { class: 'muted' }, f.t('finishedCase'))
          : null;
    const transcript = el(
      'ol',
      { class: 'transcript', tabindex: '0', 'aria-label': f.t('transcript') },
      ...c.transcript.map((m) => message(m, f, c.urgencyBasis?.messageId)),
    );
    const talk = el(
      'section',
      { class: 'talk', 'aria-labelledby': 'talk-heading' },
      el('h2', { id: 'talk-heading' }, f.t('conversation')),
      transcript,
    );
    if (mine()) {
      const box = replyBox(c);
      box.warning.hidden = !c.employerWroteLast;
      talk.append(box.form);
    }
    root.replaceChildren(
      el(
        'article',
        { class: `case urgency-${c.urgency}`, 'aria-labelledby': 'case-title' },
        el(
          'div',
          { class: 'case-head' },
          el('a', { href: '#queue' }, `← ${f.t('back')}`),
          el(
            'h1',
            { id: 'case-title', tabindex: '-1' },
            `${f.t('caseNumber', { n: String(c.caseNumber) })} · ${c.summary}`,
          ),
          ...urgencyBadges(c, f),
          el('span', { class: `badge ${c.status}` }, f.t(`status.${c.status}`)),
          c.claimedBy ? el('span', { class: 'muted' }, f.t('heldBy', { name: c.claimedBy.name })) : null,
        ),
        headActions(c),
        state,
        el('div', { class: 'split' }, details(c), talk),
      ),
    );
    if (showLatest) bringIntoView(transcript.lastElementChild, composer?.form);
    else if (atEnd) transcript.scrollTop = transcript.scrollHeight;
    showLatest = false;
    if (keep) keep.focus();
    else if (wasOn)
      [...root.querySelectorAll<HTMLElement>('a, button, summary, [tabindex], textarea, input, select')]
        .find((e) => focusKey(e) === wasOn)
        ?.focus();
  }

  async function refresh() {
    if (!openId) return;
    const previous = card;
    card = await api.get<Card>(`/escalations/${encodeURIComponent(openId)}`);
    if (previous && card.transcript.length > previous.transcript.length && card.transcript.at(-1)?.role === 'employer')
      deps.say(f.t('caseUpdated'));
    render(card);
  }

  return {
    async open(id: string) {
      if (openId !== id) {
        composer = undefined;
        noteArea = undefined;
        savedReplies = [];
        card = undefined;
        detailsOpen = false;
      }
      openId = id;
      await refresh();
      document.getElementById('case-title')?.focus();
    },
    refresh,
    currentId: () => openId,
    leave() {
      openId = undefined;
    },
  };
}

export type CaseView = ReturnType<typeof createCaseView>;
