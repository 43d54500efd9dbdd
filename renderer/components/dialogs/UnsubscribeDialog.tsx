// Unsubscribe…: says what happens to the feed's posts before doing it.
import { useEffect, useState } from 'react';
import type { OrreryClient } from '../../../shared/api.ts';
import type { FeedRemoval, FeedSummary } from '../../../shared/model.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';

const posts = (n: number): string => `${n} ${n === 1 ? 'post' : 'posts'}`;

/** What unsubscribing does to the posts, in words. */
export function removalSentence(removal: FeedRemoval): string {
  const parts = [`${posts(removal.deletedPosts)} will be deleted with it.`];
  if (removal.keptShared > 0) {
    parts.push(`${posts(removal.keptShared)} also carried by another feed stay.`);
  }
  if (removal.keptStarred > 0) parts.push(`${posts(removal.keptStarred)} you starred stay.`);
  return parts.join(' ');
}

interface Props {
  readonly client: OrreryClient;
  readonly feed: FeedSummary;
  readonly onClose: () => void;
}

export function UnsubscribeDialog({ client, feed, onClose }: Props) {
  const [removal, setRemoval] = useState<FeedRemoval | null>(null);
  useEffect(() => {
    client
      .previewRemoveFeed({ feedId: feed.id })
      .then(setRemoval)
      .catch(() => setRemoval(null));
  }, [client, feed.id]);
  return (
    <ConfirmDialog
      title={`Unsubscribe from “${feed.title || feed.url}”?`}
      action="Unsubscribe"
      onConfirm={() => client.removeFeed({ feedId: feed.id })}
      onClose={onClose}
    >
      <p className="dialog-text">
        Orrery stops polling {feed.url}.{' '}
        {removal ? removalSentence(removal) : 'Posts also carried by another feed stay.'}
      </p>
    </ConfirmDialog>
  );
}
