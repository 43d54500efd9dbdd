// What a CLI command is: the options and arguments it accepts (checked before the data directory
// is opened, so a usage error changes nothing) and what it runs against the contract.
import type { HostApi, ReaderApi } from '../../shared/api.ts';
import type { Reader } from '../engine/reader.ts';
import { UsageError } from './usage.ts';

/** The contract as the CLI sees it: the Reader's methods and the preferences of the data directory. */
export type CliReader = ReaderApi &
  Pick<HostApi, 'getPreferences' | 'setPreferences'> &
  // What only a local face may ask, outside the contract: backup and prune write files and
  // delete posts (issue 8).
  Pick<Reader, 'prune' | 'backup'>;

export type Values = {
  'data-dir'?: string | undefined;
  json?: boolean | undefined;
  folder?: string | undefined;
  feed?: string | undefined;
  unread?: boolean | undefined;
  starred?: boolean | undefined;
  search?: string | undefined;
  limit?: string | undefined;
  all?: boolean | undefined;
  before?: string | undefined;
  subscribe?: boolean | undefined;
  'with-feeds'?: boolean | undefined;
  user?: string | undefined;
  'password-file'?: string | undefined;
  account?: string | undefined;
  'dry-run'?: boolean | undefined;
};
type Option = Exclude<keyof Values, 'data-dir' | 'json'>;

export interface FileAccess {
  readFile(path: string): Promise<Buffer>;
  writeFile(path: string, data: string): Promise<void>;
}

export interface Output {
  readonly json: unknown;
  readonly text: string;
  /** Default 0; 1 when the command ran but what it was for failed (e.g. every sync). */
  readonly exitCode?: number;
}

export interface Command {
  /** Options this command accepts besides --data-dir and --json. */
  readonly options: readonly Option[];
  readonly args: { min: number; max: number };
  /** Adding subscriptions is the user's own first choice: no first-run planet then. */
  readonly addsSubscriptions?: boolean;
  /** Every argument is checked here, before the data directory is opened (a usage error changes nothing). */
  check(args: readonly string[], values: Values): void;
  run(
    reader: CliReader,
    args: readonly string[],
    values: Values,
    files: FileAccess,
  ): Promise<Output>;
}

export function command(spec: Omit<Command, 'check'> & { check?: Command['check'] }): Command {
  return {
    ...spec,
    check(args, values) {
      for (const key of Object.keys(values) as (keyof Values)[]) {
        if (key === 'data-dir' || key === 'json' || values[key] === undefined) continue;
        if (!(spec.options as readonly string[]).includes(key)) {
          throw new UsageError(`--${key} is not an option of this command`);
        }
      }
      if (args.length < spec.args.min) throw new UsageError('missing argument');
      if (args.length > spec.args.max)
        throw new UsageError(`unexpected argument "${args[spec.args.max]}"`);
      spec.check?.(args, values);
    },
  };
}

export const many = Number.MAX_SAFE_INTEGER;

export function parseId(text: string, what = 'id'): number {
  if (!/^[1-9]\d{0,15}$/.test(text))
    throw new UsageError(`${what} must be a positive whole number, not "${text}"`);
  return Number(text);
}

export function parseIds(args: readonly string[]): number[] {
  return args.map((arg) => parseId(arg));
}
