// What floats over the panes while managing subscriptions: the tree's context menu, the open
// dialog, and the hint shown while a file is dragged over the window.
import type { OrreryClient } from '../../shared/api.ts';
import type { Manage } from '../hooks/useManage.ts';
import type { ReaderData } from '../hooks/useReaderData.ts';
import { DialogHost, TreeContextMenu } from './onDemand.tsx';

interface Props {
  readonly client: OrreryClient;
  readonly data: ReaderData;
  readonly manage: Manage;
  readonly fileOver: boolean;
}

export function ManagementLayer({ client, data, manage, fileOver }: Props) {
  return (
    <>
      {manage.menu ? (
        <TreeContextMenu
          client={client}
          menu={manage.menu}
          feedsById={data.feedsById}
          folders={data.folders}
          manage={manage}
        />
      ) : null}
      {manage.dialog ? (
        <DialogHost
          client={client}
          request={manage.dialog}
          folders={data.folders}
          manage={manage}
        />
      ) : null}
      {fileOver ? (
        <div className="drop-hint" aria-hidden="true">
          Drop an OPML file to import its subscriptions
        </div>
      ) : null}
    </>
  );
}
