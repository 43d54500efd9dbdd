// Managing subscriptions from the feed pane: New folder…, Import OPML…, Export OPML…, Settings.
interface Props {
  readonly onNewFolder: () => void;
  readonly onImport: () => void;
  readonly onExport: () => void;
  readonly onSettings: () => void;
  readonly settingsOpen: boolean;
}

export function FeedsToolbar({ onNewFolder, onImport, onExport, onSettings, settingsOpen }: Props) {
  return (
    <div className="feeds-toolbar" role="toolbar" aria-label="Subscriptions">
      <button type="button" className="tool" onClick={onNewFolder} title="New folder…">
        New folder…
      </button>
      <button
        type="button"
        className="tool"
        onClick={onImport}
        title="Import OPML… (or drop a file)"
      >
        Import OPML…
      </button>
      <button type="button" className="tool" onClick={onExport} title="Export OPML…">
        Export OPML…
      </button>
      <button
        type="button"
        className="tool"
        onClick={onSettings}
        aria-pressed={settingsOpen}
        title="Settings"
      >
        Settings
      </button>
    </div>
  );
}
