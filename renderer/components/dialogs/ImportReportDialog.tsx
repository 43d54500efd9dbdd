// What an import did: how many added, how many already there, and each problem with its line.
import type { ImportReport } from '../../../shared/model.ts';
import { Dialog, DialogButtons } from './Dialog.tsx';

interface Props {
  readonly title: string;
  readonly report: ImportReport;
  readonly onClose: () => void;
}

const feeds = (n: number): string => `${n} ${n === 1 ? 'feed' : 'feeds'}`;

export function ImportReportDialog({ title, report, onClose }: Props) {
  return (
    <Dialog title={title} onClose={onClose} className="report">
      <ul className="report-lines">
        <li>{feeds(report.added.length)} added</li>
        <li>{feeds(report.existing)} already there</li>
        <li>
          {report.problems.length} {report.problems.length === 1 ? 'problem' : 'problems'}
        </li>
      </ul>
      {report.problems.length > 0 ? (
        <ul className="report-problems" aria-label="Problems">
          {report.problems.map((problem, index) => (
            <li key={index}>
              {problem.line !== null ? `Line ${problem.line}: ` : ''}
              {problem.message}
            </li>
          ))}
        </ul>
      ) : null}
      <DialogButtons>
        <button type="button" className="button primary" onClick={onClose} data-autofocus>
          Close
        </button>
      </DialogButtons>
    </Dialog>
  );
}
