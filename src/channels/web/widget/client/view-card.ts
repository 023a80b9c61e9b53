import type { GlossaryId } from '../../../../i18n/glossary.de.js';
import { cardDates, hasPlanningDates } from './card-dates.js';
import { h } from './dom.js';
import { type ChipActions, factChips } from './fact-chips.js';
import { withGlossary } from './glossary-view.js';
import { formatDate, type Lang, type Translate } from './i18n.js';
import { toneIcon } from './icons.js';
import type { AnswerCard, AnswerItem, AnswerSection } from './types.js';
import { timelineView } from './view-timeline.js';

export interface CardActions {
  print(): void;
  downloadChecklist(): void;
  downloadCalendar(): void;
}

export interface CardOptions {
  /** Only the latest verdict's facts can be changed; earlier cards show what they rested on. */
  chips?: ChipActions;
  actions: CardActions;
  /** The latest verdict's e-mail opt-in for the case's dates and changes (issue 20). */
  reminders?: () => HTMLElement | null;
  /**
   * The verdict is the one shown just before (a changed fact did not move it): one line says so, and the
   * steps and sections, the same as above, are folded away; the facts stay there to change further.
   */
  unchanged?: boolean;
}

const safeUrl = (url: string) => (/^https?:\/\//.test(url) ? url : undefined);

/**
 * A verdict as the employer reads it first: icon, label and headline (focused when it arrives),
 * "Was Sie jetzt tun", what to do instead of a banned job, the facts as chips; the details in
 * sections that open on request. Drawn from the card stored with the message, so it looks the same
 * after a reload.
 */
export function verdictCard(card: AnswerCard, t: Translate, lang: Lang, options: CardOptions): HTMLElement {
  const seen = new Set<GlossaryId>();
  const text = (value: string) => withGlossary(value, lang, t, seen);
  const item = (i: AnswerItem) =>
    h(
      'li',
      {},
      i.lead ? h('strong', {}, `${i.lead}: `) : null,
      ...text(i.text),
      i.refs.length ? h('span', { class: 'refs' }, ` [${i.refs.join(', ')}]`) : null,
    );
  const rest = card.headline.startsWith(`${card.label}:`)
    ? card.headline.slice(card.label.length + 1)
    : ` ${card.headline}`;
  const headingId = `lotse-verdict-${Math.random().toString(36).slice(2)}`;
  const instead = card.sections.find((s) => s.id === 'instead');
  const details = card.sections.filter((s) => s.id !== 'instead' && s.id !== 'sources');
  const planning = hasPlanningDates(card);
  const body = [
    card.steps.length ? h('h4', {}, t('nowSteps')) : null,
    card.steps.length ? h('ol', { class: 'steps' }, ...card.steps.map((s) => h('li', {}, ...text(s.text)))) : null,
    instead
      ? h('div', { class: 'instead' }, h('h4', {}, instead.title), h('ul', {}, ...instead.items.map(item)))
      : null,
  ];
  return h(
    'section',
    { class: `card tone-${card.tone}${options.unchanged ? ' unchanged-card' : ''}`, 'aria-labelledby': headingId },
    options.unchanged ? h('p', { class: 'unchanged' }, t('verdictUnchanged')) : null,
    h(
      'div',
      { class: 'verdict-head' },
      toneIcon(card.tone),
      h(
        'h3',
        { id: headingId, class: 'headline', tabindex: '-1' },
        h('span', { class: 'label' }, `${card.label}:`),
        ...text(rest),
      ),
    ),
    card.earliestStart
      ? h('p', { class: 'start' }, h('strong', {}, `${t('earliestStart')}: `), formatDate(card.earliestStart, lang))
      : null,
    card.escalation ? h('p', { class: 'escalation' }, h('strong', {}, card.escalation.title)) : null,
    ...(options.unchanged ? [] : body),
    card.facts.length ? h('h4', {}, t('yourFacts')) : null,
    card.facts.length ? factChips(card.facts, t, lang, options.chips) : null,
    options.unchanged
      ? h('details', { class: 'section again' }, h('summary', {}, t('showVerdictAgain')), ...body)
      : null,
    ...details.map((s) => detailsSection(s, item)),
    sourcesSection(card, t, lang),
    planning ? timelineView(cardDates(card, t), t, lang) : null,
    planning
      ? h(
          'div',
          { class: 'card-actions' },
          h('button', { type: 'button', onclick: options.actions.print }, t('printChecklist')),
          h('button', { type: 'button', onclick: options.actions.downloadChecklist }, t('downloadChecklist')),
          h('button', { type: 'button', onclick: options.actions.downloadCalendar }, t('downloadCalendar')),
        )
      : null,
    // Every verdict can be changed by new law (the watch re-assesses them all), not only one with dates.
    options.reminders ? options.reminders() : null,
    h('p', { class: 'meta' }, card.footer),
  );
}

function detailsSection(section: AnswerSection, item: (i: AnswerItem) => HTMLLIElement): HTMLElement {
  const folded = section.folded
    ? h(
        'details',
        { class: 'folded' },
        h('summary', {}, section.folded.text),
        h('ul', {}, ...section.folded.items.map(item)),
      )
    : null;
  return h(
    'details',
    { class: `section ${section.id}` },
    h('summary', {}, section.title),
    h('ul', {}, ...section.items.map(item)),
    folded,
  );
}

function sourcesSection(card: AnswerCard, t: Translate, lang: Lang): HTMLElement | null {
  if (card.sources.length === 0) return null;
  return h(
    'details',
    { class: 'section sources' },
    h('summary', {}, t('sources', { n: card.sources.length })),
    h(
      'ol',
      { class: 'numbered' },
      ...card.sources.map((s) =>
        h(
          'li',
          { value: String(s.n) },
          h('strong', {}, s.title),
          h(
            'span',
            { class: 'meta' },
            ` – ${s.legalBasis.join(', ')}; ${t('stand')} ${formatDate(s.reviewedAt, lang)}`,
          ),
          ...s.links.map((l) => {
            const href = safeUrl(l.url);
            return h(
              'span',
              {},
              ' · ',
              href ? h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, l.title) : l.title,
            );
          }),
        ),
      ),
    ),
  );
}
