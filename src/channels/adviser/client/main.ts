import { ApiFailure, createApi } from './api.js';
import { byId } from './dom.js';
import { createFormat } from './format.js';
import { connectLive } from './live.js';
import type { Session, Texts } from './types.js';
import { createAuditView } from './view-audit.js';
import { createCaseView } from './view-case.js';
import { createLinkView } from './view-link.js';
import { createQueueView } from './view-queue.js';
import { createStatsView } from './view-stats.js';
import { createTeamView } from './view-team.js';

const SECTIONS = ['login', 'link', 'queue', 'case', 'stats', 'team', 'audit'] as const;
type Section = (typeof SECTIONS)[number];
/** Relative waiting times ("wartet seit 12 Min.") move on this often. */
const TICK_MS = 30_000;

function start() {
  const lang = document.documentElement.lang === 'en' ? 'en' : 'de';
  const texts = JSON.parse(byId('inbox-texts').textContent ?? '{}') as Texts;
  const f = createFormat(lang, texts);
  const api = createApi(lang);
  const notice = byId('notice');
  let session: Session | undefined;
  let current: Section | undefined;
  let disconnect: (() => void) | undefined;

  const say = (text: string) => {
    notice.textContent = text;
  };

  function show(section: Section) {
    current = section;
    for (const id of SECTIONS) byId(id).hidden = id !== section;
    const view = section === 'case' ? 'queue' : section;
    for (const link of document.querySelectorAll<HTMLAnchorElement>('#nav a'))
      if (link.dataset.view === view) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
  }

  function failed(error: unknown) {
    if (error instanceof ApiFailure && error.status === 401) {
      session = undefined;
      say(f.t('sessionEnded'));
      showLogin();
      return;
    }
    if (error instanceof ApiFailure && error.status === 409 && /claimed/.test(error.message)) say(f.t('claimConflict'));
    else say(f.t('failed', { message: error instanceof Error ? error.message : String(error) }));
  }

  async function guard(work: () => Promise<unknown>): Promise<boolean> {
    say('');
    try {
      await work();
      return true;
    } catch (error) {
      failed(error);
      return false;
    }
  }

  const getSession = () => session;
  const queue = createQueueView({ api, f, root: byId('queue'), session: getSession });
  const caseView = createCaseView({ api, f, root: byId('case'), session: getSession, say, guard });
  const stats = createStatsView({ api, f, root: byId('stats'), lang });
  const team = createTeamView({ api, f, root: byId('team'), session: getSession, guard });
  const audit = createAuditView({ api, f, root: byId('audit') });
  const link = createLinkView({
    api,
    f,
    root: byId('link'),
    say,
    done: () => {
      history.replaceState(null, '', location.pathname + location.search);
      showLogin();
    },
  });

  function showLogin() {
    disconnect?.();
    disconnect = undefined;
    byId('who').textContent = '';
    byId('logout').hidden = true;
    byId('nav').hidden = true;
    show('login');
    byId<HTMLInputElement>('login-email').focus();
  }

  /** Shows what the address's fragment names: a link form, a case, a page, or the queue. */
  async function route() {
    const hash = location.hash.slice(1);
    const [key, value] = hash.split('=') as [string, string | undefined];
    if ((key === 'invite' || key === 'reset') && value) {
      show('link');
      await link.open(key, value);
      return;
    }
    if (!session) return showLogin();
    const admin = session.adviser.role === 'admin';
    if (key !== 'case') caseView.leave();
    try {
      if (key === 'case' && value && /^[\w-]+$/.test(value)) {
        show('case');
        await caseView.open(value);
      } else if (key === 'stats') {
        show('stats');
        await stats.load();
        stats.focus();
      } else if (key === 'team' && admin) {
        show('team');
        await team.load();
        team.focus();
      } else if (key === 'audit' && admin) {
        show('audit');
        await audit.load();
        audit.focus();
      } else {
        show('queue');
        await queue.load();
        if (key === 'queue') queue.focus();
      }
    } catch (error) {
      failed(error);
    }
  }

  /** Live updates: the queue and the open case fetch again when told something changed. */
  function listen() {
    let queueTimer: ReturnType<typeof setTimeout> | undefined;
    let caseTimer: ReturnType<typeof setTimeout> | undefined;
    const reloadQueue = () => {
      clearTimeout(queueTimer);
      queueTimer = setTimeout(() => {
        if (current !== 'queue') return;
        void queue.load().then(
          (fresh) => {
            if (fresh.length > 0 && queue.isOpenView()) say(f.t('newCase'));
          },
          () => undefined,
        );
      }, 250);
    };
    const reloadCase = () => {
      clearTimeout(caseTimer);
      caseTimer = setTimeout(() => {
        if (current === 'case') void caseView.refresh().catch(() => undefined);
      }, 250);
    };
    disconnect = connectLive({
      event(event) {
        if (event.type === 'queue') reloadQueue();
        else if (event.id === caseView.currentId()) reloadCase();
      },
      state() {},
      poll() {
        reloadQueue();
        reloadCase();
      },
    });
  }

  function signedIn(s: Session) {
    session = s;
    api.setCsrf(s.csrfToken);
    byId('who').textContent = f.t('signedInAs', { name: s.adviser.name });
    byId('logout').hidden = false;
    byId('nav').hidden = false;
    for (const node of document.querySelectorAll<HTMLElement>('[data-admin]')) node.hidden = s.adviser.role !== 'admin';
    listen();
    void route();
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
  window.addEventListener('hashchange', () => void route());
  setInterval(() => {
    if (current === 'queue') queue.tick();
  }, TICK_MS);

  const hash = location.hash;
  if (/^#(invite|reset)=/.test(hash)) void route();
  else
    api
      .get<Session>('/me')
      .then(signedIn)
      .catch(() => showLogin());
}

start();
