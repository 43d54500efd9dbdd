// Offline mode in the window (issue 8): the engine says when a refresh reached no server at all,
// and again when one got through; the window shows it once, not as a failure of every feed.
import { useEffect, useState } from 'react';
import type { OrreryClient } from '../../shared/api.ts';

export function useOffline(client: OrreryClient): boolean {
  const [offline, setOffline] = useState(false);
  useEffect(() => client.on('offlineChanged', (event) => setOffline(event.offline)), [client]);
  return offline;
}
