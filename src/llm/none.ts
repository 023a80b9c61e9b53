import type { LlmPort, LlmResult } from './port.js';

const DISABLED: LlmResult = { ok: false, reason: 'disabled' };

/** The default: no model configured. Every wrapper then returns the deterministic result as is. */
export const noLlm: LlmPort = {
  complete: async () => DISABLED,
};
