import { adviserTexts } from '../../adviser/texts.js';
import type { Lang } from '../../conversation/questions.js';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** JSON inside a data block: `<` is escaped so no text can end the element early. */
const jsonData = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * The inbox shell. No inline script or style (a strict CSP holds): the texts travel as a JSON
 * data block, which browsers never execute; behaviour and styles come from /inbox/inbox.{js,css}.
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
<header class="top">
  <h1>${h('title')}</h1>
  <span id="who"></span>
  <button type="button" id="logout" hidden>${h('logout')}</button>
</header>
<main>
  <p id="notice" role="status" aria-live="polite"></p>
  <section id="login" hidden aria-labelledby="login-heading">
    <h2 id="login-heading">${h('loginHeading')}</h2>
    <form id="login-form" method="post" action="/api/v1/adviser/login">
      <label for="login-email">${h('email')}</label>
      <input id="login-email" name="email" type="email" autocomplete="username" required>
      <label for="login-password">${h('password')}</label>
      <input id="login-password" name="password" type="password" autocomplete="current-password" required>
      <button type="submit" class="primary">${h('login')}</button>
    </form>
  </section>
  <section id="queue" hidden aria-labelledby="queue-heading">
    <h2 id="queue-heading">${h('queue')}</h2>
    <div class="tabs">
      <button type="button" data-queue="open" aria-pressed="true">${h('showOpen')}</button>
      <button type="button" data-queue="done" aria-pressed="false">${h('showClosed')}</button>
      <button type="button" id="refresh">${h('refresh')}</button>
    </div>
    <div id="queue-list"></div>
  </section>
  <section id="case" hidden tabindex="-1"></section>
  <section id="audit" hidden aria-labelledby="audit-heading">
    <h2 id="audit-heading">${h('audit')}</h2>
    <div id="audit-list"></div>
  </section>
</main>
</body>
</html>`;
}
