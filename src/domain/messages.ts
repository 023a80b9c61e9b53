import { RouteId } from './assessment.js';
import { FACT_KEYS, type FactKey } from './facts.js';
import { CASE_DATE_KEYS } from './messages/keys-case-dates.js';
import { FINDING_KEYS } from './messages/keys-findings.js';
import { OPEN_KEYS } from './messages/keys-open.js';
import { RENDER_KEYS } from './messages/keys-render.js';
import { ROUTE_KEYS, type RouteNameKey } from './messages/keys-routes.js';

/**
 * Every user-facing text is a message key; the catalogues in src/i18n/ map each key to a template
 * with `{name}` placeholders. `Catalogue` requires every key, so de and en cannot drift apart.
 */
export type MessageKey =
  | (typeof FINDING_KEYS)[number]
  | (typeof ROUTE_KEYS)[number]
  | (typeof OPEN_KEYS)[number]
  | (typeof RENDER_KEYS)[number]
  | (typeof CASE_DATE_KEYS)[number]
  | RouteNameKey
  | `fact.${FactKey}`;

export type Catalogue = Readonly<Record<MessageKey, string>>;

export const MESSAGE_KEYS: readonly MessageKey[] = [
  ...FINDING_KEYS,
  ...ROUTE_KEYS,
  ...OPEN_KEYS,
  ...RENDER_KEYS,
  ...CASE_DATE_KEYS,
  ...RouteId.options.map((id): RouteNameKey => `route_name.${id}`),
  ...FACT_KEYS.map((k) => `fact.${k}` as const),
];

// Formatting lives in format.ts (no zod), so browser bundles can use it; re-exported for the callers here.
export { formatDate, formatMessage, formatNumber } from './format.js';
