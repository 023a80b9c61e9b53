import { describeFact } from '../../../../i18n/fact-labels.js';
import { createApi, createReminderApi } from './api.js';
import { textOn, type WidgetConfig } from './config.js';
import { confirmRow } from './confirm.js';
import { createConversation } from './conversation.js';
import { h } from './dom.js';
import { duldungBackDrawing } from './drawing.js';
import { factChips } from './fact-chips.js';
import { isLang, type Lang, translator } from './i18n.js';
import { announcement, type LogContext, latestVerdictId, renderMessage } from './log-view.js';
import { buildPanel, type Panel } from './panel.js';
import { handoffState, replyOptions } from './replies.js';
import { createWidgetStorage } from './storage.js';
import { STYLES } from './styles.js';
import {
  ACTION_KEY,
  type Choice,
  CONSENT_KEY,
  HANDOFF_CHOICE,
  type Message,
  RESTART_VALUE,
  type RemindersView,
  type Session,
} from './types.js';
import { noticeView } from './view-message.js';
import { noticesView } from './view-notices.js';
import { type EmailReminders, emailRemindersView } from './view-reminders.js';

type Input = { text: string } | { choice: Choice };

/** Flat facts of the case (`job.kind`), for the chips above the log. */
function flatFacts(facts: Session['state']['facts']): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const [key, value] of Object.entries(facts)) {
    if (key === 'job' && value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) out.push([`job.${k}`, v]);
    else if (value !== undefined && !(key === 'event' && value === 'hire')) out.push([key, value]);
  }
  return out;
}

/** One fact of the case by its flat key (`job.kind` → `facts.job.kind`). */
function factOf(facts: Session['state']['facts'], key: string): unknown {
  if (!key.startsWith('job.')) return (facts as Record<string, unknown>)[key];
  return (facts.job as Record<string, unknown> | undefined)?.[key.slice(4)];
}

/** Mounts the widget into `host` (its own Shadow DOM) and wires panel, conversation and storage. */
export function mountWidget(host: HTMLElement, config: WidgetConfig) {
  const shadow = host.attachShadow({ mode: 'open' });
  const store = createWidgetStorage(config.endpoint);
  const api = createApi(config.endpoint);
  const storedLang = store.lang();
  let lang: Lang = isLang(storedLang) ? storedLang : config.lang;
  let t = translator(lang);
  let panel: Panel;
  let isOpen = false;
  let unread = 0;
  let focusAfterTurn = false;
  let shownStatus: Session['state']['status'] | undefined;
  const style = h('style', {}, STYLES);

  const conversation = createConversation(api, store, {
    added(messages, session, restored) {
      for (const m of messages) addToLog(renderMessage(m, logContext(session)));
      // A new verdict makes the earlier ones read-only: their facts are no longer the case's.
      if (messages.some((m) => m.answer)) refreshCards(session);
      // An adviser's reply or a status note can change what the banner says (queued → taken).
      if (messages.some((m) => m.role === 'adviser' || m.role === 'system')) renderChrome(session);
      // A reply that arrives live (not from the employer's own turn) is scrolled to.
      const live = messages.find((m) => m.role === 'adviser');
      if (live && !restored) scrollTo(panel.log.querySelector(`li[data-id="${CSS.escape(live.id)}"]`));
      const spoken = messages.filter((m) => m.role !== 'employer');
      if (!restored && spoken.length) {
        announce(announcement(spoken, logContext(session)));
        if (!isOpen) setUnread(unread + spoken.length);
      }
      if (restored) scrollTo(null);
    },
    changed: renderChrome,
    typing(on) {
      panel.typing.hidden = !on;
      panel.log.setAttribute('aria-busy', String(on));
      if (on) announce(t('typing'));
    },
    failed(kind, text, limited) {
      // Refused for now: say so and for how long, instead of inviting retries that fail the same way.
      const minutes = Math.max(1, Math.ceil((limited?.retryAfter ?? 60) / 60));
      const notice = limited
        ? t(limited.handoff ? 'handoffLimited' : 'rateLimited', { minutes })
        : t(kind === 'send' ? 'sendFailed' : 'loadFailed');
      addToLog(noticeView(notice));
      announce(notice);
      if (text && !panel.input.value) panel.input.value = text;
    },
  });

  function logContext(session: Session): LogContext {
    return {
      t,
      lang,
      session,
      root: shadow,
      ratings: store.ratings(session.id),
      rate: async (messageId, rating, comment) => {
        try {
          await api.feedback(session.id, { messageId, rating, ...(comment ? { comment } : {}) });
          store.setRating(session.id, messageId, rating);
          return true;
        } catch {
          return false;
        }
      },
      chips: {
        send: (input, shownAs) => void send(input, shownAs),
        valueOf: (key) => factOf(conversation.current()?.state.facts ?? session.state.facts, key),
      },
      reminders: (messageId) => emailRemindersView(emailReminders(session.id), t, `lotse-remind-${messageId}`),
    };
  }

  /** What the server said about the case's e-mail reminders, kept so a redrawn card does not ask again. */
  const reminderStates = new Map<string, RemindersView>();
  function emailReminders(id: string): EmailReminders {
    const keep = (state: RemindersView) => {
      reminderStates.set(id, state);
      return state;
    };
    const remote = createReminderApi(config.endpoint, id);
    return {
      known: () => reminderStates.get(id),
      load: () => remote.get().then(keep, () => undefined),
      set: (address) => remote.setEmail(address).then(keep),
      remove: () => remote.deleteEmail().then(keep),
    };
  }

  /** Adds to the log above the quick replies, which stay its last row. */
  function addToLog(node: HTMLElement) {
    if (panel.repliesRow.parentNode !== panel.log) panel.log.appendChild(panel.repliesRow);
    panel.log.insertBefore(node, panel.repliesRow);
  }

  function refreshCards(session: Session) {
    for (const m of session.messages) {
      if (!m.answer) continue;
      const old = panel.log.querySelector(`li[data-id="${CSS.escape(m.id)}"]`);
      old?.replaceWith(renderMessage(m, logContext(session)));
    }
  }

  function announce(text: string) {
    panel.live.textContent = '';
    // A fresh text node after a tick makes screen readers announce repeated texts too.
    setTimeout(() => {
      panel.live.textContent = text;
    }, 50);
  }

  /** The badge shows the number; screen readers hear it in words as part of the launcher's name. */
  function setUnread(n: number) {
    unread = n;
    panel.badge.hidden = n === 0;
    panel.badge.replaceChildren(
      ...(n > 0
        ? [h('span', { 'aria-hidden': 'true' }, String(n)), h('span', { class: 'sr' }, ` (${t('unread', { n })})`)]
        : []),
    );
  }

  /**
   * Puts `el`'s top near the top of the log (or, without one, scrolls to the end). The line above it
   * (the understood line, the employer's message) is shown whole when it fits together with `keep`
   * (default: the first lines of `el`); otherwise it is scrolled away entirely. Never a line cut at
   * the log's top edge, under the header (review 17).
   */
  function scrollTo(el: HTMLElement | null, keep: HTMLElement = el as HTMLElement) {
    const log = panel.log;
    if (!el) {
      log.scrollTop = log.scrollHeight;
      return;
    }
    const box = log.getBoundingClientRect();
    const top = (x: Element) => x.getBoundingClientRect().top - box.top + log.scrollTop;
    const margin = 8;
    let target = top(el) - margin;
    let above = el.previousElementSibling;
    while (above && above.getClientRects().length === 0) above = above.previousElementSibling;
    if (above) {
      const height = keep.getBoundingClientRect().height;
      const keepBottom = top(keep) + (keep === el ? Math.min(height, 120) : height);
      const withAbove = top(above) - margin;
      if (keepBottom - withAbove <= log.clientHeight - margin) target = withAbove;
    }
    log.scrollTop = target;
  }

  function renderChrome(session: Session | null) {
    const status = session?.state.status;
    const notices: (string | HTMLElement)[] = [];
    if (session && status === 'with_adviser')
      notices.push(
        handoffState(session) === 'taken' ? t('handoffTaken') : t('handoffQueued', { hours: config.replyWithinHours }),
      );
    if (status === 'closed') notices.push(t('closedNotice'), ' ', startButton());
    if (session && session.lang !== lang) {
      const restart = h(
        'button',
        { type: 'button', onclick: () => confirmRestart(() => conversation.restart(lang)) },
        t('restartInLang'),
      );
      notices.push(notices.length ? ' ' : '', t('langKeptNotice'), ' ', restart);
    }
    panel.banner.replaceChildren(...notices.map((n) => (typeof n === 'string' ? document.createTextNode(n) : n)));
    panel.banner.hidden = notices.length === 0;
    renderWatchNotices(session);
    renderCaseFacts(session);
    renderReplies(session);
    panel.handoffButton.disabled = status === 'with_adviser' || status === 'closed';
    panel.input.disabled = panel.sendButton.disabled = status === 'closed';
    // With an adviser or after closing, the latest verdict's facts can no longer be changed here.
    if (session && status !== shownStatus) {
      if (shownStatus !== undefined) refreshCards(session);
      shownStatus = status;
    }
  }

  /** The watch's notices the employer has not put away yet (issue 20). */
  function renderWatchNotices(session: Session | null) {
    const dismissed = new Set(session ? store.dismissed(session.id) : []);
    const open = (session?.notices ?? []).filter((n) => !dismissed.has(n.id));
    const dismiss = (noticeId: string) => {
      if (!session) return;
      store.dismiss(session.id, noticeId);
      renderWatchNotices(session);
      panel.input.focus();
    };
    // Rebuilt only when the notices differ, so a screen reader does not hear them again after every turn.
    const key = open.map((n) => n.id).join(' ');
    if (panel.notices.dataset.shown === key) return;
    panel.notices.dataset.shown = key;
    panel.notices.replaceChildren(...noticesView(open, t, lang, dismiss));
    panel.notices.hidden = open.length === 0;
  }

  /** The case's facts above the log, as chips to change; what the last turn understood is marked. */
  function renderCaseFacts(session: Session | null) {
    // While collecting; once there is a verdict its card carries the facts (as chips to change).
    const facts = session?.state.status === 'collecting' ? flatFacts(session.state.facts) : [];
    const editable = true;
    panel.caseFacts.hidden = facts.length === 0;
    if (facts.length === 0) return panel.caseFacts.replaceChildren();
    const fresh = new Set((session?.understood ?? []).map((u) => u.factKey));
    const wasOpen = panel.caseFacts.open;
    panel.caseFacts.replaceChildren(
      h('summary', {}, facts.length === 1 ? t('caseFact') : t('caseFacts', { n: facts.length })),
      factChips(
        facts.map(([key, value]) => ({ key, text: describeFact(key, value, lang), fresh: fresh.has(key) })),
        t,
        lang,
        editable
          ? {
              send: (input, shownAs) => void send(input, shownAs),
              valueOf: (key) => factOf(session?.state.facts ?? {}, key),
            }
          : undefined,
      ),
    );
    panel.caseFacts.open = wasOpen;
  }

  function renderReplies(session: Session | null) {
    const replies = replyOptions(session);
    // Rebuilding the buttons must not drop the keyboard user's focus to <body>.
    const focused = [...panel.replies.querySelectorAll('button')].indexOf(shadow.activeElement as HTMLButtonElement);
    const buttons = (replies?.options ?? []).map((o) => {
      const factKey = replies?.factKey ?? ACTION_KEY;
      const choose = () => void send({ choice: { factKey, value: o.value } }, o.label);
      const restart = factKey === ACTION_KEY && o.value === RESTART_VALUE;
      return h('button', { type: 'button', onclick: restart ? () => confirmRestart(choose) : choose }, o.label);
    });
    const where =
      session?.state.pendingQuestion?.factKey === 'workClause'
        ? h('details', { class: 'where' }, h('summary', {}, t('whereOnDocument')), duldungBackDrawing(t))
        : null;
    panel.replies.replaceChildren(...buttons, ...(where ? [where] : []));
    panel.repliesRow.hidden = buttons.length === 0;
    panel.log.appendChild(panel.repliesRow);
    const now = panel.replies.querySelectorAll('button');
    if (focused >= 0) (now[Math.min(focused, now.length - 1)] ?? panel.input).focus();
  }

  /** Restarting erases every fact: it asks first, with the focus on "Cancel". */
  function confirmRestart(restart: () => void) {
    const keep = [...panel.replies.childNodes];
    const back = () => {
      panel.replies.replaceChildren(...keep);
      (panel.replies.querySelector('button') as HTMLElement | null)?.focus();
    };
    panel.replies.replaceChildren(
      confirmRow(
        t('restartConfirm'),
        t('restartYes'),
        t('cancel'),
        () => {
          panel.replies.replaceChildren();
          restart();
        },
        back,
      ),
    );
    panel.repliesRow.hidden = false;
    scrollTo(panel.repliesRow);
  }

  const startButton = () =>
    h('button', { type: 'button', class: 'primary', onclick: () => void startNew() }, t('startNew'));

  async function startNew() {
    panel.log.replaceChildren(panel.repliesRow);
    await conversation.ensure(lang);
    focusAfterTurn = true;
    renderChrome(conversation.current());
    afterTurn([]);
  }

  /** The last message Lotse (or an adviser) wrote: the question on offer, if one is pending. */
  const lastFromLotse = (session: Session) => session.messages.filter((m) => m.role !== 'employer').at(-1);

  /**
   * After a turn: a verdict's top in view with the focus on its headline (Enter there does
   * nothing); otherwise the first new bot message in view. A question on offer gets the focus itself, not its
   * first answer: one stray Enter on a pre-focused "Ja" answered questions that decide the verdict (review S4-15).
   * Tab leads from the question to its answers; without a question the focus is in the text field.
   */
  function afterTurn(fresh: Message[]) {
    const verdict = fresh.find((m) => m.answer);
    const li = (m: Message | undefined) =>
      m ? (panel.log.querySelector(`li[data-id="${CSS.escape(m.id)}"]`) as HTMLElement | null) : null;
    if (verdict) {
      const card = li(verdict);
      const headline = card?.querySelector('.headline') as HTMLElement | null;
      scrollTo(card, headline ?? card ?? undefined);
      headline?.focus({ preventScroll: true });
      return;
    }
    const firstBot = fresh.find((m) => m.role !== 'employer');
    if (firstBot) scrollTo(li(firstBot));
    if (focusAfterTurn) {
      focusAfterTurn = false;
      const session = conversation.current();
      const question = session?.state.pendingQuestion ? lastFromLotse(session) : undefined;
      if (question && panel.replies.querySelector('button')) focusQuestion(question);
      else panel.input.focus({ preventScroll: true });
    }
  }

  async function send(input: Input, shownAs: string) {
    if (!conversation.current()) await conversation.ensure(lang);
    if ('text' in input) panel.input.value = '';
    focusAfterTurn = true;
    const fresh = await conversation.send(input, shownAs);
    renderChrome(conversation.current());
    // With an adviser Lotse stays silent: the employer's own message is the last word and stays in view
    // (review S5-14: the log stayed on the adviser's reply).
    if (!fresh.some((m) => m.role !== 'employer')) scrollTo(null);
    afterTurn(fresh);
  }

  async function toggle(open: boolean) {
    isOpen = open;
    store.setOpen(open);
    panel.panel.hidden = !open;
    panel.launcher.hidden = open;
    panel.launcher.setAttribute('aria-expanded', String(open));
    if (!open) return panel.launcher.focus();
    setUnread(0);
    focusAfterTurn = true;
    if (!conversation.current()) await conversation.ensure(lang);
    renderChrome(conversation.current());
    const session = conversation.current();
    const latest = session ? latestVerdictId(session) : undefined;
    // Back to a verdict that is the last word: its top, not the end of a long card.
    const last = session ? lastFromLotse(session) : undefined;
    if (latest && last?.id === latest) afterTurn(session?.messages.filter((m) => m.id === latest) ?? []);
    else if (session?.state.pendingQuestion?.factKey === CONSENT_KEY && last) focusQuestion(last);
    else afterTurn([]);
  }

  /**
   * Back to a pending hand-off consent (after a reload, or reopening): the question gets the focus and is
   * shown with its buttons, so a stray Enter cannot send the transcript to the advisers unseen.
   */
  function focusQuestion(m: Message) {
    focusAfterTurn = false;
    const li = panel.log.querySelector(`li[data-id="${CSS.escape(m.id)}"]`) as HTMLElement | null;
    if (!li) return panel.input.focus();
    // The line above is shown only if the question's buttons stay in view with it (review S3-12).
    scrollTo(li, panel.repliesRow);
    li.tabIndex = -1;
    li.focus({ preventScroll: true });
  }

  async function remove() {
    if (!(await conversation.remove())) return void addToLog(noticeView(t('loadFailed')));
    const again = startButton();
    panel.log.replaceChildren(noticeView(t('deleted'), 'system', again));
    panel.showDelete();
    renderChrome(null);
    announce(t('deleted'));
    again.focus();
  }

  /** Builds (or rebuilds, on a language switch) the whole UI from the current session. */
  function render() {
    const focusLang = shadow.activeElement?.getAttribute('lang');
    panel = buildPanel(t, lang, config.titles[lang] ?? t('defaultTitle'), {
      toggle: (open) => void toggle(open),
      switchLang,
      submit: (text) => void send({ text }, text),
      handoff: () => void send({ choice: HANDOFF_CHOICE }, t('talkToPerson')),
      remove: () => void remove(),
    });
    const accent = config.color ?? '#0b5394';
    panel.root.style.setProperty('--accent', accent);
    panel.root.style.setProperty('--on-accent', textOn(accent));
    shadow.replaceChildren(style, panel.root);
    panel.panel.hidden = !isOpen;
    panel.launcher.hidden = isOpen;
    setUnread(unread);
    const session = conversation.current();
    if (session) for (const m of session.messages) addToLog(renderMessage(m, logContext(session)));
    shownStatus = session?.state.status;
    renderChrome(session);
    if (focusLang) (panel.langButtons.find((b) => b.lang === focusLang) ?? panel.input).focus();
  }

  async function switchLang(next: Lang) {
    if (next === lang) return;
    lang = next;
    t = translator(lang);
    store.setLang(lang);
    render();
    const session = conversation.current();
    // Nothing said yet: simply start over in the new language.
    if (session && !session.messages.some((m) => m.role === 'employer')) {
      panel.log.replaceChildren(panel.repliesRow);
      await conversation.restart(lang);
    }
  }

  render();
  if (config.open || store.wasOpen()) void toggle(true);
  else void conversation.load();
  return { toggle, destroy: () => conversation.stop() };
}
