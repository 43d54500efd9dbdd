// A page with several feeds: each with its title and type (comments feeds last, as found).
import type { FeedCandidate, FoundFeeds } from '../../shared/model.ts';

const typeNames: Record<FeedCandidate['type'], string> = {
  rss: 'RSS',
  atom: 'Atom',
  json: 'JSON Feed',
};

interface Props {
  readonly found: FoundFeeds;
  readonly onChoose: (candidate: FeedCandidate) => void;
  readonly onCancel: () => void;
}

export function FeedCandidates({ found, onChoose, onCancel }: Props) {
  const ordered = [...found.candidates].sort((a, b) => Number(a.comments) - Number(b.comments));
  return (
    <div className="candidates" role="group" aria-label="Feeds found">
      <p>{found.candidates.length} feeds at this address. Subscribe to:</p>
      <ul>
        {ordered.map((candidate) => (
          <li key={candidate.url}>
            <button
              type="button"
              className="candidate"
              title={candidate.url}
              onClick={() => onChoose(candidate)}
            >
              <span className="candidate-title">{candidate.title || candidate.url}</span>
              <span className="candidate-type">
                {typeNames[candidate.type]}
                {candidate.comments ? ', comments' : ''}
                {candidate.subscribedFeedId !== null ? ', subscribed' : ''}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
