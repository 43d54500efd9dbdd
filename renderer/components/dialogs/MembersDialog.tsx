// Subscribe to members…: a planet's member blogs with checkboxes (subscribed ones ticked and
// disabled); the chosen ones go into a folder named after the planet.
import { useEffect, useState } from 'react';
import type { OrreryClient } from '../../../shared/api.ts';
import type { FeedSummary, ImportReport, PlanetMember } from '../../../shared/model.ts';
import { Dialog } from './Dialog.tsx';
import { DialogFooter } from './DialogFooter.tsx';
import { errorText } from './errorText.ts';

interface Props {
  readonly client: OrreryClient;
  readonly feed: FeedSummary;
  readonly onDone: (report: ImportReport) => void;
  readonly onClose: () => void;
}

export function MembersDialog({ client, feed, onDone, onClose }: Props) {
  const [members, setMembers] = useState<readonly PlanetMember[] | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState('Looking for the planet’s members…');
  const [error, setError] = useState('');
  useEffect(() => {
    client
      .planetMembers({ feedId: feed.id })
      .then((found) => {
        setMembers(found);
        setChosen(new Set(found.filter((m) => !m.subscribed).map((m) => m.url)));
        setStatus(found.length === 0 ? 'No member blogs were found.' : '');
      })
      .catch((failure: unknown) => {
        setStatus('');
        setError(errorText(failure));
      });
  }, [client, feed.id]);

  const toggle = (url: string) =>
    setChosen((set) => {
      const next = new Set(set);
      if (!next.delete(url)) next.add(url);
      return next;
    });

  const subscribe = async () => {
    setStatus('Subscribing…');
    const done = await client.subscribeMembers({ feedId: feed.id, urls: [...chosen] });
    onDone({
      added: done.added,
      existing: done.existing,
      problems: done.problems.map((p) => ({ line: null, message: `${p.url}: ${p.message}` })),
    });
  };

  return (
    <Dialog title={`Members of “${feed.title}”`} onClose={onClose}>
      <p className="field-status" role="status">
        {status}
      </p>
      {members && members.length > 0 ? (
        <fieldset className="choices members">
          <legend>Subscribe to these blogs, in a folder named after the planet</legend>
          {members.map((member) => (
            <label key={member.url}>
              <input
                type="checkbox"
                checked={member.subscribed || chosen.has(member.url)}
                disabled={member.subscribed}
                onChange={() => toggle(member.url)}
              />
              <span className="member-title">{member.title}</span>
              <span className="member-url">{member.siteUrl ?? member.url}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <DialogFooter
        action="Subscribe"
        disabled={chosen.size === 0}
        onAction={() =>
          subscribe().catch((failure: unknown) => {
            setStatus('');
            setError(errorText(failure));
          })
        }
        onCancel={onClose}
        error={error}
      />
    </Dialog>
  );
}
