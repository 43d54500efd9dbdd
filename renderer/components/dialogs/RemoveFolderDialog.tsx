// Deleting a folder asks what happens to its feeds: they move up to its parent, or go with it.
import { useState } from 'react';
import type { OrreryClient } from '../../../shared/api.ts';
import type { Folder } from '../../../shared/model.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';

interface Props {
  readonly client: OrreryClient;
  readonly folder: Folder;
  readonly parentName: string;
  readonly onClose: () => void;
}

export function RemoveFolderDialog({ client, folder, parentName, onClose }: Props) {
  const [withFeeds, setWithFeeds] = useState(false);
  return (
    <ConfirmDialog
      title={`Delete the folder “${folder.name}”?`}
      action="Delete folder"
      onConfirm={() => client.removeFolder({ folderId: folder.id, withFeeds })}
      onClose={onClose}
    >
      <fieldset className="choices">
        <legend>Its feeds and subfolders’ feeds</legend>
        <label>
          <input
            type="radio"
            name="folder-feeds"
            checked={!withFeeds}
            onChange={() => setWithFeeds(false)}
          />
          Move them up to {parentName}
        </label>
        <label>
          <input
            type="radio"
            name="folder-feeds"
            checked={withFeeds}
            onChange={() => setWithFeeds(true)}
          />
          Unsubscribe from them too
        </label>
      </fieldset>
    </ConfirmDialog>
  );
}
