import { ApiFailure, createApi } from './api.js';
import { byId } from './dom.js';
import { createFormat } from './format.js';
import type { AuditEntry, Card, Session, Summary, Texts } from './types.js';
import { renderCase } from './view-case.js';
import { renderAudit, renderQueue } from './view-queue.js';

/** The queue refreshes itself while visible; opening a case (an audited view) is always a click. */
const QUEUE_POLL_MS = 10_000;

const sections = ['login', 'queue', 'case', 'audit'] as const;
type Section = (typeof sections)[number];

function show(...visible: Section[]) {
  for (const id of sections) byId(id).hidden = !visible.includes(id);
}

function start() {
  const lang = document.documentElement.lang === 'en' ? 'en' : 'de';
  const texts = JSON.parse(byId('inbox-texts').textContent ?? '{}') as Texts;
  const f = createFormat(lang, texts);
  const api = createApi(lang);
  const notice = byId('notice');
  const say = (text: string) => {
    notice.textContent = text;
  };
  let session: Session | undefined;
  let queue: 'open' | 'done' = 'open';
  let poll: ReturnType<typeof setInterval> | undefined;

  const failed = (error: unknown) => {
    if (error instanceof ApiFailure && error.status === 401) {
      session = undefined;
      say(f.t('sessionEnded'));
      showLogin();
      return;
    }
    if (error instanceof ApiFailure && error.status === 409) say(f.t('claimConflict'));
    else say(f.t('failed', { message: error instanceof Error ? error.message : String(error) }));
  };

  function showLogin() {
    if (poll !== undefined) clearInterval(poll);
    byId('who').textContent = '';
    byId('logout').hidden = true;
    show('login');
    byId<HTMLInputElement>('login-email').focus();
  }

  async function loadQueue() {
    try {
      const { escalations } = await api.get<{ escalations: Summary[] }>(`/escalations?queue=${queue}`);
      byId('queue-list').replaceChildren(renderQueue(escalations, f, (id) => void openCase(id)));
    } catch (error) {
      failed(error);
    }
  }

  async function loadAudit(s: Session) {
    if (s.adviser.role !== 'admin') return;
    try {
      const { entries } = await api.get<{ entries: AuditEntry[] }>('/audit?limit=50');
      byId('audit-list').replaceChildren(renderAudit(entries, f));
    } catch (error) {
      failed(error);
    }
  }

  function showQueue() {
    if (!session) return showLogin();
    history.replaceState(null, '', location.pathname + location.search);
    show('queue', ...(session.adviser.role === 'admin' ? (['audit'] as const) : []));
    void loadQueue();
    void loadAudit(session);
    if (poll !== undefined) clearInterval(poll);
    poll = setInterval(() => void loadQueue(), QUEUE_POLL_MS);
  }

  async function openCase(id: string) {
    if (!session) return showLogin();
    if (poll !== undefined) clearInterval(poll);
    try {
      const card = await api.get<Card>(`/escalations/${encodeURIComponent(id)}`);
      history.replaceState(null, '', `#case=${card.id}`);
      const current = session;
      byId('case').replaceChildren(
        renderCase(card, {
          api,
          f,
          session: current,
          back: () => {
            say('');
            showQueue();
          },
          act: async (work) => {
            say('');
            try {
              await work();
            } catch (error) {
              failed(error);
            }
            if (session) await openCase(id);
          },
        }),
      );
      show('case');
      byId('case-title').focus();
    } catch (error) {
      failed(error);
    }
  }

  function signedIn(s: Session) {
    session = s;
    api.setCsrf(s.csrfToken);
    byId('who').textContent = f.t('signedInAs', { name: s.adviser.name });
    byId('logout').hidden = false;
    const wanted = /^#case=([\w-]+)$/.exec(location.hash)?.[1];
    if (wanted) void openCase(wanted);
    else showQueue();
  }

  byId<HTMLFormElement>('login-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const email = byId<HTMLInputElement>('login-email').value;
    const password = byId<HTMLInputElement>('login-password').value;
    try {
      const s = await api.post<Session>('/login', { email, password });
      byId<HTMLInputElement>('login-password').value = '';
      say('');
      signedIn(s);
    } catch (error) {
      if (error instanceof ApiFailure && error.status === 429) say(f.t('loginLocked'));
      else if (error instanceof ApiFailure && error.status === 401) say(f.t('loginWrong'));
      else failed(error);
    }
  });
  byId('logout').addEventListener('click', async () => {
    await api.post('/logout').catch(() => undefined);
    session = undefined;
    showLogin();
  });
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-queue]')) {
    button.addEventListener('click', () => {
      queue = button.dataset.queue === 'done' ? 'done' : 'open';
      for (const other of document.querySelectorAll('[data-queue]'))
        other.setAttribute('aria-pressed', String(other === button));
      void loadQueue();
    });
  }
  byId('refresh').addEventListener('click', () => void loadQueue());

  api
    .get<Session>('/me')
    .then(signedIn)
    .catch(() => showLogin());
}

start();
