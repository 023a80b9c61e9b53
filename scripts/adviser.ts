import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { addAdviser } from '../src/adviser/accounts.js';
import { SCRYPT_COSTS } from '../src/adviser/password.js';
import { parseConfig } from '../src/config.js';
import { ApiError } from '../src/http/errors.js';
import { openDatabase } from '../src/storage/sqlite/open-database.js';
import { createSqliteAdviserStorage } from '../src/storage/sqlite/sqlite-adviser.js';
import { addAdviserToD1, isD1Target } from './adviser-d1.js';

const USAGE = `usage: npm run adviser -- add --email E --name N [--role adviser|admin] [--d1 local|remote]
The password is asked for (twice, not shown) or, when stdin is not a terminal, read from its first line.
The database is LOTSE_DB_PATH (default ./data/lotse.db); with --d1 local the Worker's local D1
(npm run dev:worker), with --d1 remote the SQL for the deployed D1 is printed.`;

/** Asks without echoing what is typed. */
function askHidden(question: string): Promise<string> {
  return new Promise((resolvePassword) => {
    const output = process.stderr;
    const rl = createInterface({ input: process.stdin, output, terminal: true });
    const write = (output as unknown as { write: (s: string) => boolean }).write.bind(output);
    let muted = false;
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
      if (!muted || s.includes('\n')) write(muted ? '\n' : s);
    };
    rl.question(question, (answer) => {
      rl.close();
      resolvePassword(answer);
    });
    muted = true;
  });
}

async function readStdinLine(): Promise<string> {
  let data = '';
  for await (const chunk of process.stdin) data += String(chunk);
  return data.split(/\r?\n/)[0] ?? '';
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readStdinLine();
  const first = await askHidden('Password (at least 12 characters): ');
  const second = await askHidden('Repeat the password: ');
  if (first !== second) throw new Error('the passwords differ');
  return first;
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, d1: { type: 'string' } },
  });
  const d1 = values.d1;
  if (positionals[0] !== 'add' || !values.email || !values.name || (d1 !== undefined && !isD1Target(d1))) {
    console.error(USAGE);
    return 2;
  }
  const parsed = parseConfig(process.env);
  if (!parsed.ok) {
    console.error(`invalid configuration:\n${parsed.errors.map((e) => `  - ${e}`).join('\n')}`);
    return 2;
  }
  const password = await readPassword();
  const role = values.role as 'adviser' | 'admin' | undefined;
  if (d1 !== undefined && isD1Target(d1))
    return addAdviserToD1(d1, { email: values.email, name: values.name, role, password });
  const db = openDatabase(resolve(parsed.config.LOTSE_DB_PATH));
  try {
    const adviser = await addAdviser(
      createSqliteAdviserStorage(db).advisers,
      { email: values.email, name: values.name, role: values.role as 'adviser' | 'admin' | undefined, password },
      {
        now: () => new Date().toISOString(),
        newId: () => crypto.randomUUID(),
        passwordCost: SCRYPT_COSTS[parsed.config.ADVISER_PASSWORD_COST],
      },
    );
    console.log(`created ${adviser.role} ${adviser.email} (${adviser.name}); sign in at /inbox`);
    return 0;
  } finally {
    db.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`adviser: ${error instanceof ApiError || error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
