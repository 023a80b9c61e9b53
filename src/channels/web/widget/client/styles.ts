/**
 * Widget CSS, scoped by the Shadow DOM. px units on purpose: the host page's root font size must
 * not resize the widget (browser zoom still scales it). Colours keep ≥ 4.5:1 contrast on white;
 * every control is at least 44 × 44 px (terms inside a sentence get that height from padding).
 */
export const STYLES = `
:host{all:initial}
*{box-sizing:border-box}
.root{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a}
.sr{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
button,textarea,input{font:inherit;color:inherit}
button{cursor:pointer;border-radius:8px;border:1px solid #5f6b7a;background:#fff;padding:8px 14px;min-height:44px;min-width:44px}
button:hover{background:#eef2f7}
button:disabled{cursor:not-allowed;opacity:.65}
:focus-visible{outline:3px solid #c2410c;outline-offset:2px}
.primary{background:var(--accent);color:var(--on-accent);border-color:var(--accent)}
.primary:hover{background:var(--accent);filter:brightness(1.1)}
.danger{background:#a4161a;color:#fff;border-color:#a4161a}
.danger:hover{background:#8a1216}
.launcher{position:fixed;right:20px;bottom:20px;z-index:2147483000;border-radius:24px;padding:12px 18px;box-shadow:0 4px 16px rgba(0,0,0,.25);max-width:calc(100vw - 40px)}
.badge-unread{display:inline-block;min-width:24px;margin-left:8px;padding:0 7px;border-radius:12px;background:#a4161a;color:#fff;font-weight:700;border:2px solid #fff}
.panel{position:fixed;right:20px;bottom:20px;z-index:2147483001;width:420px;height:min(700px,calc(100vh - 40px));display:flex;flex-direction:column;background:#fff;border:1px solid #8a94a3;border-radius:14px;box-shadow:0 8px 32px rgba(0,0,0,.3);overflow:hidden}
.panel[hidden],[hidden]{display:none!important}
header{display:flex;align-items:flex-start;gap:6px;padding:8px 10px;background:var(--accent);color:var(--on-accent)}
header h2{font-size:16px;margin:0}
header p{margin:0;font-size:13px}
header .grow{flex:1;min-width:0}
header button{background:transparent;color:var(--on-accent);border-color:currentColor;padding:4px 8px}
header button[aria-pressed="true"]{background:var(--on-accent);color:var(--accent)}
.langs{display:flex;gap:4px}
.banner{padding:8px 12px;background:#fff4d6;border-bottom:1px solid #b7791f;font-size:14px}
.notices{max-height:45%;overflow-y:auto;border-bottom:1px solid #b42318;background:#fff8f0}
.notice{padding:8px 12px;font-size:14px}
.notice+.notice{border-top:1px solid #d9c2a7}
.notice h3{margin:0 0 4px;font-size:14px}
.notice.law_change h3{color:#9b2c2c}
.notice p{margin:0 0 6px;overflow-wrap:anywhere}
.notice button{padding:4px 12px}
.case{border-bottom:1px solid #c5ccd6;padding:0 12px;font-size:14px}
.case>summary{min-height:44px;display:flex;align-items:center;cursor:pointer;font-weight:600}
.case .facts{padding-bottom:8px;max-height:40vh;overflow-y:auto}
.log{position:relative;flex:1;overflow-y:auto;margin:0;padding:12px;list-style:none;display:flex;flex-direction:column;gap:10px}
.msg{max-width:92%;padding:8px 12px;border-radius:12px;background:#f1f3f5;white-space:pre-line;overflow-wrap:anywhere}
.msg.with-card{max-width:100%;background:none;padding:0}
.msg.employer{align-self:flex-end;background:var(--accent);color:var(--on-accent)}
.msg.adviser{background:#e6f4ea;border:1px solid #2f7d46}
.msg.system{align-self:center;background:#fff4d6;font-size:14px}
.msg.error{align-self:center;background:#fde8e8;border:1px solid #b42318}
.who{display:block;font-size:12px;font-weight:600;color:inherit}
.msg p{margin:0}
.replies-row{list-style:none}
.replies{display:flex;flex-wrap:wrap;gap:6px}
.replies button{text-align:left}
.where{width:100%;margin-top:4px}
.typing{padding:0 12px 8px;color:#4a4a4a;font-size:14px}
.dots span{display:inline-block;width:6px;height:6px;margin-right:3px;border-radius:50%;background:#4a4a4a;animation:blink 1.2s infinite}
.dots span:nth-child(2){animation-delay:.2s}.dots span:nth-child(3){animation-delay:.4s}
@keyframes blink{0%,80%,100%{opacity:.25}40%{opacity:1}}
@media (prefers-reduced-motion:reduce){.dots span{animation:none}}
.composer{display:flex;gap:6px;padding:8px 12px;border-top:1px solid #c5ccd6}
.composer textarea{flex:1;min-width:0;resize:none;font-size:16px;min-height:44px;max-height:120px;border:1px solid #5f6b7a;border-radius:8px;padding:10px 8px}
.composer textarea::placeholder{color:#5c6570;text-overflow:ellipsis}
.actions{display:flex;flex-wrap:wrap;justify-content:space-between;gap:0 10px;padding:0 8px 4px;font-size:14px}
.actions button{padding:4px 6px;border:0;background:none;text-decoration:underline;color:#0a4a8c}
.actions button.handoff{font-weight:600}
.actions button:disabled{text-decoration:none;color:#4a4a4a}
.actions .danger{color:#fff;background:#a4161a;text-decoration:none}
.delete,.confirm{display:flex;flex-wrap:wrap;gap:6px;align-items:center}
.confirm [role=alert]{font-weight:600;width:100%}
.card{white-space:normal;background:#fff;border:1px solid #8a94a3;border-left-width:8px;border-radius:10px;padding:10px 12px}
.card h4{font-size:14px;margin:12px 0 4px}
.card ul,.card ol{margin:0;padding-left:20px}
.card li{margin:3px 0}
.verdict-head{display:flex;gap:10px;align-items:flex-start;margin:-10px -12px 6px;padding:10px 12px;border-radius:2px 8px 0 0}
.verdict-head .icon{flex:none;margin-top:2px}
.headline{font-size:16px;line-height:1.4;margin:0;font-weight:400}
.headline .label{font-weight:800;margin-right:4px}
.headline:focus{outline:3px solid #c2410c;outline-offset:2px}
.tone-ban{border-color:#a4161a}.tone-ban .verdict-head{background:#a4161a;color:#fff}
.tone-no{border-color:#b42318}.tone-no .verdict-head{background:#fde8e8;color:#7a1212}
.tone-wait{border-color:#a15c00}.tone-wait .verdict-head{background:#fff4d6;color:#5c3400}
.tone-go{border-color:#2f7d46}.tone-go .verdict-head{background:#e6f4ea;color:#1d5230}
.tone-open{border-color:#5f6b7a}.tone-open .verdict-head{background:#eef2f7;color:#1a1a1a}
.tone-ban .verdict-head .term{color:#fff}
.icon .bar{fill:#fff}.tone-ban .icon{color:#fff}.tone-ban .icon .bar{fill:#a4161a}
.start{font-size:15px;margin:6px 0}
.escalation{background:#fff4d6;border:1px solid #b7791f;border-radius:6px;padding:6px 8px;margin:6px 0}
.instead{background:#f6f8fa;border-radius:6px;padding:2px 10px 8px;margin-top:8px}
.steps li{margin:4px 0}
.refs{color:#4a4a4a;font-size:12px}
.chips,.card .chips{display:flex;flex-wrap:wrap;gap:6px;list-style:none;margin:4px 0;padding:0}
.chips li{margin:0}
.chip{border-radius:22px;padding:8px 14px;background:#eef2f7;border-color:#8a94a3;text-align:left}
.chip.static{display:inline-block;border:1px solid #c5ccd6;min-height:0;font-size:14px}
.chip.fresh{border-color:var(--accent);border-width:2px}
.chip[aria-expanded="true"]{background:#dde6f2;border-width:2px}
.fact-editor{border:1px solid #8a94a3;border-radius:8px;padding:8px;margin:6px 0;background:#fff}
.fact-editor .editor-title{font-weight:600;margin:0 0 6px}
.fact-editor .current,.fact-free .hint{margin:0 0 6px;font-size:14px;color:#3b4350}
.fact-free .hint{flex-basis:100%;margin:0}
.fact-editor .options button[aria-pressed="true"]{border-width:2px;border-color:var(--accent);font-weight:600}
.card .unchanged{margin:0 0 6px;font-weight:600}
.fact-editor .options{display:flex;flex-wrap:wrap;gap:6px;margin-bottom:6px}
.fact-free{display:flex;flex-wrap:wrap;gap:6px;align-items:flex-end}
.fact-free label{display:flex;flex-direction:column;gap:2px;flex:1 1 160px;font-size:14px}
.fact-free input{min-height:44px;border:1px solid #5f6b7a;border-radius:8px;padding:8px;font-size:16px}
.card-actions{display:flex;flex-wrap:wrap;gap:6px;margin-top:10px}
.reminders p{margin:4px 0}
.remind-form{display:flex;flex-direction:column;align-items:flex-start;gap:4px}
.remind-form input[type=email]{width:100%;min-height:44px;border:1px solid #5f6b7a;border-radius:8px;padding:8px;font-size:16px}
.remind-form .check{display:flex;align-items:center;gap:10px;min-height:44px;cursor:pointer}
.remind-form .check input{flex:none;width:22px;height:22px;margin:0}
.reminders .error{color:#a4161a;font-weight:600}
.reminders .error:empty{display:none}
details{margin-top:6px;white-space:normal}
summary{cursor:pointer;font-weight:600;min-height:44px;display:flex;align-items:center;gap:6px}
summary::before{content:"▸";font-size:12px}
.sources a{display:inline-flex;align-items:center;min-height:44px;padding:0 2px}
li.msg:focus{outline:3px solid #c2410c;outline-offset:2px}
details[open]>summary::before{content:"▾"}
summary::-webkit-details-marker{display:none}
details li{margin:4px 0}
details.folded{margin-left:0}
details.folded>summary{font-weight:400}
.numbered{padding-left:26px}
a{color:#0a4a8c}
.meta{color:#4a4a4a;font-size:13px}
.card>.meta{margin:8px 0 0}
.term{display:inline;min-height:0;min-width:0;border:0;background:none;padding:12px 1px;margin:-12px 0;text-decoration:underline dotted 2px;text-underline-offset:3px;color:inherit;font:inherit;border-radius:2px}
.term:hover{background:none;text-decoration-style:solid}
.term[aria-expanded="true"]{text-decoration-style:solid}
.gloss{display:block;margin:4px 0;padding:6px 8px;background:#f6f8fa;border-left:4px solid #5f6b7a;border-radius:4px;font-size:14px;color:#1a1a1a;white-space:normal}
.tone-ban .verdict-head .gloss{color:#1a1a1a}
.drawing{display:block;width:100%;max-width:340px;height:auto;margin-top:6px}
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
header h2{font-size:15px}
header p{display:none}
}
@media print{.launcher,.panel{display:none!important}}
`;
