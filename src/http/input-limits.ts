/**
 * How much text Lotse takes in, the same for every channel: the widget and the conversation API,
 * Slack (slash command and thread messages) and any caller of the conversation service. The search
 * API takes a shorter query. Longer input gets a readable refusal, not a silently cut answer.
 */
export const MAX_MESSAGE_LENGTH = 2000;
export const MAX_SEARCH_QUERY_LENGTH = 500;
