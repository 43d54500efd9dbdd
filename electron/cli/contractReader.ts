// The CLI reaches the engine through the contract, like IPC and the preview: every call's argument
// is validated by its method's zod schema in shared/api.ts, and what a schema refuses is a usage
// error (exit 2). The data directory is opened only once a call has passed, so a refused argument
// changes nothing. A new verb gets all of this by calling the Reader it is given.
import type { z } from 'zod';
import { hostMethods, readerMethodNames, readerMethods } from '../../shared/api.ts';
import type { CliReader } from './command.ts';
import type { Reader } from '../engine/reader.ts';
import { UsageError } from './usage.ts';

/** How long the CLI waits, before exiting, for the images of posts it stored. */
const cliImageWaitMs = 60_000;

export interface ContractReader {
  /** The ReaderApi the commands call: validated, opening the Reader on the first valid call. */
  readonly api: CliReader;
  /** Closes the Reader if a call opened it, once a refresh's images are cached (after its answer). */
  close(): Promise<void>;
}

export function contractReader(open: () => Promise<Reader>): ContractReader {
  let opened: Promise<Reader> | undefined;
  const api: Record<string, (args: unknown) => Promise<unknown>> = {};
  for (const name of readerMethodNames) {
    const schema: z.ZodType = readerMethods[name].args;
    api[name] = async (args) => {
      const valid = validArguments(schema, args);
      opened ??= open();
      const reader = await opened;
      return (reader[name] as (args: unknown) => Promise<unknown>).call(reader, valid);
    };
  }
  // The preferences in the data directory (the `settings` verb), through the host schemas.
  for (const name of ['getPreferences', 'setPreferences'] as const) {
    const schema: z.ZodType = hostMethods[name].args;
    api[name] = async (args) => {
      const valid = validArguments(schema, args);
      opened ??= open();
      const reader = await opened;
      return name === 'getPreferences'
        ? reader.getPreferences()
        : reader.setPreferences(valid as Parameters<typeof reader.setPreferences>[0]);
    };
  }
  // Local verbs outside the contract (issue 8): prune deletes posts, backup writes a file. Only
  // the CLI and the desktop shell reach them, never a renderer.
  const local: Pick<Reader, 'prune' | 'backup'> = {
    prune: async (options) => (await (opened ??= open())).prune(options),
    backup: async (file) => (await (opened ??= open())).backup(file),
  };
  Object.assign(api, local);
  return {
    api: api as unknown as CliReader,
    async close() {
      const reader = opened ? await opened.catch(() => null) : null;
      // Images of what this run stored, so a data directory the CLI filled reads offline; within
      // a bound (an unanswering host must not hold the command), the rest waits for the next run.
      await reader?.images.idle(cliImageWaitMs);
      await reader?.close();
    },
  };
}

function validArguments(schema: z.ZodType, args: unknown): unknown {
  const result = schema.safeParse(args);
  if (result.success) return result.data;
  throw new UsageError(result.error.issues.map(describeIssue).join('; '));
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
}
