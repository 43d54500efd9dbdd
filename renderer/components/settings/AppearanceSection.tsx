// Theme: follow the system, light or dark.
import type { Preferences } from '../../../shared/api.ts';
import { SettingsSection, type SectionProps } from './SettingsView.tsx';

const themes: [Preferences['theme'], string][] = [
  ['system', 'Follow the system'],
  ['light', 'Light'],
  ['dark', 'Dark'],
];

export function AppearanceSection({ prefs, change }: SectionProps) {
  return (
    <SettingsSection title="Appearance">
      <div role="radiogroup" aria-label="Theme" className="choices">
        {themes.map(([value, label]) => (
          <label key={value}>
            <input
              type="radio"
              name="theme"
              value={value}
              checked={prefs.theme === value}
              onChange={() => change({ theme: value })}
            />
            {label}
          </label>
        ))}
      </div>
    </SettingsSection>
  );
}
