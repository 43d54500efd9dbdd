// Move to folder…: a feed or a folder into another folder, or to the top level.
import { useState } from 'react';
import type { Folder } from '../../../shared/model.ts';
import { Dialog } from './Dialog.tsx';
import { DialogFooter } from './DialogFooter.tsx';
import { errorText } from './errorText.ts';

interface Props {
  /** What is moved, for the heading. */
  readonly name: string;
  readonly folders: readonly Folder[];
  /** Folders it cannot go into (a folder and its own subfolders). */
  readonly excluded: ReadonlySet<number>;
  readonly currentId: number | null;
  readonly onMove: (folderId: number | null) => Promise<unknown>;
  readonly onClose: () => void;
}

export function MoveDialog({ name, folders, excluded, currentId, onMove, onClose }: Props) {
  const [choice, setChoice] = useState(currentId === null ? '' : String(currentId));
  const [error, setError] = useState('');
  const choices = [...folders]
    .filter((folder) => !excluded.has(folder.id))
    .sort((a, b) => a.path.localeCompare(b.path));
  return (
    <Dialog title={`Move “${name}” to folder`} onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onMove(choice === '' ? null : Number(choice))
            .then(onClose)
            .catch((failure: unknown) => setError(errorText(failure)));
        }}
      >
        <label className="field">
          <span>Folder</span>
          <select data-autofocus value={choice} onChange={(event) => setChoice(event.target.value)}>
            <option value="">Top level (no folder)</option>
            {choices.map((folder) => (
              <option key={folder.id} value={folder.id}>
                {folder.path}
              </option>
            ))}
          </select>
        </label>
        <DialogFooter action="Move" onCancel={onClose} error={error} />
      </form>
    </Dialog>
  );
}
