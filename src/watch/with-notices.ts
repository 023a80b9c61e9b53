import type { ConversationService } from '../conversation/service.js';
import type { StateNotice } from './notice-view.js';

/**
 * The conversation as the API shows it, with `state.notices` (contract v1.1) when the watch has recorded any:
 * they appear when the employer comes back (GET), never pushed into the widget.
 */
export function withNotices(
  service: ConversationService,
  notices: (conversationId: string) => Promise<StateNotice[]>,
): ConversationService {
  return {
    ...service,
    async get(id) {
      const view = await service.get(id);
      const list = await notices(id);
      return list.length > 0 ? { ...view, state: { ...view.state, notices: list } } : view;
    },
  };
}
