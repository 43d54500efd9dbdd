// The account verbs: `account add|remove`, `accounts`, `sync`, and the --account option of
// `add` and `import`. Passwords come on stdin or from --password-file, never as an argument
// (arguments are visible to every user of the machine in the process list).
import { readFile } from 'node:fs/promises';
import type { AccountSyncResult } from '../../shared/accounts.ts';
import { command, parseId, type Command, type Values } from './command.ts';
import { UsageError } from './usage.ts';

export function accountOption(values: Values): { account?: number } {
  return values.account === undefined ? {} : { account: parseId(values.account, 'account id') };
}

async function readPassword(values: Values): Promise<string> {
  const raw =
    values['password-file'] !== undefined
      ? await readFile(values['password-file'], 'utf8')
      : await readStdin();
  // One line: the trailing newline of `echo` or a file is not part of the password.
  const password = raw.replace(/\r?\n$/, '');
  if (!password) throw new Error('no password given (on stdin, or with --password-file FILE)');
  return password;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > 64 * 1024) throw new Error('the password on stdin is longer than 64 KiB');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function syncLine(result: AccountSyncResult): string {
  if (result.error) return `account ${result.account}: ${result.error}\n`;
  const { feeds, entries, marks } = result.pulled;
  return `account ${result.account}: pushed ${result.pushed.marks} marks; pulled ${feeds} feeds, ${entries} new entries, ${marks} mark changes\n`;
}

export const accountCommands = {
  account: command({
    options: ['user', 'password-file'],
    args: { min: 2, max: 3 },
    // Adding an account is the user's own first choice: no first-run planet then.
    addsSubscriptions: true,
    check([verb, ...rest], values) {
      if (verb === 'add') {
        if (rest[0] !== 'ttrss') throw new UsageError('account add: the kind is ttrss');
        if (rest.length !== 2) throw new UsageError('account add ttrss URL --user NAME');
        if (!values.user) throw new UsageError('account add needs --user NAME');
      } else if (verb === 'remove') {
        if (rest.length !== 1) throw new UsageError('account remove ACCOUNT_ID');
        if (values.user || values['password-file'])
          throw new UsageError('account remove takes no --user or --password-file');
        parseId(rest[0]!, 'account id');
      } else {
        throw new UsageError(`unknown account verb "${verb}" (add or remove)`);
      }
    },
    async run(reader, [verb, ...rest], values) {
      if (verb === 'remove') {
        const { removed } = await reader.removeAccount({
          accountId: parseId(rest[0]!, 'account id'),
        });
        if (!removed) throw new Error(`there is no account ${rest[0]}`);
        return {
          json: { removed },
          text: `Removed account ${rest[0]} with its feeds and entries.\n`,
        };
      }
      const account = await reader.addAccount({
        kind: 'ttrss',
        url: rest[1]!,
        user: values.user!,
        password: await readPassword(values),
      });
      return {
        json: { id: account.id, kind: account.kind, url: account.url, user: account.user },
        text: `Added account ${account.id}: ${account.name}. Its password is kept in ${account.passwordStorage}.\nRun "orrery sync ${account.id}" to download its entries.\n`,
      };
    },
  }),

  accounts: command({
    options: [],
    args: { min: 0, max: 0 },
    async run(reader) {
      const accounts = await reader.listAccounts({});
      return {
        json: accounts.map(({ id, kind, url, user, lastSyncAt, error }) => ({
          id,
          kind,
          url,
          user,
          lastSyncAt,
          error,
        })),
        text: accounts
          .map(
            (a) =>
              `${String(a.id).padStart(4)}  ${a.kind.padEnd(5)}  ${a.name}  last sync: ${a.lastSyncAt ?? 'never'}${a.pendingMarks ? `  (${a.pendingMarks} marks waiting)` : ''}${a.error ? `\n      ${a.error}` : ''}\n`,
          )
          .join(''),
      };
    },
  }),

  sync: command({
    options: [],
    args: { min: 0, max: 1 },
    check: ([id]) => void (id === undefined || parseId(id, 'account id')),
    async run(reader, [id]) {
      const report = await reader.syncAccounts(
        id === undefined ? {} : { accountId: parseId(id, 'account id') },
      );
      const failed = report.accounts.filter((result) => result.error !== null);
      return {
        json: report,
        text: report.accounts.map(syncLine).join('') || 'No server accounts to sync.\n',
        exitCode: failed.length > 0 && failed.length === report.accounts.length ? 1 : 0,
      };
    },
  }),
} satisfies Record<string, Command>;
