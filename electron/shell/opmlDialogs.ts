// Texts for the Import/Export OPML dialogs.
import type { ImportReport } from '../../shared/model.ts';

/** OPML files larger than this are refused before reading (the IPC schema's limit, as bytes). */
export const maxOpmlFileBytes = 20_000_000;

export function importSummary(report: ImportReport): { message: string; detail: string } {
  const added = report.added.length;
  const parts = [
    added === 1 ? 'Subscribed to 1 feed.' : `Subscribed to ${added} feeds.`,
    report.existing > 0
      ? `${report.existing} ${report.existing === 1 ? 'was' : 'were'} already subscribed.`
      : '',
  ].filter(Boolean);
  const problems = report.problems
    .slice(0, 10)
    .map((problem) =>
      problem.line === null ? problem.message : `Line ${problem.line}: ${problem.message}`,
    );
  if (report.problems.length > problems.length) {
    problems.push(`…and ${report.problems.length - problems.length} more problems.`);
  }
  return { message: parts.join(' '), detail: problems.join('\n') };
}
