// Keep polling when the window is closed: only the desktop app has a tray to keep running in.
import { SettingsSection, type SectionProps } from './SettingsView.tsx';

export function BackgroundSection({ prefs, change, desktop }: SectionProps) {
  if (!desktop) return null;
  return (
    <SettingsSection title="When the window is closed">
      <label className="check">
        <input
          type="checkbox"
          checked={prefs.closeToTray}
          onChange={(event) => change({ closeToTray: event.target.checked })}
        />
        Keep polling when closed
      </label>
    </SettingsSection>
  );
}
