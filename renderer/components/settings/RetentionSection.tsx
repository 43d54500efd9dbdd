// Retention (issue 8): how long read posts are kept and how many posts a feed keeps. Starred and
// unread posts are always kept; pruning runs in the background in small steps.
import { SettingsSection, type SectionProps } from './SettingsView.tsx';

const dayChoices = [7, 14, 30, 60, 90, 180, 365, 730, 3650];
const perFeedChoices = [100, 200, 500, 1000, 2000, 5000, 10_000];

/** The choices, with the current value among them even when it was set elsewhere (the CLI). */
function withCurrent(choices: readonly number[], current: number): number[] {
  return [...new Set([...choices, current])].sort((a, b) => a - b);
}

function days(n: number): string {
  if (n % 365 === 0) return n === 365 ? '1 year' : `${n / 365} years`;
  return n === 1 ? '1 day' : `${n} days`;
}

export function RetentionSection({ prefs, change }: SectionProps) {
  return (
    <SettingsSection title="Keeping posts">
      <label className="field">
        Keep read posts for
        <select
          value={prefs.keepReadDays}
          onChange={(event) => change({ keepReadDays: Number(event.target.value) })}
        >
          {withCurrent(dayChoices, prefs.keepReadDays).map((n) => (
            <option key={n} value={n}>
              {days(n)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        Keep at most, per feed
        <select
          value={prefs.maxPostsPerFeed}
          onChange={(event) => change({ maxPostsPerFeed: Number(event.target.value) })}
        >
          {withCurrent(perFeedChoices, prefs.maxPostsPerFeed).map((n) => (
            <option key={n} value={n}>
              {n.toLocaleString('en')} posts
            </option>
          ))}
        </select>
      </label>
      <p className="hint">Starred and unread posts are always kept.</p>
    </SettingsSection>
  );
}
