import type { D1Database } from '@cloudflare/workers-types/index.js';
import type Database from 'better-sqlite3';

export type SqlValue = string | number | null;
export interface SqlStatement {
  sql: string;
  args: readonly SqlValue[];
}

/**
 * The few things SQL repositories need from a driver, so one implementation serves better-sqlite3
 * (Node) and D1 (Workers) with the same SQL: rows, one row, a write, and writes as one transaction.
 */
export interface SqlRunner {
  all<T>(sql: string, args?: readonly SqlValue[]): Promise<T[]>;
  first<T>(sql: string, args?: readonly SqlValue[]): Promise<T | undefined>;
  run(sql: string, args?: readonly SqlValue[]): Promise<{ changes: number }>;
  /** All or nothing, in order; the changes of each statement. */
  batch(statements: readonly SqlStatement[]): Promise<{ changes: number }[]>;
}

/** better-sqlite3: statements prepared once per SQL text (the cache belongs to this runner). */
export function sqliteRunner(db: Database.Database): SqlRunner {
  const prepared = new Map<string, Database.Statement>();
  const statement = (sql: string) => {
    let s = prepared.get(sql);
    if (!s) {
      s = db.prepare(sql);
      prepared.set(sql, s);
    }
    return s;
  };
  // IMMEDIATE: a transaction that reads before it writes must hold the write lock from the start,
  // or a concurrent writer makes its upgrade fail at once with SQLITE_BUSY.
  const inTransaction = db.transaction((statements: readonly SqlStatement[]) =>
    statements.map((s) => ({ changes: statement(s.sql).run(...s.args).changes })),
  );
  return {
    async all<T>(sql: string, args: readonly SqlValue[] = []) {
      return statement(sql).all(...args) as T[];
    },
    async first<T>(sql: string, args: readonly SqlValue[] = []) {
      return statement(sql).get(...args) as T | undefined;
    },
    async run(sql: string, args: readonly SqlValue[] = []) {
      return { changes: statement(sql).run(...args).changes };
    },
    async batch(statements) {
      return inTransaction.immediate(statements);
    },
  };
}

/** D1: a batch is one transaction. */
export function d1Runner(db: D1Database): SqlRunner {
  const bind = (sql: string, args: readonly SqlValue[]) => db.prepare(sql).bind(...args);
  return {
    async all<T>(sql: string, args: readonly SqlValue[] = []) {
      return (await bind(sql, args).all<T>()).results;
    },
    async first<T>(sql: string, args: readonly SqlValue[] = []) {
      return (await bind(sql, args).first<T>()) ?? undefined;
    },
    async run(sql: string, args: readonly SqlValue[] = []) {
      return { changes: (await bind(sql, args).run()).meta.changes };
    },
    async batch(statements) {
      if (statements.length === 0) return [];
      const results = await db.batch(statements.map((s) => bind(s.sql, s.args)));
      return results.map((r) => ({ changes: r.meta.changes }));
    },
  };
}
