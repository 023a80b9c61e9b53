import { h } from './dom.js';

/**
 * "Really?" inline, for actions that erase something (restart, delete): the question as an alert,
 * then the destructive button and "Cancel". Focus goes to "Cancel", so a second Enter keeps everything.
 */
export function confirmRow(
  question: string,
  yes: string,
  no: string,
  onYes: () => void,
  onNo: () => void,
): HTMLElement {
  const cancel = h('button', { type: 'button', onclick: onNo }, no);
  const row = h(
    'div',
    { class: 'confirm', role: 'group', 'aria-label': question },
    h('span', { role: 'alert' }, question),
    h('button', { type: 'button', class: 'danger', onclick: onYes }, yes),
    cancel,
  );
  queueMicrotask(() => cancel.focus());
  return row;
}
