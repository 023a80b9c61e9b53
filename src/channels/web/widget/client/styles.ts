/**
 * Widget CSS, scoped by the Shadow DOM. px units on purpose: the host page's root font size must
 * not resize the widget (browser zoom still scales it). Colours keep ≥ 4.5:1 contrast on white.
 */
export const STYLES = `
:host{all:initial}
*{box-sizing:border-box}
.root{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a}
.sr{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
button,textarea{font:inherit;color:inherit}
button{cursor:pointer;border-radius:8px;border:1px solid #5f6b7a;background:#fff;padding:6px 12px;min-height:36px}
button:hover{background:#eef2f7}
button:disabled{cursor:not-allowed;opacity:.65}
:focus-visible{outline:3px solid #c2410c;outline-offset:2px}
.primary{background:var(--accent);color:var(--on-accent);border-color:var(--accent)}
.primary:hover{background:var(--accent);filter:brightness(1.1)}
.launcher{position:fixed;right:20px;bottom:20px;z-index:2147483000;border-radius:24px;padding:12px 18px;box-shadow:0 4px 16px rgba(0,0,0,.25);max-width:calc(100vw - 40px)}
.panel{position:fixed;right:20px;bottom:20px;z-index:2147483001;width:400px;height:min(680px,calc(100vh - 40px));display:flex;flex-direction:column;background:#fff;border:1px solid #8a94a3;border-radius:14px;box-shadow:0 8px 32px rgba(0,0,0,.3);overflow:hidden}
.panel[hidden],[hidden]{display:none!important}
header{display:flex;align-items:flex-start;gap:8px;padding:10px 12px;background:var(--accent);color:var(--on-accent)}
header h2{font-size:16px;margin:0}
header p{margin:0;font-size:13px}
header .grow{flex:1;min-width:0}
header button{background:transparent;color:var(--on-accent);border-color:currentColor;min-height:32px;padding:2px 8px}
header button[aria-pressed="true"]{background:var(--on-accent);color:var(--accent)}
.langs{display:flex;gap:4px}
.banner{padding:8px 12px;background:#fff4d6;border-bottom:1px solid #b7791f;font-size:14px}
.notices{max-height:45%;overflow-y:auto;border-bottom:1px solid #b42318;background:#fff8f0}
.notice{padding:8px 12px;font-size:14px}
.notice+.notice{border-top:1px solid #d9c2a7}
.notice h3{margin:0 0 4px;font-size:14px}
.notice.law_change h3{color:#9b2c2c}
.notice p{margin:0 0 6px;overflow-wrap:anywhere}
.notice button{min-height:32px;padding:2px 10px}
.log{flex:1;overflow-y:auto;margin:0;padding:12px;list-style:none;display:flex;flex-direction:column;gap:10px}
.msg{max-width:92%;padding:8px 12px;border-radius:12px;background:#f1f3f5;white-space:pre-line;overflow-wrap:anywhere}
.msg.with-card{max-width:100%}
.msg.employer{align-self:flex-end;background:var(--accent);color:var(--on-accent)}
.msg.adviser{background:#e6f4ea;border:1px solid #2f7d46}
.msg.system{align-self:center;background:#fff4d6;font-size:14px}
.msg.error{align-self:center;background:#fde8e8;border:1px solid #b42318}
.who{display:block;font-size:12px;font-weight:600;color:inherit}
.msg p{margin:0}
.typing{padding:0 12px 8px;color:#4a4a4a;font-size:14px}
.dots span{display:inline-block;width:6px;height:6px;margin-right:3px;border-radius:50%;background:#4a4a4a;animation:blink 1.2s infinite}
.dots span:nth-child(2){animation-delay:.2s}.dots span:nth-child(3){animation-delay:.4s}
@keyframes blink{0%,80%,100%{opacity:.25}40%{opacity:1}}
@media (prefers-reduced-motion:reduce){.dots span{animation:none}}
.replies{display:flex;flex-wrap:wrap;gap:6px;padding:4px 12px 8px;max-height:32%;overflow-y:auto}
.replies button{text-align:left}
.composer{display:flex;gap:6px;padding:8px 12px;border-top:1px solid #c5ccd6}
.composer textarea{flex:1;resize:none;font-size:16px;min-height:40px;max-height:120px;border:1px solid #5f6b7a;border-radius:8px;padding:8px}
.actions{display:flex;flex-wrap:wrap;justify-content:space-between;gap:4px 10px;padding:0 12px 8px;font-size:14px}
.actions button{min-height:28px;padding:2px 4px;border:0;background:none;text-decoration:underline;color:#0a4a8c}
.actions button.handoff{font-weight:600}
.actions button:disabled{text-decoration:none;color:#4a4a4a}
.delete{display:flex;flex-wrap:wrap;gap:6px;align-items:center}
.card{white-space:normal;margin-top:8px;background:#fff;border:1px solid #8a94a3;border-radius:10px;padding:10px}
.card h3{font-size:14px;margin:10px 0 4px}
.card ul{margin:0;padding-left:18px}
.event{font-weight:600}
.verdict{font-weight:600;padding:6px 8px;border-radius:6px;background:#e8eef7}
.verdict.prohibited,.verdict.not_possible{background:#fde8e8}
.verdict.allowed{background:#e6f4ea}
.badge{display:inline-block;font-size:12px;padding:0 6px;border-radius:8px;border:1px solid #5f6b7a;margin-left:4px}
.card-actions{display:flex;flex-wrap:wrap;gap:6px;margin-top:10px}
details{margin-top:8px;white-space:normal}
summary{cursor:pointer;font-weight:600;min-height:24px}
details li{margin:4px 0}
a{color:#0a4a8c}
.meta{color:#4a4a4a;font-size:13px}
.timeline{margin:10px 0 0}
.track{position:relative;height:22px;margin:6px 10px}
.track::before{content:"";position:absolute;left:0;right:0;top:10px;height:2px;background:#5f6b7a}
.dot{position:absolute;top:2px;transform:translateX(-50%);width:18px;height:18px;border-radius:50%;background:var(--accent);color:var(--on-accent);font-size:11px;line-height:18px;text-align:center}
.dot.today{background:#1a1a1a;color:#fff}
.dot.deadline{background:#9b2c2c;color:#fff}
.legend .what{display:block;margin:0 0 4px 1.2em}
.legend{margin:4px 0 0;padding-left:0;list-style:none;font-size:13px}
.feedback{display:flex;flex-wrap:wrap;align-items:center;gap:6px;margin-top:8px;white-space:normal;font-size:14px}
.feedback button[aria-pressed="true"]{background:#e8eef7;border-width:2px}
.feedback textarea{width:100%;min-height:48px;border:1px solid #5f6b7a;border-radius:8px;padding:6px}
.feedback label{width:100%}
@media (max-width:480px){
.panel{inset:0;width:100%;height:100%;border-radius:0;border:0}
.launcher{right:12px;bottom:12px}
}
@media print{.launcher,.panel{display:none!important}}
`;
