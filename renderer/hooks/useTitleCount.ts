// The window (and tab) title carries the unread count: "(12) Orrery", plain "Orrery" at none.
import { useEffect } from 'react';

export function titleWithCount(unread: number): string {
  return unread > 0 ? `(${unread}) Orrery` : 'Orrery';
}

export function useTitleCount(unread: number): void {
  useEffect(() => {
    document.title = titleWithCount(unread);
  }, [unread]);
}
