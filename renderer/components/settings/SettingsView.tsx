// Settings, in the article pane: one section per subject. A later setting (accounts, images,
// retention) is a new small section component and one line in `sections` below.
import { useEffect, useRef } from 'react';
import type { OrreryClient, Preferences } from '../../../shared/api.ts';
import { AccountsSection } from './AccountsSection.tsx';
import { AppearanceSection } from './AppearanceSection.tsx';
import { BackgroundSection } from './BackgroundSection.tsx';
import { ImagesSection } from './ImagesSection.tsx';
import { RetentionSection } from './RetentionSection.tsx';
import { UpdatesSection } from './UpdatesSection.tsx';

export interface SectionProps {
  readonly prefs: Preferences;
  /** Applies at once and persists. */
  readonly change: (patch: Partial<Preferences>) => void;
  readonly desktop: boolean;
  /** For sections that call the engine themselves (accounts). */
  readonly client: OrreryClient;
  readonly fail: (error: unknown) => void;
}

const sections: readonly ((props: SectionProps) => React.ReactNode)[] = [
  AppearanceSection,
  UpdatesSection,
  ImagesSection,
  BackgroundSection,
  RetentionSection,
  AccountsSection,
];

interface Props extends SectionProps {
  readonly onClose: () => void;
}

export function SettingsView({ onClose, ...props }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section
      className="settings"
      aria-labelledby="settings-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <header className="settings-header">
        <h1 id="settings-title" ref={heading} tabIndex={-1}>
          Settings
        </h1>
        <button type="button" className="button" onClick={onClose}>
          Close settings
        </button>
      </header>
      {sections.map((Section, index) => (
        <Section key={index} {...props} />
      ))}
    </section>
  );
}

/** One section: a heading and its controls. */
export function SettingsSection({
  title,
  children,
}: {
  readonly title: string;
  readonly children: React.ReactNode;
}) {
  return (
    <fieldset className="settings-section">
      <legend>{title}</legend>
      {children}
    </fieldset>
  );
}
