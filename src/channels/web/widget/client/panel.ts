import { confirmRow } from './confirm.js';
import { h } from './dom.js';
import { LANGS, type Lang, type Translate } from './i18n.js';

export interface PanelHandlers {
  toggle(open: boolean): void;
  switchLang(lang: Lang): void;
  submit(text: string): void;
  handoff(): void;
  remove(): void;
}

/**
 * The chat's fixed frame: launcher (with an unread badge), header, banner, the case's facts, the
 * log (the quick replies are its last row, so a question stays above its buttons), composer,
 * actions, live region.
 */
export function buildPanel(t: Translate, lang: Lang, title: string, on: PanelHandlers) {
  const badge = h('span', { class: 'badge-unread', hidden: true });
  const launcher = h(
    'button',
    { class: 'launcher primary', 'aria-expanded': 'false', 'aria-controls': 'lotse-panel' },
    h('span', {}, t('launcher')),
    badge,
  );
  launcher.addEventListener('click', () => on.toggle(true));
  const langButtons = LANGS.map((code) =>
    h(
      'button',
      { type: 'button', lang: code, 'aria-pressed': String(code === lang), onclick: () => on.switchLang(code) },
      h('span', { 'aria-hidden': 'true' }, code.toUpperCase()),
      h('span', { class: 'sr' }, code === 'de' ? 'Deutsch' : 'English'),
    ),
  );
  const closeButton = h('button', { type: 'button', 'aria-label': t('close'), onclick: () => on.toggle(false) }, '✕');
  const banner = h('div', { class: 'banner', role: 'status', hidden: true });
  // What happened to the case since the verdict (issue 20): above the conversation, until read.
  const notices = h('section', { class: 'notices', role: 'status', 'aria-label': t('noticesLabel'), hidden: true });
  const caseFacts = h('details', { class: 'case', hidden: true });
  const log = h('ol', { class: 'log', 'aria-label': t('messages'), tabindex: '0' });
  const replies = h('div', { class: 'replies', role: 'group', 'aria-label': t('quickReplies') });
  const repliesRow = h('li', { class: 'replies-row', hidden: true }, replies);
  const typing = h(
    'div',
    { class: 'typing', hidden: true },
    h('span', { class: 'dots', 'aria-hidden': 'true' }, h('span'), h('span'), h('span')),
    ` ${t('typing')}`,
  );
  const input = h('textarea', { id: 'lotse-input', rows: 1, maxlength: 2000, placeholder: t('inputPlaceholder') });
  const sendButton = h('button', { type: 'submit', class: 'primary' }, t('send'));
  const form = h(
    'form',
    { class: 'composer' },
    h('label', { class: 'sr', for: 'lotse-input' }, t('inputLabel')),
    input,
    sendButton,
  );
  const submit = () => {
    const text = input.value.trim();
    if (text) on.submit(text);
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    submit();
  });
  // Enter sends, Shift+Enter starts a new line (the usual chat convention).
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      submit();
    }
  });
  const handoffButton = h('button', { type: 'button', class: 'handoff', onclick: on.handoff }, t('talkToPerson'));
  const deleteArea = h('div', { class: 'delete' });
  const showDelete = () => {
    deleteArea.replaceChildren(h('button', { type: 'button', onclick: askConfirm }, t('deleteConversation')));
  };
  // Deleting asks first, with the focus on "Cancel": Enter, Enter never erases the conversation.
  function askConfirm() {
    deleteArea.replaceChildren(
      confirmRow(t('deleteConfirm'), t('deleteYes'), t('cancel'), on.remove, () => {
        showDelete();
        deleteArea.querySelector('button')?.focus();
      }),
    );
  }
  showDelete();
  const live = h('div', { class: 'sr', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const panel = h(
    'section',
    {
      class: 'panel',
      id: 'lotse-panel',
      role: 'dialog',
      'aria-modal': 'false',
      'aria-labelledby': 'lotse-title',
      hidden: true,
      lang,
    },
    h(
      'header',
      {},
      h('div', { class: 'grow' }, h('h2', { id: 'lotse-title' }, title), h('p', {}, t('subtitle'))),
      h('div', { class: 'langs', role: 'group', 'aria-label': t('language') }, ...langButtons),
      closeButton,
    ),
    banner,
    notices,
    caseFacts,
    log,
    typing,
    form,
    h('div', { class: 'actions' }, handoffButton, deleteArea),
    live,
  );
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') on.toggle(false);
  });
  const root = h('div', { class: 'root', lang }, launcher, panel);
  return {
    root,
    launcher,
    badge,
    panel,
    langButtons,
    banner,
    notices,
    caseFacts,
    log,
    typing,
    replies,
    repliesRow,
    input,
    sendButton,
    handoffButton,
    deleteArea,
    showDelete,
    live,
  };
}

export type Panel = ReturnType<typeof buildPanel>;
