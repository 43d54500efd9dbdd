// Another process on the same data directory (the CLI) changes subscriptions, marks, posts or
// preferences: an open window should see it within two seconds, without a reload. SQLite's
// PRAGMA data_version changes when another connection commits, and reading it costs next to
// nothing, so a timer compares it (and the preferences file's stamp) a couple of times a second.

export interface ExternalChangeSources {
  /** PRAGMA data_version of this process's connection. */
  dataVersion(): number;
  /** Called when another process committed to the database. */
  onDatabaseChanged(): void;
  /** Checks the preferences file; called on every tick. */
  checkPreferences(): void;
}

export const externalCheckMs = 500;

/** Starts watching; returns the function that stops it. */
export function watchExternalChanges(
  sources: ExternalChangeSources,
  intervalMs = externalCheckMs,
): () => void {
  let seen = sources.dataVersion();
  const timer = setInterval(() => {
    try {
      const now = sources.dataVersion();
      if (now !== seen) {
        seen = now;
        sources.onDatabaseChanged();
      }
      sources.checkPreferences();
    } catch (error) {
      console.error('orrery: watching for other processes failed:', error);
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
