// The context menu of a feed or a folder in the tree. A feed's menu learns whether it is a planet
// (for Subscribe to members…) from its properties.
import { useEffect, useState } from 'react';
import type { OrreryClient } from '../../shared/api.ts';
import type { FeedSummary, Folder } from '../../shared/model.ts';
import type { Manage, TreeMenu } from '../hooks/useManage.ts';
import { Menu } from './dialogs/Menu.tsx';

interface Props {
  readonly client: OrreryClient;
  readonly menu: TreeMenu;
  readonly feedsById: ReadonlyMap<number, FeedSummary>;
  readonly folders: readonly Folder[];
  readonly manage: Pick<Manage, 'feedCommands' | 'folderCommands' | 'closeMenu'>;
}

export function TreeContextMenu({ client, menu, feedsById, folders, manage }: Props) {
  const { target } = menu;
  const feed = target.kind === 'feed' ? feedsById.get(target.id) : undefined;
  const folder = target.kind === 'folder' ? folders.find((f) => f.id === target.id) : undefined;
  const [isPlanet, setIsPlanet] = useState(false);
  useEffect(() => {
    if (!feed) return;
    let live = true;
    client
      .getFeedProperties({ feedId: feed.id })
      .then((properties) => live && setIsPlanet(properties.isPlanet))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [client, feed]);

  if (feed) {
    return (
      <Menu
        label={`${feed.title || feed.url} commands`}
        items={manage.feedCommands(feed, isPlanet)}
        at={menu.at}
        onClose={manage.closeMenu}
      />
    );
  }
  if (folder) {
    return (
      <Menu
        label={`${folder.name} commands`}
        items={manage.folderCommands(folder)}
        at={menu.at}
        onClose={manage.closeMenu}
      />
    );
  }
  return null;
}
