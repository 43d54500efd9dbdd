// `orrery`: the engine's Reader for scripts, benchmarks and acceptance checks.
// Exit 0 when the command ran (per-feed fetch errors are results), 1 when it failed, 2 for usage.
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../engine/paths.ts';
import { openReader } from '../engine/reader.ts';
import { commands, type CommandName } from './commands.ts';
import { contractReader, type ContractReader } from './contractReader.ts';
import { jsonPieces } from './jsonPieces.ts';
import { cliParseWorkerUrl } from './parseWorkerUrl.ts';
import { terminalSafe } from './terminalSafe.ts';
import { UsageError, usage } from './usage.ts';

const optionSpec = {
  'data-dir': { type: 'string' },
  json: { type: 'boolean' },
  folder: { type: 'string' },
  feed: { type: 'string' },
  unread: { type: 'boolean' },
  starred: { type: 'boolean' },
  search: { type: 'string' },
  limit: { type: 'string' },
  all: { type: 'boolean' },
  user: { type: 'string' },
  'password-file': { type: 'string' },
  account: { type: 'string' },
  subscribe: { type: 'boolean' },
  'with-feeds': { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  before: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

export type CliOptions = ReturnType<typeof parse>['values'];

function parse(argv: string[]) {
  return parseArgs({ args: argv, options: optionSpec, allowPositionals: true, strict: true });
}

async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    process.stderr.write(terminalSafe(`orrery: ${(error as Error).message}\n\n${usage}`));
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
    process.stdout.write(`orrery ${pkg.version}\n`);
    return 0;
  }
  const [name, ...args] = positionals;
  if (values.help || !name) {
    (name || values.help ? process.stdout : process.stderr).write(usage);
    return values.help ? 0 : 2;
  }
  if (!(name in commands)) {
    process.stderr.write(terminalSafe(`orrery: unknown command "${name}"\n\n${usage}`));
    return 2;
  }
  const command = commands[name as CommandName];
  let reader: ContractReader | undefined;
  try {
    command.check(args, values);
    const parseWorkerUrl = cliParseWorkerUrl();
    reader = contractReader(() =>
      openReader({
        dataDir: values['data-dir'] ?? defaultDataDir(),
        ...(parseWorkerUrl ? { parseWorkerUrl } : {}),
        // Commands that add subscriptions are the user's own first choice; the others get the planet.
        ...(command.addsSubscriptions ? { firstRunFeeds: [] } : {}),
      }),
    );
    const result = await command.run(reader.api, args, values, { readFile, writeFile });
    // Feed-derived text is made visible-safe for the terminal; JSON is printed as it is, in
    // pieces (jsonPieces.ts: a 5,000-feed report is never one string).
    if (values.json) for (const piece of jsonPieces(result.json)) await write(piece);
    else if (result.text) await write(terminalSafe(result.text));
    return result.exitCode ?? 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(terminalSafe(`orrery ${name}: ${error.message}\n\n${usage}`));
      return 2;
    }
    process.stderr.write(terminalSafe(`orrery ${name}: ${(error as Error).message}\n`));
    return 1;
  } finally {
    await reader?.close();
  }
}

/** Waits for stdout to take the text: exiting right after a large piped write can cut it short. */
function write(text: string): Promise<void> {
  return new Promise((resolve, reject) =>
    process.stdout.write(text, (error) => (error ? reject(error) : resolve())),
  );
}

// Output is drained by now (see write); exit so idle keep-alive sockets cannot hold the process.
process.exit(await main(process.argv.slice(2)));
