// The one open dialog, if any, drawn from its request (renderer/state/dialogRequest.ts).
import type { OrreryClient } from '../../shared/api.ts';
import type { Folder } from '../../shared/model.ts';
import type { Manage } from '../hooks/useManage.ts';
import type { DialogRequest } from '../state/dialogRequest.ts';
import { ImportOpmlDialog } from './dialogs/ImportOpmlDialog.tsx';
import { ImportReportDialog } from './dialogs/ImportReportDialog.tsx';
import { MembersDialog } from './dialogs/MembersDialog.tsx';
import { MoveDialog } from './dialogs/MoveDialog.tsx';
import { PropertiesDialog } from './dialogs/PropertiesDialog.tsx';
import { RemoveFolderDialog } from './dialogs/RemoveFolderDialog.tsx';
import { TextDialog } from './dialogs/TextDialog.tsx';
import { UnsubscribeDialog } from './dialogs/UnsubscribeDialog.tsx';

interface Props {
  readonly client: OrreryClient;
  readonly request: DialogRequest;
  readonly folders: readonly Folder[];
  readonly manage: Manage;
}

/** A folder and every folder under it (where it cannot be moved). */
function selfAndBelow(folder: Folder, folders: readonly Folder[]): Set<number> {
  return new Set(
    folders
      .filter((f) => f.id === folder.id || f.path.startsWith(`${folder.path}/`))
      .map((f) => f.id),
  );
}

export function DialogHost({ client, request, folders, manage }: Props) {
  const close = () => manage.openDialog(null);
  switch (request.kind) {
    case 'renameFeed':
      return (
        <TextDialog
          title="Rename feed"
          label="Name"
          initial={request.feed.title}
          action="Rename"
          onSave={(title) => client.updateFeed({ feedId: request.feed.id, title })}
          onClose={close}
        />
      );
    case 'moveFeed':
      return (
        <MoveDialog
          name={request.feed.title}
          folders={folders}
          excluded={new Set()}
          currentId={request.feed.folderId}
          onMove={(folderId) => client.updateFeed({ feedId: request.feed.id, folderId })}
          onClose={close}
        />
      );
    case 'unsubscribe':
      return <UnsubscribeDialog client={client} feed={request.feed} onClose={close} />;
    case 'properties':
      return (
        <PropertiesDialog
          client={client}
          feed={request.feed}
          commands={manage.feedCommands}
          onClose={close}
        />
      );
    case 'members':
      return (
        <MembersDialog
          client={client}
          feed={request.feed}
          onClose={close}
          onDone={(report) =>
            manage.openDialog({
              kind: 'importReport',
              title: `Members of ${request.feed.title}`,
              report,
            })
          }
        />
      );
    case 'newFolder':
      return (
        <TextDialog
          title={request.parent ? `New folder in “${request.parent.name}”` : 'New folder'}
          label="Name"
          initial=""
          action="Create"
          onSave={(name) =>
            client.addFolder({ path: request.parent ? `${request.parent.path}/${name}` : name })
          }
          onClose={close}
        />
      );
    case 'renameFolder':
      return (
        <TextDialog
          title="Rename folder"
          label="Name"
          initial={request.folder.name}
          action="Rename"
          onSave={(name) => client.renameFolder({ folderId: request.folder.id, name })}
          onClose={close}
        />
      );
    case 'moveFolder':
      return (
        <MoveDialog
          name={request.folder.name}
          folders={folders}
          excluded={selfAndBelow(request.folder, folders)}
          currentId={request.folder.parentId}
          onMove={(parentId) => client.moveFolder({ folderId: request.folder.id, parentId })}
          onClose={close}
        />
      );
    case 'removeFolder': {
      const parent = folders.find((f) => f.id === request.folder.parentId);
      return (
        <RemoveFolderDialog
          client={client}
          folder={request.folder}
          parentName={parent ? `“${parent.name}”` : 'the top level'}
          onClose={close}
        />
      );
    }
    case 'importOpml':
      return (
        <ImportOpmlDialog
          onFile={manage.importFile}
          onAddress={manage.importAddress}
          onClose={close}
        />
      );
    case 'importReport':
      return <ImportReportDialog title={request.title} report={request.report} onClose={close} />;
  }
}
