/**
 * Accounts as `symbiograph user add` makes them: a name (any text up to 64
 * characters — Chinese, punctuation, quotes all fine, as every query passes
 * it as a parameter — but no control characters and no spaces at either
 * end, which no one could tell apart) and a password of 8 characters at
 * least, kept as a scrypt hash.
 */
import { hashPassword, type ScryptCost } from './auth/passwords.ts';
import type { Queryable } from './database/database.ts';
import { createAccount } from './store/users.ts';

export const MIN_PASSWORD_LENGTH = 8;
const MAX_NAME_LENGTH = 64;

export type AccountOutcome =
  | { readonly kind: 'added' }
  | { readonly kind: 'bad-name' }
  | { readonly kind: 'short-password' }
  | { readonly kind: 'taken' };

export function acceptableName(name: string): boolean {
  return name.length > 0 && [...name].length <= MAX_NAME_LENGTH && name.trim() === name && !/\p{Cc}/u.test(name);
}

export async function addAccount(
  db: Queryable,
  username: string,
  password: string,
  cost?: ScryptCost,
): Promise<AccountOutcome> {
  const name = username.normalize('NFC');
  if (!acceptableName(name)) return { kind: 'bad-name' };
  if ([...password].length < MIN_PASSWORD_LENGTH) return { kind: 'short-password' };
  const id = await createAccount(db, name, await hashPassword(password, cost));
  return id === null ? { kind: 'taken' } : { kind: 'added' };
}
