// How often feeds are checked by default, and whether new posts are announced.
import { PollIntervalSelect } from '../dialogs/PollIntervalSelect.tsx';
import { SettingsSection, type SectionProps } from './SettingsView.tsx';

export function UpdatesSection({ prefs, change }: SectionProps) {
  return (
    <SettingsSection title="Updates">
      <PollIntervalSelect
        label="Check feeds for new posts"
        value={prefs.pollIntervalMinutes}
        defaultMinutes={null}
        onChange={(minutes) => change({ pollIntervalMinutes: minutes ?? 60 })}
      />
      <p className="hint">A feed’s own interval, set in its Properties, wins over this one.</p>
      <label className="check">
        <input
          type="checkbox"
          checked={prefs.notifications}
          onChange={(event) => change({ notifications: event.target.checked })}
        />
        Notify about new posts
      </label>
    </SettingsSection>
  );
}
