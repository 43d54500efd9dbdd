// Managing subscriptions and folders from the window: the open dialog and context menu, the
// commands of a feed's or folder's menu, OPML import and export, moves by drag and drop.
import { useCallback, useMemo, useState } from 'react';
import type { OrreryClient } from '../../shared/api.ts';
import type { FeedSummary, Folder, ImportReport } from '../../shared/model.ts';
import type { MenuItem } from '../components/dialogs/Menu.tsx';
import type { DialogRequest } from '../state/dialogRequest.ts';
import { download, opmlFileArgs } from '../state/opmlFile.ts';
import type { TreeGestures } from '../state/treeGestures.ts';
import type { View } from '../state/views.ts';
import { copyText } from '../state/copyText.ts';
import type { ReaderData } from './useReaderData.ts';

export interface TreeMenu {
  readonly target: View;
  readonly at: { x: number; y: number };
}

export interface Manage {
  readonly dialog: DialogRequest | null;
  readonly openDialog: (request: DialogRequest | null) => void;
  readonly menu: TreeMenu | null;
  readonly closeMenu: () => void;
  readonly gestures: TreeGestures;
  readonly feedCommands: (feed: FeedSummary, isPlanet: boolean) => MenuItem[];
  readonly folderCommands: (folder: Folder) => MenuItem[];
  readonly importFile: (file: File) => Promise<void>;
  readonly importAddress: (url: string) => Promise<void>;
  readonly exportOpml: () => Promise<void>;
}

interface Context {
  readonly client: OrreryClient;
  readonly data: ReaderData;
  readonly openLink: (url: string) => void;
  readonly setNotice: (text: string) => void;
  readonly fail: (error: unknown) => void;
}

export function useManage({ client, data, openLink, setNotice, fail }: Context): Manage {
  const [dialog, openDialog] = useState<DialogRequest | null>(null);
  const [menu, setMenu] = useState<TreeMenu | null>(null);
  const closeMenu = useCallback(() => setMenu(null), []);
  const { loadFeeds } = data;

  const showReport = useCallback(
    async (title: string, work: Promise<ImportReport>) => {
      const report = await work;
      await loadFeeds();
      openDialog({ kind: 'importReport', title, report });
    },
    [loadFeeds],
  );
  const importFile = useCallback(
    async (file: File) =>
      showReport(`Imported ${file.name}`, client.importOpml(await opmlFileArgs(file))),
    [client, showReport],
  );
  const importAddress = useCallback(
    (url: string) => showReport(`Imported ${url}`, client.importOpml({ url })),
    [client, showReport],
  );
  const exportOpml = useCallback(async () => {
    const { opml } = await client.exportOpml({});
    download('orrery-subscriptions.opml', opml, 'text/x-opml');
  }, [client]);

  const gestures = useMemo<TreeGestures>(
    () => ({
      onMenu: (target, at) => setMenu({ target, at }),
      onDrop: (dragged, folderId) => {
        if (dragged.kind === 'folder' && dragged.id === folderId) return;
        const moved =
          dragged.kind === 'feed'
            ? client.updateFeed({ feedId: dragged.id, folderId })
            : client.moveFolder({ folderId: dragged.id, parentId: folderId });
        moved.then(() => loadFeeds()).catch(fail);
      },
    }),
    [client, loadFeeds, fail],
  );

  const feedCommands = useCallback(
    (feed: FeedSummary, isPlanet: boolean): MenuItem[] => [
      { label: 'Rename…', onSelect: () => openDialog({ kind: 'renameFeed', feed }) },
      { label: 'Move to folder…', onSelect: () => openDialog({ kind: 'moveFeed', feed }) },
      {
        label: 'Refresh',
        onSelect: () => void client.refresh({ feedIds: [feed.id] }).catch(fail),
      },
      {
        label: 'Open site',
        disabled: !feed.siteUrl,
        onSelect: () => feed.siteUrl && openLink(feed.siteUrl),
      },
      {
        label: 'Copy address',
        onSelect: () =>
          void copyText(feed.url)
            .then(() => setNotice(`Copied ${feed.url}`))
            .catch(fail),
      },
      { label: 'Properties', onSelect: () => openDialog({ kind: 'properties', feed }) },
      ...(isPlanet
        ? [
            {
              label: 'Subscribe to members…',
              onSelect: () => openDialog({ kind: 'members', feed }),
            },
          ]
        : []),
      { label: 'Unsubscribe…', onSelect: () => openDialog({ kind: 'unsubscribe', feed }) },
    ],
    [client, openLink, setNotice, fail],
  );

  const folderCommands = useCallback(
    (folder: Folder): MenuItem[] => [
      { label: 'New folder…', onSelect: () => openDialog({ kind: 'newFolder', parent: folder }) },
      { label: 'Rename…', onSelect: () => openDialog({ kind: 'renameFolder', folder }) },
      { label: 'Move to folder…', onSelect: () => openDialog({ kind: 'moveFolder', folder }) },
      {
        label: 'Refresh',
        onSelect: () => {
          const feedIds = data.feeds.filter((f) => f.folderId === folder.id).map((f) => f.id);
          if (feedIds.length > 0) client.refresh({ feedIds }).catch(fail);
        },
      },
      { label: 'Delete folder…', onSelect: () => openDialog({ kind: 'removeFolder', folder }) },
    ],
    [client, data.feeds, fail],
  );

  return {
    dialog,
    openDialog,
    menu,
    closeMenu,
    gestures,
    feedCommands,
    folderCommands,
    importFile,
    importAddress,
    exportOpml,
  };
}
