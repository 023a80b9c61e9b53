import type { Rating } from './types.js';

/**
 * The widget's memory in the host page's localStorage, scoped by endpoint. Storage can be blocked
 * (private mode, third-party rules): then the widget still works, it just forgets on reload.
 */
export function createWidgetStorage(endpoint: string) {
  const prefix = `lotse:${endpoint}:`;
  const read = (key: string) => {
    try {
      return localStorage.getItem(prefix + key);
    } catch {
      return null;
    }
  };
  const write = (key: string, value: string | null) => {
    try {
      if (value === null) localStorage.removeItem(prefix + key);
      else localStorage.setItem(prefix + key, value);
    } catch {
      // storage blocked: nothing to remember
    }
  };
  const ratings = (id: string): Record<string, Rating> => {
    try {
      return JSON.parse(read(`feedback:${id}`) ?? '{}') as Record<string, Rating>;
    } catch {
      return {};
    }
  };
  return {
    conversationId: () => read('conversation'),
    setConversationId: (id: string | null) => write('conversation', id),
    lang: () => read('lang'),
    setLang: (lang: string) => write('lang', lang),
    wasOpen: () => read('open') === 'true',
    setOpen: (open: boolean) => write('open', open ? 'true' : null),
    ratings,
    setRating: (id: string, messageId: string, rating: Rating) =>
      write(`feedback:${id}`, JSON.stringify({ ...ratings(id), [messageId]: rating })),
    /** Notices of the watch (issue 20) the employer has read and put away. */
    dismissed: (id: string): string[] => {
      try {
        const list = JSON.parse(read(`notices:${id}`) ?? '[]') as unknown;
        return Array.isArray(list) ? list.filter((n): n is string => typeof n === 'string') : [];
      } catch {
        return [];
      }
    },
    dismiss(id: string, noticeId: string) {
      write(`notices:${id}`, JSON.stringify([...new Set([...this.dismissed(id), noticeId])]));
    },
    /** "Delete my conversation" leaves nothing of it behind in the browser either. */
    forget: (id: string) => {
      write('conversation', null);
      write(`feedback:${id}`, null);
      write(`notices:${id}`, null);
    },
  };
}

export type WidgetStorage = ReturnType<typeof createWidgetStorage>;
