import { h } from './dom.js';
import type { Translate } from './i18n.js';
import type { Rating } from './types.js';

export type SendFeedback = (rating: Rating, comment?: string) => Promise<boolean>;

/** "Was this helpful?" per answer; after a rating an optional comment can follow (same record). */
export function feedbackView(t: Translate, given: Rating | undefined, send: SendFeedback): HTMLElement {
  const status = h('p', { class: 'meta', role: 'status' }, given ? t('feedbackThanks') : '');
  const comment = h('textarea', { maxlength: 1000, rows: 2 });
  const commentForm = h(
    'form',
    { class: 'feedback', hidden: true },
    h('label', {}, t('commentLabel'), comment),
    h('button', { type: 'submit' }, t('sendComment')),
  );
  let rating = given;
  const buttons = (['helpful', 'not_helpful'] as const).map((value) =>
    h(
      'button',
      {
        type: 'button',
        'data-value': value,
        'aria-pressed': String(given === value),
        onclick: async () => {
          rating = value;
          for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.value === value));
          const ok = await send(value);
          status.textContent = ok ? t('feedbackThanks') : t('feedbackFailed');
          if (ok) commentForm.hidden = false;
        },
      },
      t(value === 'helpful' ? 'helpful' : 'notHelpful'),
    ),
  );
  commentForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    const text = comment.value.trim();
    if (!rating || !text) return;
    const ok = await send(rating, text);
    status.textContent = ok ? t('feedbackThanks') : t('feedbackFailed');
    if (ok) commentForm.hidden = true;
  });
  return h(
    'div',
    {},
    h(
      'div',
      { class: 'feedback', role: 'group', 'aria-label': t('feedbackQuestion') },
      h('span', {}, t('feedbackQuestion')),
      ...buttons,
    ),
    commentForm,
    status,
  );
}
