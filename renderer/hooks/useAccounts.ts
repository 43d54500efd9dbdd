// The accounts list for Settings → Accounts: loaded from the contract, reloaded when feeds
// change or a refresh/sync ends (last sync time, error, marks waiting).
import { useCallback, useEffect, useState } from 'react';
import type { AccountSummary } from '../../shared/accounts.ts';
import type { OrreryClient } from '../../shared/api.ts';

export interface Accounts {
  readonly accounts: readonly AccountSummary[];
  readonly busy: boolean;
  add(args: { url: string; user: string; password: string }): Promise<boolean>;
  remove(accountId: number): Promise<void>;
  sync(accountId: number): Promise<void>;
}

export function useAccounts(client: OrreryClient, fail: (error: unknown) => void): Accounts {
  const [accounts, setAccounts] = useState<readonly AccountSummary[]>([]);
  const [busy, setBusy] = useState(false);
  const load = useCallback(
    () => void client.listAccounts({}).then(setAccounts).catch(fail),
    [client, fail],
  );
  useEffect(() => {
    load();
    const stops = [
      client.on('feedsChanged', load),
      client.on('refreshProgress', ({ running }) => {
        if (!running) load();
      }),
    ];
    return () => stops.forEach((stop) => stop());
  }, [client, load]);

  const run = useCallback(
    async (work: () => Promise<unknown>): Promise<boolean> => {
      setBusy(true);
      try {
        await work();
        return true;
      } catch (error) {
        fail(error);
        return false;
      } finally {
        setBusy(false);
        load();
      }
    },
    [fail, load],
  );

  return {
    accounts,
    busy,
    add: (args) =>
      run(async () => {
        const added = await client.addAccount({ kind: 'ttrss', ...args });
        // The tree shows its feeds now; their entries come with this first sync.
        void client.syncAccounts({ accountId: added.id }).catch(fail);
      }),
    remove: async (accountId) => void (await run(() => client.removeAccount({ accountId }))),
    sync: async (accountId) => void (await run(() => client.syncAccounts({ accountId }))),
  };
}
