import type { DayRange, StatsFigures, StatsRepo } from '../adviser-port.js';
import type { SqlRunner } from '../sql-runner.js';

/**
 * The project's statistics, all in SQL over the tables of 0012 (and feedback and messages for the
 * questions, which live only as long as their conversation). Days are UTC days of the ISO timestamps.
 */

const IN_RANGE = (column: string) => `substr(${column}, 1, 10) BETWEEN ? AND ?`;
/** The Monday of a timestamp's week: `weekday 0` moves to the coming Sunday (or stays on one). */
const WEEK = (column: string) => `date(${column}, 'weekday 0', '-6 days')`;
const MONTH = (column: string) => `substr(${column}, 1, 7)`;
/** The employer message a bot message answered: the last one before it. */
const QUESTION_OF = (message: string) => `(SELECT MAX(p.seq) FROM messages AS p
  WHERE p.conversation_id = ${message}.conversation_id AND p.seq < ${message}.seq AND p.role = 'employer')`;

interface Keyed {
  key: string | null;
  n: number;
}

/** Two counts per key (conversations, hand-offs), keys in the order of the first list, then the rest. */
function merge<K extends string>(
  keyName: K,
  conversations: Keyed[],
  handoffs: Keyed[],
): ({ [P in K]: string } & { conversations: number; handoffs: number })[] {
  const rows = new Map<string, { conversations: number; handoffs: number }>();
  for (const r of conversations) rows.set(r.key ?? '', { conversations: r.n, handoffs: 0 });
  for (const r of handoffs) {
    const row = rows.get(r.key ?? '') ?? { conversations: 0, handoffs: 0 };
    row.handoffs = r.n;
    rows.set(r.key ?? '', row);
  }
  return [...rows].map(([key, counts]) => ({ [keyName]: key, ...counts }) as never);
}

const byCount = (a: { conversations: number; handoffs: number }, b: { conversations: number; handoffs: number }) =>
  b.conversations + b.handoffs - (a.conversations + a.handoffs);

export function sqlStats(sql: SqlRunner): StatsRepo {
  const grouped = (table: string, key: string, dateColumn: string, range: DayRange, where = '1 = 1') =>
    sql.all<Keyed>(
      `SELECT ${key} AS key, COUNT(*) AS n FROM ${table}
       WHERE ${IN_RANGE(dateColumn)} AND ${where} GROUP BY 1 ORDER BY n DESC, 1`,
      [range.from, range.to],
    );

  return {
    async recordConversation(r) {
      await sql.run(
        `INSERT INTO conversation_stats (id, conversation_id, started_at, channel, lang, verdict, nationality)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (conversation_id) DO UPDATE SET
           verdict = COALESCE(excluded.verdict, verdict),
           nationality = COALESCE(excluded.nationality, nationality)
         WHERE excluded.verdict IS NOT verdict OR excluded.nationality IS NOT nationality`,
        [crypto.randomUUID(), r.conversationId, r.startedAt, r.channel, r.lang, r.verdict, r.nationality],
      );
    },

    async figures(range) {
      const days = [range.from, range.to];
      const [
        conversations,
        handoffs,
        feedback,
        weekC,
        weekH,
        monthC,
        monthH,
        verdictC,
        verdictH,
        reasons,
        triggers,
        channelC,
        channelH,
        nationC,
        nationH,
        firstReply,
        outcomes,
        downVotes,
        gaps,
      ] = await Promise.all([
        sql.first<{ n: number }>(`SELECT COUNT(*) AS n FROM conversation_stats WHERE ${IN_RANGE('started_at')}`, days),
        sql.first<{ n: number }>(`SELECT COUNT(*) AS n FROM case_stats WHERE ${IN_RANGE('created_at')}`, days),
        sql.all<{ rating: string; n: number }>(
          `SELECT rating, COUNT(*) AS n FROM feedback WHERE ${IN_RANGE('created_at')} GROUP BY rating`,
          days,
        ),
        grouped('conversation_stats', WEEK('started_at'), 'started_at', range),
        grouped('case_stats', WEEK('created_at'), 'created_at', range),
        grouped('conversation_stats', MONTH('started_at'), 'started_at', range),
        grouped('case_stats', MONTH('created_at'), 'created_at', range),
        grouped('conversation_stats', 'verdict', 'started_at', range, 'verdict IS NOT NULL'),
        grouped('case_stats', 'verdict', 'created_at', range),
        sql.all<Keyed>(
          `SELECT r.value AS key, COUNT(*) AS n FROM case_stats AS c, json_each(c.reasons) AS r
           WHERE ${IN_RANGE('c.created_at')} GROUP BY 1 ORDER BY n DESC, 1`,
          days,
        ),
        grouped('case_stats', 'handoff_trigger', 'created_at', range),
        grouped('conversation_stats', 'channel', 'started_at', range),
        grouped('case_stats', 'channel', 'created_at', range),
        grouped('conversation_stats', 'nationality', 'started_at', range, 'nationality IS NOT NULL'),
        grouped('case_stats', 'nationality', 'created_at', range, 'nationality IS NOT NULL'),
        // Nearest rank: the median is the ceil(n/2)-th smallest wait, p90 the ceil(0.9 n)-th.
        sql.first<{ cases: number; median: number | null; p90: number | null }>(
          `WITH waits AS (
             SELECT (julianday(first_reply_at) - julianday(created_at)) * 1440.0 AS minutes FROM case_stats
             WHERE first_reply_at IS NOT NULL AND ${IN_RANGE('created_at')}
           ), total AS (SELECT COUNT(*) AS n FROM waits)
           SELECT (SELECT n FROM total) AS cases,
             (SELECT minutes FROM waits ORDER BY minutes LIMIT 1 OFFSET (SELECT (n + 1) / 2 - 1 FROM total)) AS median,
             (SELECT minutes FROM waits ORDER BY minutes LIMIT 1 OFFSET (SELECT (9 * n + 9) / 10 - 1 FROM total)) AS p90`,
          days,
        ),
        sql.all<Keyed>(
          `SELECT CASE WHEN status = 'returned' THEN 'returned' ELSE outcome END AS key, COUNT(*) AS n
           FROM case_stats WHERE ${IN_RANGE('created_at')} AND (outcome IS NOT NULL OR status = 'returned')
           GROUP BY 1 ORDER BY n DESC, 1`,
          days,
        ),
        sql.all<{ question: string; lang: 'de' | 'en'; n: number; comments: string }>(
          `SELECT q.text AS question, c.lang AS lang, COUNT(*) AS n,
             json_group_array(f.comment) FILTER (WHERE f.comment IS NOT NULL AND f.comment <> '') AS comments
           FROM feedback AS f
           JOIN messages AS m ON m.id = f.message_id AND m.conversation_id = f.conversation_id
           JOIN conversations AS c ON c.id = f.conversation_id
           JOIN messages AS q ON q.conversation_id = m.conversation_id AND q.seq = ${QUESTION_OF('m')}
           WHERE f.rating = 'not_helpful' AND ${IN_RANGE('f.created_at')}
           GROUP BY lower(trim(q.text)), c.lang ORDER BY n DESC, MAX(f.created_at) DESC LIMIT 50`,
          days,
        ),
        sql.all<{ question: string; lang: 'de' | 'en'; n: number }>(
          `SELECT q.text AS question, c.lang AS lang, COUNT(*) AS n
           FROM messages AS m
           JOIN conversations AS c ON c.id = m.conversation_id
           JOIN messages AS q ON q.conversation_id = m.conversation_id AND q.seq = ${QUESTION_OF('m')}
           WHERE m.role = 'bot' AND m.payload IS NOT NULL AND json_extract(m.payload, '$.unanswered') = 1
             AND ${IN_RANGE('m.created_at')}
           GROUP BY lower(trim(q.text)), c.lang ORDER BY n DESC, MAX(m.created_at) DESC LIMIT 50`,
          days,
        ),
      ]);
      const rated = (rating: string) => feedback.find((f) => f.rating === rating)?.n ?? 0;
      const byPeriod = (a: { period: string }, b: { period: string }) => a.period.localeCompare(b.period);
      const figures: StatsFigures = {
        totals: {
          conversations: conversations?.n ?? 0,
          handoffs: handoffs?.n ?? 0,
          helpful: rated('helpful'),
          notHelpful: rated('not_helpful'),
        },
        perWeek: merge('period', weekC, weekH).sort(byPeriod),
        perMonth: merge('period', monthC, monthH).sort(byPeriod),
        verdicts: merge('key', verdictC, verdictH).sort(byCount),
        reasons: reasons.map((r) => ({ key: r.key ?? '', handoffs: r.n })),
        triggers: triggers.map((r) => ({ key: r.key ?? '', handoffs: r.n })),
        channels: merge('key', channelC, channelH).sort(byCount),
        nationalities: merge('key', nationC, nationH).sort(byCount),
        firstReply: {
          cases: firstReply?.cases ?? 0,
          medianMinutes: firstReply?.median ?? null,
          p90Minutes: firstReply?.p90 ?? null,
        },
        outcomes: outcomes.map((r) => ({ key: r.key ?? '', handoffs: r.n })),
        downVotes: downVotes.map((d) => ({
          question: d.question,
          lang: d.lang,
          count: d.n,
          comments: (JSON.parse(d.comments ?? '[]') as (string | null)[]).filter((c): c is string => Boolean(c)),
        })),
        knowledgeGaps: gaps.map((g) => ({ question: g.question, lang: g.lang, count: g.n })),
      };
      return figures;
    },
  };
}
