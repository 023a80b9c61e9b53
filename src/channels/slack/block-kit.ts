/** The few Block Kit shapes Lotse sends (https://api.slack.com/reference/block-kit/blocks). */
export type PlainText = { type: 'plain_text'; text: string; emoji?: boolean };
/**
 * `verbatim: true`: Slack shows the text as written, without turning "@channel", "@here", channel
 * names or bare URLs into mentions and links; what Lotse means as a link is written as <url|label>.
 */
export type Mrkdwn = { type: 'mrkdwn'; text: string; verbatim: true };
export type Button = { type: 'button'; text: PlainText; action_id: string; value: string; style?: 'primary' };

export type Block =
  | { type: 'header'; text: PlainText }
  | { type: 'section'; text: Mrkdwn }
  | { type: 'context'; elements: Mrkdwn[] }
  | { type: 'actions'; elements: Button[] }
  | { type: 'divider' };

/** Slack's documented limits; exceeding one makes chat.postMessage fail with invalid_blocks. */
export const LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3000,
  headerText: 150,
  buttonText: 75,
  actionsElements: 25,
  contextElements: 10,
} as const;

const ACTION_PREFIX = 'lotse';

/**
 * A button's action_id carries the fact key of the question it answers (the value carries the
 * option); the index keeps action_ids unique within a block, as Slack requires.
 */
export const encodeActionId = (factKey: string, index: number | string) => `${ACTION_PREFIX}:${factKey}:${index}`;

export function decodeActionId(actionId: string): { factKey: string } | undefined {
  const match = /^lotse:(.+):[^:]+$/.exec(actionId);
  return match?.[1] ? { factKey: match[1] } : undefined;
}

export const mrkdwn = (text: string): Mrkdwn => ({ type: 'mrkdwn', text, verbatim: true });

/**
 * Blocks Slack sends back (a clicked message, to update it) with every mrkdwn text marked verbatim
 * again: Slack echoes them with `verbatim: false`, and an update would parse mentions in them.
 */
export function verbatimBlocks<T>(value: T): T {
  if (Array.isArray(value)) return value.map(verbatimBlocks) as T;
  if (!value || typeof value !== 'object') return value;
  const copy = Object.fromEntries(Object.entries(value).map(([key, v]) => [key, verbatimBlocks(v)]));
  return (copy.type === 'mrkdwn' ? { ...copy, verbatim: true } : copy) as T;
}

/** Splits lines into sections of at most 3000 characters, never in the middle of a line if avoidable. */
export function sections(lines: readonly string[]): Block[] {
  const out: Block[] = [];
  let current = '';
  for (const raw of lines) {
    const line = raw.length > LIMITS.sectionText ? `${raw.slice(0, LIMITS.sectionText - 1)}…` : raw;
    if (current && current.length + 1 + line.length > LIMITS.sectionText) {
      out.push({ type: 'section', text: mrkdwn(current) });
      current = line;
    } else current = current ? `${current}\n${line}` : line;
  }
  if (current) out.push({ type: 'section', text: mrkdwn(current) });
  return out;
}

/** Context blocks of at most ten elements each. */
export function contexts(elements: readonly string[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < elements.length; i += LIMITS.contextElements) {
    out.push({ type: 'context', elements: elements.slice(i, i + LIMITS.contextElements).map(mrkdwn) });
  }
  return out;
}

/** Actions blocks of at most 25 buttons each. */
export function actions(buttons: readonly Button[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < buttons.length; i += LIMITS.actionsElements) {
    out.push({ type: 'actions', elements: buttons.slice(i, i + LIMITS.actionsElements) });
  }
  return out;
}

/** Messages of at most 50 blocks: a long assessment is sent as several messages in the thread. */
export function chunkBlocks(blocks: readonly Block[]): Block[][] {
  const out: Block[][] = [];
  for (let i = 0; i < blocks.length; i += LIMITS.blocksPerMessage)
    out.push(blocks.slice(i, i + LIMITS.blocksPerMessage));
  return out;
}
