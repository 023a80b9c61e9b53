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

export interface Line {
  id: string;
  caseNumber: number;
  channel: 'web' | 'slack';
  lang: 'de' | 'en';
  urgency: 'normal' | 'urgent';
  /** What an urgent case rests on: the employer's own words (that message) or a clicked answer. */
  urgencyBasis: { factKey: string; source: 'own_words' | 'answered_question'; messageId?: string } | null;
  status: 'open' | 'claimed' | 'returned' | 'closed';
  verdict: string;
  verdictLabel: string;
  summary: string;
  reason: string;
  trigger: string;
  triggerLabel: string;
  createdAt: string;
  updatedAt: string;
  waitingSince: string;
  employerWroteLast: boolean;
  claimedBy: AdviserRef | null;
  outcome: string | null;
  /** Issue 20: the latest change of the verdict of a case an adviser held. */
  lawChange?: LawChange | null;
}

export interface LawChange {
  date: string;
  detectedOn: string;
  before: { outcome: string; label: string };
  after: { outcome: string; label: string };
  entries: string[];
}

export type Counts = Record<'all' | 'unassigned' | 'mine' | 'urgent' | 'de' | 'en' | 'web' | 'slack', number>;

export interface Card extends Line {
  facts: { key: string; label: string; value: string }[];
  assessment: {
    verdictLabel: string;
    lawAsOf: string;
    earliestStart: string | null;
    reasons: { code: string; text: string }[];
    openQuestions: string[];
    missingFacts: { key: string; label: string }[];
  };
  transcript: { id: string; role: string; text: string; createdAt: string; headline?: string }[];
  notes: { id: string; adviser: AdviserRef; text: string; createdAt: string }[];
  changes?: LawChange[];
}

export interface AuditEntry {
  id: string;
  at: string;
  adviser: AdviserRef;
  action: string;
  escalationId: string | null;
  caseNumber: number | null;
  subject: AdviserRef | null;
  detail: string | null;
}

export interface SavedReply {
  id: string;
  lang: 'de' | 'en';
  title: string;
  text: string;
}

export interface Member {
  id: string;
  email: string;
  name: string;
  role: 'adviser' | 'admin';
  disabled: boolean;
  locked: boolean;
}

export type Cell = number | '< 5';
export interface Labelled {
  key: string;
  label: string;
  conversations?: Cell;
  handoffs: Cell;
}
export interface Period {
  period: string;
  label: string;
  conversations: Cell;
  handoffs: Cell;
}
export interface Report {
  range: { from: string; to: string };
  totals: { conversations: Cell; handoffs: Cell; helpful: Cell; notHelpful: Cell };
  perWeek: Period[];
  perMonth: Period[];
  verdicts: Labelled[];
  reasons: Labelled[];
  triggers: Labelled[];
  channels: Labelled[];
  nationalities: Labelled[];
  firstReply: { cases: Cell; medianMinutes: number | null; p90Minutes: number | null };
  outcomes: Labelled[];
  downVotes: { question: string; lang: string; count: Cell; comments: string[] }[];
  knowledgeGaps: { question: string; lang: string; count: Cell; searchUrl: string }[];
}
