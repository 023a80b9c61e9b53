import { button, el } from './dom.js';

/**
 * A modal confirmation with the native <dialog>: focus moves into it, Escape cancels, focus returns
 * to where it was. Resolves with the form's values when confirmed, undefined when cancelled.
 */
export function confirmDialog(options: {
  title: string;
  body: (Node | string)[];
  confirm: string;
  cancel: string;
  danger?: boolean;
}): Promise<FormData | undefined> {
  const opener = document.activeElement as HTMLElement | null;
  return new Promise((resolve) => {
    const titleId = `dialog-title-${Date.now()}`;
    const form = el('form', { method: 'dialog', class: 'stack' });
    const dialog = el('dialog', { 'aria-labelledby': titleId }, el('h2', { id: titleId }, options.title), form);
    const ok = el(
      'button',
      { type: 'submit', class: options.danger ? 'danger' : 'primary', value: 'ok' },
      options.confirm,
    );
    form.append(
      ...options.body,
      el(
        'div',
        { class: 'actions' },
        ok,
        button(options.cancel, () => dialog.close('cancel')),
      ),
    );
    let result: FormData | undefined;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!form.reportValidity()) return;
      result = new FormData(form);
      dialog.close('ok');
    });
    dialog.addEventListener('close', () => {
      dialog.remove();
      opener?.focus();
      resolve(result);
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}
