// CLI verbs of issue 8: `article ENTRY_ID` (full article), `prune [--dry-run]` (retention),
// `backup FILE` (a consistent copy of the database).
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PruneReport } from '../engine/retention/prune.ts';
import { command, parseId } from './command.ts';
import { UsageError } from './usage.ts';

export const issue8Commands = {
  article: command({
    options: [],
    args: { min: 1, max: 1 },
    check: ([id]) => void parseId(id!, 'entry id'),
    async run(reader, [id]) {
      const result = await reader.fetchFullArticle({ entryId: parseId(id!, 'entry id') });
      const { article } = result;
      const text = article.html
        ? `${article.title ?? ''}\n${article.byline ?? ''}\n${article.url}\n\n${article.html}\n`
        : `${article.problem ?? 'No article.'}\n`;
      return { json: result, text };
    },
  }),

  prune: command({
    options: ['dry-run'],
    args: { min: 0, max: 0 },
    async run(reader, _args, values) {
      const dryRun = values['dry-run'] ?? false;
      // Only on request, in this process: converting an old database is one full VACUUM.
      const report = await reader.prune({ dryRun, enableVacuum: !dryRun });
      return { json: report, text: pruneText(report) };
    },
  }),

  backup: command({
    options: [],
    args: { min: 1, max: 1 },
    check([file]) {
      if (!file?.trim()) throw new UsageError('give the file to write the backup to');
    },
    async run(reader, [file]) {
      const path = resolve(file!);
      await reader.backup(path);
      const bytes = statSync(path).size;
      return {
        json: { file: path, bytes },
        text: `Backed up the database to ${path} (${size(bytes)}).\n`,
      };
    },
  }),
} as const;

function pruneText(report: PruneReport): string {
  const verb = report.dryRun ? 'Would remove' : 'Removed';
  const lines = [
    `${verb} ${plural(report.removed, 'post')}: ${report.olderThanLimit} read, unstarred and older than ${report.keepReadDays} days; ${report.beyondFeedLimit} beyond the newest ${report.maxPerFeed} of their feed. Unread and starred posts are always kept.`,
    ...report.feeds.map((f) => `${String(f.id).padStart(5)}  -${f.removed}  ${f.title}`),
  ];
  if (!report.dryRun && report.freedPages > 0)
    lines.push(`Gave ${plural(report.freedPages, 'page')} of the database file back to the disk.`);
  return lines.join('\n') + '\n';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function size(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.ceil(bytes / 1024)} KB`;
}
