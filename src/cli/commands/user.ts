/**
 * `symbiograph user add NAME` (the password from standard input) and
 * `symbiograph user list`: the team server's accounts, in the database
 * `serve` uses (--data DIR or DATABASE_URL). The embedded database is one
 * process's at a time: while a server runs on the directory, this says so
 * and changes nothing. Exit codes: 1 not done (name taken, password too
 * short, database busy); 2 wrong usage.
 */
import type { Readable } from 'node:stream';
import type { Language } from '../../core/model/types.ts';
import { acceptableName, addAccount, MIN_PASSWORD_LENGTH } from '../../server/accounts.ts';
import type { Database } from '../../server/database/database.ts';
import { listAccounts } from '../../server/store/users.ts';
import { columns, t } from '../i18n.ts';
import type { Output } from '../output.ts';
import { readPassword } from '../readPassword.ts';
import { databaseChoice, openServerDatabase } from '../serverDatabase.ts';
import { formatTable } from '../table.ts';

export interface UserArgs {
  readonly language: Language;
  /** `add` or `list`. */
  readonly action: string | undefined;
  readonly name: string | undefined;
  readonly data?: string;
}

async function withDatabase(args: UserArgs, out: Output, work: (db: Database) => Promise<number>): Promise<number> {
  const choice = databaseChoice(args.data, args.language, out);
  if (choice === null) return 2;
  const db = await openServerDatabase(choice, args.language, out);
  if (db === null) return 1;
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

async function add(args: UserArgs, name: string, out: Output, input: Readable): Promise<number> {
  const { language } = args;
  const password = await readPassword(input, t(language, 'userPasswordPrompt', { name }));
  if (password === null) return 1;
  // Checked before the database is opened, so a mistyped name or password costs no wait for it.
  if (!acceptableName(name.normalize('NFC'))) {
    out.stderr(t(language, 'userBadName'));
    return 1;
  }
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    out.stderr(t(language, 'userShortPassword', { n: MIN_PASSWORD_LENGTH }));
    return 1;
  }
  return withDatabase(args, out, async (db) => {
    const outcome = await addAccount(db, name, password);
    switch (outcome.kind) {
      case 'added':
        out.stdout(t(language, 'userAdded', { name }));
        return 0;
      case 'taken':
        out.stderr(t(language, 'userTaken', { name }));
        return 1;
      case 'bad-name':
        out.stderr(t(language, 'userBadName'));
        return 1;
      case 'short-password':
        out.stderr(t(language, 'userShortPassword', { n: MIN_PASSWORD_LENGTH }));
        return 1;
    }
  });
}

async function list(args: UserArgs, out: Output): Promise<number> {
  return withDatabase(args, out, async (db) => {
    const accounts = await listAccounts(db);
    if (accounts.length === 0) {
      out.stdout(t(args.language, 'userNone'));
      return 0;
    }
    const header = columns(args.language, ['userColumnName', 'userColumnCreated', 'userColumnParks']);
    const rows = accounts.map((a) => [a.username, a.created.slice(0, 16).replace('T', ' '), String(a.parks)]);
    out.stdout(formatTable(header, rows, ['left', 'left', 'right']));
    return 0;
  });
}

export async function userCommand(args: UserArgs, out: Output, input: Readable = process.stdin): Promise<number> {
  if (args.action === 'add' && args.name !== undefined) return add(args, args.name, out, input);
  if (args.action === 'list' && args.name === undefined) return list(args, out);
  out.stderr(t(args.language, 'userUsage'));
  return 2;
}
