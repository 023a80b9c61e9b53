import { createApi } from './api.js';
import { textOn, type WidgetConfig } from './config.js';
import { createConversation } from './conversation.js';
import { h } from './dom.js';
import { isLang, type Lang, translator } from './i18n.js';
import { announcement, type LogContext, renderMessage } from './log-view.js';
import { buildPanel, type Panel } from './panel.js';
import { replyOptions } from './replies.js';
import { createWidgetStorage } from './storage.js';
import { STYLES } from './styles.js';
import { ACTION_KEY, HANDOFF_CHOICE, type Session } from './types.js';
import { noticeView } from './view-message.js';
import { noticesView } from './view-notices.js';

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
  let focusAfterTurn = false;
  const style = h('style', {}, STYLES);

  const conversation = createConversation(api, store, {
    added(messages, session, restored) {
      for (const m of messages) panel.log.appendChild(renderMessage(m, logContext(session)));
      panel.log.scrollTop = panel.log.scrollHeight;
      const spoken = messages.filter((m) => m.role !== 'employer');
      if (!restored && spoken.length) announce(spoken.map((m) => announcement(m, logContext(session))).join(' '));
    },
    changed: renderChrome,
    typing(on) {
      panel.typing.hidden = !on;
      panel.log.setAttribute('aria-busy', String(on));
      if (on) announce(t('typing'));
    },
    failed(kind, text) {
      panel.log.appendChild(noticeView(t(kind === 'send' ? 'sendFailed' : 'loadFailed')));
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
    };
  }

  function announce(text: string) {
    panel.live.textContent = '';
    // A fresh text node after a tick makes screen readers announce repeated texts too.
    setTimeout(() => {
      panel.live.textContent = text;
    }, 50);
  }

  function renderChrome(session: Session | null) {
    const status = session?.state.status;
    const notices: (string | HTMLElement)[] = [];
    if (status === 'with_adviser') notices.push(t('withAdviser'));
    if (status === 'closed') notices.push(t('closedNotice'), ' ', startButton());
    if (session && session.lang !== lang) {
      const restart = h(
        'button',
        { type: 'button', onclick: () => void conversation.restart(lang) },
        t('restartInLang'),
      );
      notices.push(notices.length ? ' ' : '', t('langKeptNotice'), ' ', restart);
    }
    panel.banner.replaceChildren(...notices.map((n) => (typeof n === 'string' ? document.createTextNode(n) : n)));
    panel.banner.hidden = notices.length === 0;
    renderWatchNotices(session);
    const replies = replyOptions(session);
    // Rebuilding the buttons must not drop the keyboard user's focus to <body>.
    const focused = [...panel.replies.children].indexOf(shadow.activeElement as Element);
    panel.replies.replaceChildren(
      ...(replies?.options ?? []).map((o) =>
        h(
          'button',
          {
            type: 'button',
            onclick: () => send({ choice: { factKey: replies?.factKey ?? ACTION_KEY, value: o.value } }, o.label),
          },
          o.label,
        ),
      ),
    );
    panel.replies.hidden = panel.replies.childElementCount === 0;
    panel.handoffButton.disabled = status === 'with_adviser' || status === 'closed';
    panel.input.disabled = panel.sendButton.disabled = status === 'closed';
    const buttons = panel.replies.querySelectorAll('button');
    if (focused >= 0) (buttons[Math.min(focused, buttons.length - 1)] ?? panel.input).focus();
    if (focusAfterTurn && !conversation.isBusy()) {
      focusAfterTurn = false;
      ((panel.replies.querySelector('button') as HTMLElement | null) ?? panel.input).focus();
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

  const startButton = () =>
    h('button', { type: 'button', class: 'primary', onclick: () => void startNew() }, t('startNew'));

  async function startNew() {
    panel.log.replaceChildren();
    await conversation.ensure(lang);
    focusAfterTurn = true;
    renderChrome(conversation.current());
  }

  async function send(input: { text: string } | { choice: { factKey: string; value: string } }, shownAs: string) {
    if (!conversation.current()) await conversation.ensure(lang);
    if ('text' in input) panel.input.value = '';
    focusAfterTurn = true;
    await conversation.send(input, shownAs);
    renderChrome(conversation.current());
  }

  async function toggle(open: boolean) {
    isOpen = open;
    store.setOpen(open);
    panel.panel.hidden = !open;
    panel.launcher.hidden = open;
    panel.launcher.setAttribute('aria-expanded', String(open));
    if (!open) return panel.launcher.focus();
    focusAfterTurn = true;
    if (!conversation.current()) await conversation.ensure(lang);
    renderChrome(conversation.current());
  }

  async function remove() {
    if (!(await conversation.remove())) return void panel.log.appendChild(noticeView(t('loadFailed')));
    const again = startButton();
    panel.log.replaceChildren(noticeView(t('deleted'), 'system', again));
    panel.showDelete();
    announce(t('deleted'));
    again.focus();
  }

  /** Builds (or rebuilds, on a language switch) the whole UI from the current session. */
  function render() {
    const focusLang = shadow.activeElement?.getAttribute('lang');
    panel = buildPanel(t, lang, config.title ?? t('defaultTitle'), {
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
    const session = conversation.current();
    if (session) for (const m of session.messages) panel.log.appendChild(renderMessage(m, logContext(session)));
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
      panel.log.replaceChildren();
      await conversation.restart(lang);
    }
  }

  render();
  if (config.open || store.wasOpen()) void toggle(true);
  else void conversation.load();
  return { toggle, destroy: () => conversation.stop() };
}
