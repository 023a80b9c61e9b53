export interface Texts {
  [key: string]: string;
}

export interface AdviserRef {
  id: string;
  name: string;
}

export interface Session {
  adviser: { id: string; email: string; name: string; role: 'adviser' | 'admin' };
  csrfToken: string;
}

export interface Summary {
  id: string;
  caseNumber: number;
  channel: string;
  trigger: string;
  triggerLabel: string;
  urgency: 'normal' | 'urgent';
  status: 'open' | 'claimed' | 'returned' | 'closed';
  verdict: string;
  headline: string;
  createdAt: string;
  claimedBy: AdviserRef | null;
  outcome: string | null;
}

export interface Card extends Summary {
  facts: { key: string; label: string; value: string }[];
  assessment: {
    verdictLabel: string;
    reasons: { code: string; text: string }[];
    openQuestions: string[];
    missingFacts: { key: string; label: string }[];
  };
  transcript: { id: string; role: string; text: string; createdAt: string }[];
  notes: { id: string; adviser: AdviserRef; text: string; createdAt: string }[];
}

export interface AuditEntry {
  id: string;
  at: string;
  adviser: AdviserRef;
  action: string;
  escalationId: string | null;
  caseNumber: number | null;
}
