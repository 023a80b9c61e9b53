import { type Api, withQuery } from './api.js';
import { confirmDialog } from './dialog.js';
import { button, el } from './dom.js';
import type { Format } from './format.js';
import type { Member, SavedReply, Session } from './types.js';

/** A one-time link, shown once, with a button to copy it. */
function linkOut(text: string, path: string, f: Format): HTMLElement {
  const url = `${location.origin}${path}`;
  const input = el('input', { type: 'text', readonly: true, value: url, 'aria-label': text });
  const copy = button(f.t('copy'), () => {
    input.select();
    void navigator.clipboard?.writeText(url).then(
      () => {
        copy.textContent = f.t('copied');
      },
      () => undefined,
    );
  });
  return el('div', { class: 'link-out', role: 'status' }, el('p', {}, text), input, el('div', {}, copy));
}

/**
 * Administration (admins): the team with its actions (reset a password, disable, role, unlock),
 * invitations, and the saved replies of both languages. Every action lands in the audit log.
 */
export function createTeamView(deps: {
  api: Api;
  f: Format;
  root: HTMLElement;
  session: () => Session | undefined;
  guard(work: () => Promise<unknown>): Promise<boolean>;
}) {
  const { api, f, root } = deps;
  const heading = el('h1', { id: 'team-heading', tabindex: '-1' }, f.t('team'));
  const output = el('div');
  const members = el('div');
  const replies = el('div');
  root.setAttribute('aria-labelledby', 'team-heading');

  const name = el('input', { id: 'invite-name', name: 'name', required: true, maxlength: '100', autocomplete: 'off' });
  const email = el('input', {
    id: 'invite-email',
    name: 'email',
    type: 'email',
    required: true,
    maxlength: '200',
    autocomplete: 'off',
  });
  const role = el(
    'select',
    { id: 'invite-role', name: 'role' },
    el('option', { value: 'adviser' }, f.t('role.adviser')),
    el('option', { value: 'admin' }, f.t('role.admin')),
  );
  const invite = el(
    'form',
    { class: 'stack narrow', 'aria-labelledby': 'invite-heading' },
    el('label', { for: 'invite-name' }, f.t('teamName')),
    name,
    el('label', { for: 'invite-email' }, f.t('email')),
    email,
    el('label', { for: 'invite-role' }, f.t('teamRole')),
    role,
    el('div', {}, el('button', { type: 'submit', class: 'primary' }, f.t('inviteCreate'))),
  );
  invite.addEventListener('submit', (event) => {
    event.preventDefault();
    const who = name.value.trim();
    void deps.guard(async () => {
      const made = await api.post<{ path: string; expiresAt: string }>('/advisers/invitations', {
        name: who,
        email: email.value.trim(),
        role: role.value,
      });
      output.replaceChildren(linkOut(f.t('inviteLink', { name: who, date: f.time(made.expiresAt) }), made.path, f));
      invite.reset();
      await load();
    });
  });

  // Built into the page on first use: only admins ever see it.
  const mount = () =>
    root.replaceChildren(
      heading,
      members,
      output,
      el('h2', { id: 'invite-heading' }, f.t('invite')),
      invite,
      el('h2', { id: 'replies-heading' }, f.t('savedRepliesAdmin')),
      el('p', { class: 'muted' }, f.t('savedRepliesHint')),
      replies,
    );

  function status(m: Member) {
    if (m.disabled) return f.t('account.disabled');
    if (m.locked) return f.t('account.locked');
    return f.t('account.active');
  }

  function actions(m: Member): HTMLElement {
    const self = m.id === deps.session()?.adviser.id;
    if (self) return el('span', { class: 'muted' }, f.t('you'));
    const run = (work: () => Promise<unknown>) =>
      void deps.guard(async () => {
        await work();
        await load();
      });
    const roleSelect = el(
      'select',
      { 'aria-label': `${f.t('changeRole')}: ${m.name}` },
      ...(['adviser', 'admin'] as const).map((r) =>
        el('option', { value: r, selected: r === m.role }, f.t(`role.${r}`)),
      ),
    );
    roleSelect.addEventListener('change', () =>
      run(() => api.put(`/advisers/${m.id}/role`, { role: roleSelect.value })),
    );
    return el(
      'div',
      { class: 'row' },
      roleSelect,
      button(
        `${f.t('resetPassword')}`,
        async () => {
          const ok = await confirmDialog({
            title: f.t('resetPassword'),
            body: [el('p', {}, f.t('confirmReset', { name: m.name }))],
            confirm: f.t('resetPassword'),
            cancel: f.t('cancel'),
            danger: true,
          });
          if (!ok) return;
          void deps.guard(async () => {
            const made = await api.post<{ path: string; expiresAt: string }>(`/advisers/${m.id}/password-reset`);
            output.replaceChildren(
              linkOut(f.t('resetLink', { name: m.name, date: f.time(made.expiresAt) }), made.path, f),
            );
            await load();
          });
        },
        { 'aria-label': `${f.t('resetPassword')}: ${m.name}` },
      ),
      m.locked
        ? button(f.t('unlock'), () => run(() => api.post(`/advisers/${m.id}/unlock`)), {
            'aria-label': `${f.t('unlock')}: ${m.name}`,
          })
        : null,
      m.disabled
        ? button(f.t('enable'), () => run(() => api.put(`/advisers/${m.id}/disabled`, { disabled: false })), {
            'aria-label': `${f.t('enable')}: ${m.name}`,
          })
        : button(
            f.t('disable'),
            async () => {
              const ok = await confirmDialog({
                title: f.t('disable'),
                body: [el('p', {}, f.t('confirmDisable', { name: m.name }))],
                confirm: f.t('disable'),
                cancel: f.t('cancel'),
                danger: true,
              });
              if (ok) run(() => api.put(`/advisers/${m.id}/disabled`, { disabled: true }));
            },
            { class: 'danger', 'aria-label': `${f.t('disable')}: ${m.name}` },
          ),
    );
  }

  function renderMembers(list: Member[]) {
    members.replaceChildren(
      el(
        'div',
        { class: 'scroll-x' },
        el(
          'table',
          { class: 'data', id: 'team-table' },
          el(
            'thead',
            {},
            el(
              'tr',
              {},
              ...['teamName', 'email', 'teamRole', 'teamStatus', 'teamActions'].map((k) =>
                el('th', { scope: 'col' }, f.t(k)),
              ),
            ),
          ),
          el(
            'tbody',
            {},
            ...list.map((m) =>
              el(
                'tr',
                { 'data-id': m.id },
                el('th', { scope: 'row' }, m.name),
                el('td', {}, m.email),
                el('td', {}, f.t(`role.${m.role}`)),
                el('td', {}, status(m)),
                el('td', {}, actions(m)),
              ),
            ),
          ),
        ),
      ),
    );
  }

  function replyForm(lang: 'de' | 'en', existing?: SavedReply): HTMLElement {
    const key = existing?.id ?? `new-${lang}`;
    const title = el('input', {
      id: `sr-title-${key}`,
      name: 'title',
      required: true,
      maxlength: '80',
      value: existing?.title ?? '',
    });
    const text = el(
      'textarea',
      { id: `sr-text-${key}`, name: 'text', required: true, maxlength: '4000', rows: '3' },
      existing?.text ?? '',
    );
    const form = el(
      'form',
      { class: 'stack' },
      el('label', { for: `sr-title-${key}` }, f.t('savedReplyTitle')),
      title,
      el('label', { for: `sr-text-${key}` }, f.t('savedReplyText')),
      text,
      el(
        'div',
        { class: 'row' },
        el('button', { type: 'submit', class: 'primary' }, f.t('save')),
        existing
          ? button(
              f.t('delete'),
              () =>
                void deps.guard(async () => {
                  await api.delete(`/saved-replies/${existing.id}`);
                  await loadReplies();
                }),
              { class: 'danger' },
            )
          : null,
      ),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const input = { lang, title: title.value.trim(), text: text.value.trim() };
      void deps.guard(async () => {
        if (existing) await api.put(`/saved-replies/${existing.id}`, input);
        else await api.post('/saved-replies', input);
        await loadReplies();
      });
    });
    return form;
  }

  async function loadReplies() {
    const sections = await Promise.all(
      (['de', 'en'] as const).map(async (lang) => {
        const { replies: list } = await api.get<{ replies: SavedReply[] }>(withQuery('/saved-replies', { lang }));
        return el(
          'section',
          { 'aria-labelledby': `replies-${lang}` },
          el('h3', { id: `replies-${lang}` }, f.t(`lang.${lang}`)),
          ...list.map((r) => el('details', { class: 'panel' }, el('summary', {}, r.title), replyForm(lang, r))),
          el('details', { class: 'panel' }, el('summary', {}, f.t('savedReplyNew')), replyForm(lang)),
        );
      }),
    );
    replies.replaceChildren(...sections);
  }

  async function load() {
    const { advisers } = await api.get<{ advisers: Member[] }>('/advisers');
    renderMembers(advisers);
  }

  return {
    async load() {
      if (!root.contains(heading)) mount();
      output.replaceChildren();
      await Promise.all([load(), loadReplies()]);
    },
    focus: () => heading.focus(),
  };
}
