export type FeedbackRating = 'helpful' | 'not_helpful';

export interface FeedbackRecord {
  conversationId: string;
  messageId: string;
  rating: FeedbackRating;
  comment: string | null;
  createdAt: string;
}

/** Feedback on bot answers: saved per answer (the latest wins), listed for adviser review. */
export interface FeedbackRepo {
  save(record: FeedbackRecord): Promise<void>;
  list(conversationId: string): Promise<FeedbackRecord[]>;
}
