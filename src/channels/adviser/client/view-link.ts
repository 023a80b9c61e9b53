import { type Api, ApiFailure } from './api.js';
import { el } from './dom.js';
import type { Format } from './format.js';

/**
 * A one-time link from an invitation or a password reset (#invite=… / #reset=…): choose a password,
 * then sign in. The token stays in the fragment, so it reaches no server log.
 */
export function createLinkView(deps: {
  api: Api;
  f: Format;
  root: HTMLElement;
  say(text: string): void;
  done(): void;
}) {
  const { api, f, root } = deps;
  return {
    async open(kind: 'invite' | 'reset', token: string) {
      let info: { kind: string; name: string };
      try {
        info = await api.post<{ kind: string; name: string }>('/links/info', { token });
      } catch (error) {
        if (!(error instanceof ApiFailure)) throw error;
        root.replaceChildren(
          el('h1', { tabindex: '-1' }, f.t('title')),
          el('p', { class: 'warning' }, f.t('linkInvalid')),
        );
        return;
      }
      const first = el('input', {
        id: 'link-password',
        type: 'password',
        autocomplete: 'new-password',
        minlength: '12',
        maxlength: '200',
        required: true,
      });
      const second = el('input', {
        id: 'link-repeat',
        type: 'password',
        autocomplete: 'new-password',
        minlength: '12',
        maxlength: '200',
        required: true,
      });
      const form = el(
        'form',
        { class: 'stack narrow' },
        el('label', { for: 'link-password' }, f.t('linkPassword')),
        first,
        el('label', { for: 'link-repeat' }, f.t('linkRepeat')),
        second,
        el(
          'div',
          {},
          el('button', { type: 'submit', class: 'primary' }, f.t(kind === 'invite' ? 'linkJoin' : 'linkSet')),
        ),
      );
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        if (first.value !== second.value) {
          deps.say(f.t('linkMismatch'));
          second.focus();
          return;
        }
        void api.post(kind === 'invite' ? '/links/join' : '/links/password', { token, password: first.value }).then(
          () => {
            deps.say(f.t('linkDone'));
            deps.done();
          },
          (error: unknown) =>
            deps.say(f.t('failed', { message: error instanceof Error ? error.message : String(error) })),
        );
      });
      const heading = el(
        'h1',
        { id: 'link-heading', tabindex: '-1' },
        f.t(kind === 'invite' ? 'linkWelcome' : 'linkReset', { name: info.name }),
      );
      root.setAttribute('aria-labelledby', 'link-heading');
      root.replaceChildren(heading, form);
      heading.focus();
    },
  };
}
