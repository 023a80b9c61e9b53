import { adviserTexts } from '../../adviser/texts.js';
import type { Lang } from '../../conversation/questions.js';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** JSON inside a data block: `<` is escaped so no text can end the element early. */
const jsonData = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * The inbox shell. No inline script or style (a strict CSP holds): the texts travel as a JSON
 * data block, which browsers never execute; behaviour and styles come from /inbox/inbox.{js,css}.
 * Each view is a section; the script shows one at a time, following the address's fragment.
 */
export function inboxPageHtml(lang: Lang): string {
  const t = adviserTexts(lang);
  const h = (key: keyof typeof t) => escapeHtml(t[key]);
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${h('title')}</title>
<link rel="stylesheet" href="/inbox/inbox.css">
<script type="application/json" id="inbox-texts">${jsonData(t)}</script>
<script src="/inbox/inbox.js" defer></script>
</head>
<body>
<a class="skip" href="#main">${h('skipToContent')}</a>
<header class="top">
  <p class="brand">${h('title')}</p>
  <nav id="nav" aria-label="${h('navigation')}" hidden>
    <a href="#queue" data-view="queue">${h('navCases')}</a>
    <a href="#stats" data-view="stats">${h('navStats')}</a>
    <a href="#team" data-view="team" data-admin hidden>${h('navTeam')}</a>
    <a href="#audit" data-view="audit" data-admin hidden>${h('navAudit')}</a>
  </nav>
  <span id="who" class="who-am-i"></span>
  <button type="button" id="logout" class="on-dark" hidden>${h('logout')}</button>
</header>
<p id="notice" role="status" aria-live="polite"></p>
<main id="main" tabindex="-1">
  <section id="login" hidden aria-labelledby="login-heading">
    <h1 id="login-heading">${h('loginHeading')}</h1>
    <form id="login-form" class="stack narrow" method="post" action="/api/v1/adviser/login">
      <label for="login-email">${h('email')}</label>
      <input id="login-email" name="email" type="email" autocomplete="username" required>
      <label for="login-password">${h('password')}</label>
      <input id="login-password" name="password" type="password" autocomplete="current-password" required>
      <button type="submit" class="primary">${h('login')}</button>
    </form>
  </section>
  <section id="link" hidden></section>
  <section id="queue" hidden></section>
  <section id="case" hidden></section>
  <section id="stats" hidden></section>
  <section id="team" hidden></section>
  <section id="audit" hidden></section>
</main>
</body>
</html>`;
}
