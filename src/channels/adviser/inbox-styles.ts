/** The inbox stylesheet, served as /inbox/inbox.css (a file, so a strict CSP needs no 'unsafe-inline'). */
export const inboxCss = `
:root {
  color-scheme: light;
  --accent: #0b5394; --accent-soft: #e3edf7; --urgent: #a4001d; --urgent-soft: #fde8ec;
  --muted: #4f5661; --line: #d5dae1; --bg: #f5f6f8; --warn: #7a4d00; --warn-soft: #fff4d6;
  --top: 3.25rem;
  font-family: system-ui, -apple-system, "Segoe UI", sans-serif; line-height: 1.45;
}
* { box-sizing: border-box; }
body { margin: 0; color: #1a1a1a; background: var(--bg); overflow-x: hidden; }
h1 { font-size: 1.35rem; margin: .25rem 0 .75rem; }
h2 { font-size: 1.05rem; margin: 1.1rem 0 .4rem; }
h3 { font-size: .95rem; margin: .9rem 0 .3rem; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid #f0a500; outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem; z-index: 10; }
.skip:focus { left: .5rem; }
.top { position: sticky; top: 0; z-index: 5; display: flex; flex-wrap: wrap; gap: .25rem 1rem; align-items: center;
  min-height: var(--top); padding: .4rem 1rem; background: var(--accent); color: #fff; }
.brand { font-weight: 700; margin: 0; }
/* On a phone: name and sign-out on one line, the sections below, so the case starts high on the screen. */
@media (max-width: 40rem) {
  .top { position: static; display: grid; grid-template-columns: minmax(0, 1fr) auto; padding: .35rem .75rem; }
  .who-am-i { display: none; }
  #nav { grid-column: 1 / -1; order: 3; }
  #nav a { padding: 0 .5rem; }
}
#nav { display: flex; flex-wrap: wrap; gap: .25rem; flex: 1; }
#nav a { color: #fff; text-decoration: none; padding: 0 .6rem; border-radius: 4px; }
#nav a[aria-current="page"] { background: rgba(255,255,255,.2); text-decoration: underline; }
.who-am-i { font-size: .9rem; }
main { max-width: 78rem; margin: 0 auto; padding: .75rem 1rem 3rem; }
main:focus { outline: none; }
#notice:empty { display: none; }
#notice { margin: .5rem 1rem 0; padding: .5rem .75rem; background: var(--warn-soft); border-left: 4px solid #d89b00; }
button, select, input, textarea { font: inherit; }
button { padding: .4rem .8rem; border: 1px solid var(--accent); border-radius: 4px; background: #fff; color: var(--accent);
  cursor: pointer; min-height: 2.75rem; }
/* Every control at least 44 px high (touch targets); links that stand alone get the same height. */
input:not([type="radio"]):not([type="checkbox"]), select { min-height: 2.75rem; }
.tap, #nav a, .case-head > a, #stats-csv, table.data a { display: inline-flex; align-items: center; min-height: 2.75rem; }
summary { min-height: 2.75rem; display: list-item; box-sizing: border-box; }
.details-panel > summary { padding: .6rem 0; }
fieldset .row { min-height: 2.75rem; }
fieldset .row label { flex: 1; padding: .6rem 0; }
fieldset .row input { width: 1.25rem; height: 1.25rem; }
button.primary { background: var(--accent); color: #fff; }
button.danger { border-color: var(--urgent); color: var(--urgent); }
button.on-dark { background: #fff; color: var(--accent); border-color: #fff; }
button:disabled { opacity: .55; cursor: default; }
button.link { border: 0; padding: 0; text-decoration: underline; background: none; }
input, textarea, select { padding: .4rem; border: 1px solid #767d88; border-radius: 4px; background: #fff; max-width: 100%; }
textarea { width: 100%; resize: vertical; }
.stack { display: grid; gap: .4rem; }
.narrow { max-width: 32rem; }
.row { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
.muted { color: var(--muted); }
.small { font-size: .85rem; }
.badge { display: inline-block; padding: .05rem .45rem; border-radius: 999px; font-size: .8rem; font-weight: 600;
  background: var(--accent-soft); color: var(--accent); white-space: nowrap; }
.badge.urgent { background: var(--urgent); color: #fff; }
.badge.claimed { background: #ece6f5; color: #4a2c7a; }
.badge.due { background: var(--warn-soft); color: var(--warn); }
.badge.law-change { background: #fde8e8; color: #9b1c1c; border: 1px solid #9b1c1c; }
.law-changes h2 { margin-top: 0; font-size: 1rem; }
.law-changes ul { margin: .3rem 0 0; padding-left: 1.2rem; }
.badge.hint { background: #fff; color: var(--urgent); border: 1px solid var(--urgent); }
.warning { padding: .45rem .6rem; background: var(--warn-soft); color: var(--warn); border-left: 4px solid #d89b00; margin: .4rem 0; }

/* Queue */
.views, .chips { display: flex; flex-wrap: wrap; gap: .4rem; margin: .4rem 0; padding: 0; }
/* On a phone the facets are one row that scrolls sideways: wrapped, they took four rows before the first case. */
@media (max-width: 40rem) {
  .chips { flex-wrap: nowrap; overflow-x: auto; scrollbar-width: thin; padding-bottom: .2rem; }
  .chips button { flex: none; }
}
.chips button[aria-pressed="true"], .views button[aria-pressed="true"] { background: var(--accent); color: #fff; }
.queue { list-style: none; padding: 0; margin: .5rem 0; display: grid; gap: .4rem; }
.line { display: grid; grid-template-columns: auto 1fr auto; gap: .15rem .75rem; padding: .55rem .75rem;
  background: #fff; border: 1px solid var(--line); border-left: 6px solid var(--accent); border-radius: 6px;
  color: inherit; text-decoration: none; }
.line:hover { border-color: var(--accent); }
.line.urgent { border-left-color: var(--urgent); }
.line .num { font-weight: 700; color: var(--muted); }
.line .summary { font-weight: 600; overflow-wrap: anywhere; }
.line .meta { grid-column: 2 / 4; display: flex; flex-wrap: wrap; gap: .25rem .6rem; font-size: .9rem; color: var(--muted); }
.line .reason { grid-column: 2 / 4; overflow-wrap: anywhere; }
.line .side { text-align: right; font-size: .9rem; white-space: nowrap; }
@media (max-width: 40rem) {
  .line { grid-template-columns: 1fr; }
  .line .meta, .line .reason { grid-column: auto; }
  .line .side { text-align: left; }
}

/* Case page: details beside the conversation; stacked on narrow screens */
.case-head { display: flex; flex-wrap: wrap; gap: .4rem .75rem; align-items: center; margin-bottom: .5rem; }
.case-head h1 { margin: 0; }
.split { display: grid; gap: 1rem; grid-template-columns: minmax(0, 1fr); }
@media (min-width: 60rem) {
  .split { grid-template-columns: minmax(18rem, 27rem) minmax(0, 1fr); align-items: start; }
  .details-panel { position: sticky; top: calc(var(--top) + .5rem); max-height: calc(100vh - var(--top) - 1rem); overflow: auto; }
  .talk { height: calc(100vh - var(--top) - 7rem); min-height: 28rem; display: flex; flex-direction: column; }
  .talk .transcript { flex: 1; overflow: auto; }
}
.panel { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .6rem .85rem; min-width: 0; }
.details-panel summary { font-weight: 700; cursor: pointer; }
/* Labels as wide as their longest word up to 13rem ("Staatsangehörigkeit" is not broken inside). */
dl.facts { display: grid; grid-template-columns: fit-content(13rem) minmax(0, 1fr); gap: .2rem .75rem; margin: .3rem 0; }
dl.facts dt { font-weight: 600; overflow-wrap: break-word; hyphens: auto; }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
@media (max-width: 30rem) { dl.facts { grid-template-columns: minmax(0, 1fr); } dl.facts dd { margin-bottom: .3rem; } }
.talk { background: #fff; border: 1px solid var(--line); border-radius: 6px; min-width: 0; }
.talk h2 { margin: .5rem .85rem; }
.transcript { list-style: none; padding: .5rem .85rem; margin: 0; display: grid; gap: .5rem; align-content: start; }
.transcript li { padding: .45rem .7rem; border-radius: 6px; background: #eef2f7; white-space: pre-wrap; overflow-wrap: anywhere; max-width: 48rem; }
.transcript li[data-role="employer"] { background: #e6f4ea; }
.transcript li[data-role="adviser"] { background: #fff1e0; justify-self: end; }
.transcript li[data-role="system"] { background: none; color: var(--muted); font-style: italic; }
.transcript p { margin: .2rem 0 0; }
.transcript details summary { cursor: pointer; }
.who { font-size: .8rem; color: var(--muted); }
.basis-mark { color: var(--urgent); }
.composer { position: sticky; bottom: 0; background: #fff; border-top: 1px solid var(--line); padding: .5rem .85rem .6rem;
  display: grid; gap: .35rem; box-shadow: 0 -4px 8px rgba(0,0,0,.05); z-index: 2; }
.composer textarea { min-height: 3.2rem; max-height: 30vh; }
.composer .warning { margin: 0; }
/* On a phone the case head and the reply box share one screen: both kept short. */
@media (max-width: 40rem) {
  main { padding: .5rem .6rem 2rem; }
  .case-head h1 { font-size: 1.1rem; }
  .case-head, .actions { margin: .3rem 0; }
  .composer { padding: .4rem .6rem .5rem; gap: .25rem; }
  .composer .warning { font-size: .85rem; padding: .25rem .5rem; }
  .composer textarea { min-height: 2.8rem; }
}
.actions { display: flex; flex-wrap: wrap; gap: .5rem; margin: .5rem 0; }
.notes { list-style: none; padding: 0; display: grid; gap: .4rem; }
.notes li { background: #fffbe6; padding: .4rem .6rem; border-radius: 4px; white-space: pre-wrap; overflow-wrap: anywhere; }
dialog { max-width: min(34rem, calc(100vw - 2rem)); border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.1rem; }
dialog::backdrop { background: rgba(0,0,0,.35); }
fieldset { border: 0; padding: 0; margin: .5rem 0; display: grid; gap: .3rem; }
legend { font-weight: 600; margin-bottom: .2rem; }

/* Statistics */
.totals { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: .5rem; margin: .5rem 0; padding: 0; }
.totals div { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .5rem .7rem; }
.totals dt { font-size: .85rem; color: var(--muted); }
.totals dd { margin: 0; font-size: 1.4rem; font-weight: 700; }
.figure { display: grid; gap: .75rem; grid-template-columns: minmax(0, 1fr); background: #fff; border: 1px solid var(--line);
  border-radius: 6px; padding: .6rem .85rem; margin: .5rem 0; }
@media (min-width: 60rem) { .figure.with-chart { grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); } }
.figure h2 { grid-column: 1 / -1; margin: .2rem 0; }
.figure svg { width: 100%; height: auto; }
.scroll-x { overflow-x: auto; max-width: 100%; }
.legend { display: flex; gap: 1rem; font-size: .85rem; }
.legend span::before { content: ""; display: inline-block; width: .8rem; height: .8rem; margin-right: .3rem; vertical-align: -.1rem; }
.legend .c1::before { background: var(--accent); }
.legend .c2::before { background: #d26a00; }
table.data { border-collapse: collapse; width: 100%; background: #fff; font-size: .92rem; }
table.data th, table.data td { text-align: left; padding: .25rem .45rem; border-bottom: 1px solid var(--line); vertical-align: top; overflow-wrap: anywhere; }
table.data td.num, table.data th.num { text-align: right; white-space: nowrap; }
/* On a phone: a category is broken between words, not inside one ("Beschäftigu|ng"). */
@media (max-width: 40rem) {
  table.data { font-size: .85rem; }
  table.data th, table.data td { padding: .25rem .3rem; overflow-wrap: break-word; }
}
.range { display: flex; flex-wrap: wrap; gap: .5rem; align-items: end; }
.range label { display: grid; gap: .15rem; font-size: .9rem; }
.link-out { display: grid; gap: .35rem; padding: .6rem; background: var(--accent-soft); border-radius: 6px; margin: .5rem 0; }
.link-out input { width: 100%; font-family: ui-monospace, monospace; font-size: .85rem; }
`;
