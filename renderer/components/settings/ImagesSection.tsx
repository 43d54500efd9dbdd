// Remote images: whether Orrery downloads posts' images ahead (for offline reading), only when a
// post is opened, or never (each post then has a "Load images" button); and the cache's size.
import type { Preferences } from '../../../shared/api.ts';
import { SettingsSection, type SectionProps } from './SettingsView.tsx';

const choices: [Preferences['remoteImages'], string][] = [
  ['keep', 'Download and keep'],
  ['open', 'Only when I open a post'],
  ['never', 'Never'],
];

export function ImagesSection({ prefs, change }: SectionProps) {
  return (
    <SettingsSection title="Remote images">
      <div role="radiogroup" aria-label="Remote images" className="choices">
        {choices.map(([value, label]) => (
          <label key={value}>
            <input
              type="radio"
              name="remoteImages"
              value={value}
              checked={prefs.remoteImages === value}
              onChange={() => change({ remoteImages: value })}
            />
            {label}
          </label>
        ))}
      </div>
      <label className="field">
        Image cache limit (MB)
        <input
          type="number"
          min={50}
          step={50}
          value={prefs.imageCacheLimitMB}
          onChange={(event) => {
            const megabytes = Math.round(Number(event.target.value));
            if (Number.isFinite(megabytes) && megabytes >= 50)
              change({ imageCacheLimitMB: megabytes });
          }}
        />
      </label>
      <p className="hint">
        When the cache is full, images of the oldest read posts go first; starred posts keep theirs.
      </p>
    </SettingsSection>
  );
}
