/** The inbox stylesheet, served as /inbox/inbox.css (a file, so a strict CSP needs no 'unsafe-inline'). */
export const inboxCss = `
:root { color-scheme: light; --accent: #0b5394; --urgent: #b00020; --muted: #555; font-family: system-ui, sans-serif; }
body { margin: 0; color: #1a1a1a; background: #f6f7f9; }
.top { display: flex; gap: 1rem; align-items: center; padding: .75rem 1.25rem; background: var(--accent); color: #fff; }
.top h1 { font-size: 1.15rem; margin: 0; flex: 1; }
.top button { background: #fff; color: var(--accent); }
main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
#notice:empty { display: none; }
#notice { padding: .5rem .75rem; background: #fff4d6; border-left: 4px solid #d89b00; }
button, select, input, textarea { font: inherit; }
button { padding: .4rem .8rem; border: 1px solid var(--accent); border-radius: 4px; background: #fff; color: var(--accent); cursor: pointer; }
button.primary { background: var(--accent); color: #fff; }
button.link { border: 0; padding: 0; text-decoration: underline; background: none; }
button[aria-pressed="true"] { background: var(--accent); color: #fff; }
#login-form, .text-form, .close-form { display: grid; gap: .4rem; max-width: 32rem; margin: .75rem 0; }
input, textarea, select { padding: .4rem; border: 1px solid #888; border-radius: 4px; }
.tabs { display: flex; gap: .5rem; margin-bottom: .75rem; }
.queue { list-style: none; padding: 0; display: grid; gap: .5rem; }
.case-link { display: grid; gap: .2rem; width: 100%; text-align: left; color: #1a1a1a; border-color: #ccc; border-left: 6px solid var(--accent); }
.case-link.urgency-urgent, .case.urgency-urgent h2 { border-left-color: var(--urgent); }
.case { background: #fff; padding: 1rem 1.25rem; border-radius: 6px; }
.case h2 { border-left: 6px solid var(--accent); padding-left: .5rem; }
.muted { color: var(--muted); }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
dt { font-weight: 600; }
dd { margin: 0; }
.transcript { list-style: none; padding: 0; display: grid; gap: .5rem; }
.transcript li { padding: .5rem .75rem; border-radius: 6px; background: #eef2f7; white-space: pre-wrap; }
.transcript li[data-role="employer"] { background: #e6f4ea; }
.transcript li[data-role="adviser"] { background: #fff1e0; }
.transcript p, .notes p { margin: .25rem 0 0; }
.who { font-size: .85rem; color: var(--muted); }
.actions { display: flex; gap: .5rem; margin: .75rem 0; }
table.audit { border-collapse: collapse; width: 100%; background: #fff; }
table.audit th, table.audit td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #ddd; }
`;
