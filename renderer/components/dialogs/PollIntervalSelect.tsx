// How often a feed is checked: a few sensible choices, or (for a feed) the default.
const choices = [15, 30, 60, 120, 240, 360, 720, 1440];

export function intervalLabel(minutes: number): string {
  if (minutes < 60) return `Every ${minutes} minutes`;
  const hours = minutes / 60;
  return hours === 1 ? 'Every hour' : `Every ${hours} hours`;
}

interface Props {
  readonly label: string;
  /** null: the default (only offered when `defaultMinutes` is given). */
  readonly value: number | null;
  readonly defaultMinutes: number | null;
  readonly onChange: (minutes: number | null) => void;
}

export function PollIntervalSelect({ label, value, defaultMinutes, onChange }: Props) {
  const options = value === null || choices.includes(value) ? choices : [...choices, value];
  return (
    <label className="field">
      <span>{label}</span>
      <select
        value={value === null ? '' : String(value)}
        onChange={(event) =>
          onChange(event.target.value === '' ? null : Number(event.target.value))
        }
      >
        {defaultMinutes !== null ? (
          <option value="">Default ({intervalLabel(defaultMinutes).toLowerCase()})</option>
        ) : null}
        {[...options]
          .sort((a, b) => a - b)
          .map((minutes) => (
            <option key={minutes} value={minutes}>
              {intervalLabel(minutes)}
            </option>
          ))}
      </select>
    </label>
  );
}
