import { ApiFailure } from './api.js';
import { h } from './dom.js';
import type { Translate } from './i18n.js';
import type { RemindersView } from './types.js';

/** The reminder settings of the open conversation, through the API (issue 20: e-mail opt-in). */
export interface EmailReminders {
  /** What the server said last for this conversation; undefined before it answered. */
  known(): RemindersView | undefined;
  load(): Promise<RemindersView | undefined>;
  set(address: string): Promise<RemindersView>;
  remove(): Promise<RemindersView>;
}

/**
 * E-mail reminders for this case, opt-in only: says what the employer gets and what happens to the address
 * (kept apart from the transcript, never shown to advisers, deleted with the conversation or by the link in
 * every mail), asks for the address and an explicit "yes", then shows the stored state (never the address
 * itself: the server does not send it back) with a way to delete it. Nothing is shown where the server has
 * no SMTP (`available: false`).
 */
/** `id`: stable per verdict, so a card redrawn from the stored answer is the same card. */
export function emailRemindersView(reminders: EmailReminders, t: Translate, id: string): HTMLElement {
  const box = h('details', { class: 'section reminders', hidden: true });

  function draw(state: RemindersView, focus?: 'status' | 'input', said?: string) {
    box.hidden = !state.email.available;
    // No SMTP on this server: nothing to offer, and nothing in the card that a reload would draw differently.
    if (!state.email.available) return box.replaceChildren();
    const summary = h('summary', {}, state.email.enabled ? t('remindOn') : t('remindTitle'));
    if (state.email.enabled) {
      const remove = h('button', { type: 'button', onclick: () => void drop() }, t('remindRemove'));
      const status = h('p', { id: `${id}-status`, role: 'status', tabindex: '-1' }, t('remindStored'));
      const error = h('p', { class: 'error', role: 'alert' });
      async function drop() {
        remove.disabled = true;
        try {
          draw(await reminders.remove(), 'input', t('remindRemoved'));
        } catch {
          remove.disabled = false;
          error.textContent = t('remindFailed');
        }
      }
      box.replaceChildren(summary, status, remove, error);
      if (focus === 'status') status.focus();
      return;
    }
    const address = h('input', {
      id: `${id}-address`,
      type: 'email',
      name: 'email',
      autocomplete: 'email',
      inputmode: 'email',
      maxlength: 254,
      required: true,
      'aria-describedby': `${id}-error`,
    });
    const consent = h('input', { id: `${id}-consent`, type: 'checkbox', required: true });
    const error = h('p', { id: `${id}-error`, class: 'error', role: 'alert' });
    const submit = h('button', { type: 'submit', class: 'primary' }, t('remindSubmit'));
    const form = h(
      'form',
      { class: 'remind-form', novalidate: true },
      h('label', { for: address.id }, t('remindAddress')),
      address,
      h('label', { class: 'check', for: consent.id }, consent, h('span', {}, t('remindConsent'))),
      error,
      submit,
    );
    const fail = (text: string, field: HTMLInputElement) => {
      error.textContent = text;
      field.setAttribute('aria-invalid', 'true');
      field.focus();
    };
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      address.removeAttribute('aria-invalid');
      consent.removeAttribute('aria-invalid');
      if (!consent.checked) return fail(t('remindNeedConsent'), consent);
      submit.disabled = true;
      try {
        draw(await reminders.set(address.value.trim()), 'status');
      } catch (e) {
        submit.disabled = false;
        // The server checks the address (a readable 400); anything else is not the employer's doing.
        if (e instanceof ApiFailure && e.status === 400) fail(t('remindBadAddress'), address);
        else fail(t('remindFailed'), address);
      }
    });
    box.replaceChildren(
      summary,
      h('p', {}, t('remindWhat')),
      h('p', { class: 'meta' }, t('remindPrivacy')),
      h('p', { role: 'status' }, said ?? ''),
      form,
    );
    if (focus === 'input') {
      box.open = true;
      address.focus();
    }
  }

  const known = reminders.known();
  if (known) draw(known);
  else void reminders.load().then((state) => state && draw(state));
  return box;
}
