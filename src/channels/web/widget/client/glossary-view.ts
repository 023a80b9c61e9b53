import { type Glossary, type GlossaryId, glossaryDe } from '../../../../i18n/glossary.de.js';
import { glossaryEn } from '../../../../i18n/glossary.en.js';
import { h } from './dom.js';
import { duldungBackDrawing } from './drawing.js';
import type { Lang, Translate } from './i18n.js';

const GLOSSARIES: Record<Lang, Glossary> = { de: glossaryDe, en: glossaryEn };
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern per language: every form of every term, longest first, never inside a longer word. */
function matcher(lang: Lang): { pattern: RegExp; idOf: Map<string, GlossaryId> } {
  const idOf = new Map<string, GlossaryId>();
  for (const [id, entry] of Object.entries(GLOSSARIES[lang]) as [GlossaryId, Glossary[GlossaryId]][])
    for (const form of entry.forms) idOf.set(form, id);
  const forms = [...idOf.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return { pattern: new RegExp(`(?<![\\p{L}\\p{N}-])(${forms.join('|')})(?![\\p{L}\\p{N}-])`, 'gu'), idOf };
}
const MATCHERS: Partial<Record<Lang, ReturnType<typeof matcher>>> = {};
const matcherFor = (lang: Lang) => {
  const found = MATCHERS[lang] ?? matcher(lang);
  MATCHERS[lang] = found;
  return found;
};

let counter = 0;

/**
 * Text with its legal terms explained inline: the first time a term appears in `seen`'s scope it
 * becomes a button that opens a short note (the Nebenbestimmung with a drawing of where it stands).
 * Everything else stays plain text nodes.
 */
export function withGlossary(text: string, lang: Lang, t: Translate, seen: Set<GlossaryId>): Node[] {
  const { pattern, idOf } = matcherFor(lang);
  const out: Node[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const form = match[0];
    const id = idOf.get(form);
    if (!id || seen.has(id) || match.index === undefined) continue;
    seen.add(id);
    out.push(document.createTextNode(text.slice(last, match.index)), ...term(form, id, lang, t));
    last = match.index + form.length;
  }
  out.push(document.createTextNode(text.slice(last)));
  return out;
}

function term(form: string, id: GlossaryId, lang: Lang, t: Translate): Node[] {
  const noteId = `lotse-gloss-${++counter}`;
  const note = h(
    'span',
    { class: 'gloss', id: noteId, role: 'note', hidden: true },
    h('strong', {}, `${form}: `),
    GLOSSARIES[lang][id].text,
    id === 'nebenbestimmung' ? duldungBackDrawing(t) : null,
  );
  const button = h(
    'button',
    {
      type: 'button',
      class: 'term',
      'aria-expanded': 'false',
      'aria-controls': noteId,
      title: t('explain', { term: form }),
      onclick: () => {
        const open = note.hidden;
        note.hidden = !open;
        button.setAttribute('aria-expanded', String(open));
      },
    },
    form,
  );
  return [button, note];
}
