// Giving pruned space back to the file system a few pages at a time (auto_vacuum=incremental),
// so the database file stays bounded without one long VACUUM that would stall the app.
import type { DatabaseSync } from 'node:sqlite';

const incremental = 2;

export function vacuumQueries(db: DatabaseSync) {
  const mode = db.prepare('PRAGMA auto_vacuum');
  const freePages = db.prepare('PRAGMA freelist_count');

  function autoVacuumMode(): number {
    return (mode.get() as { auto_vacuum: number }).auto_vacuum;
  }

  return {
    /** Frees up to `pages` free pages: how many it freed, and how many remain. */
    vacuumStep(pages: number): { freed: number; remaining: number } {
      const before = (freePages.get() as { freelist_count: number }).freelist_count;
      if (autoVacuumMode() !== incremental || before === 0) return { freed: 0, remaining: 0 };
      db.exec(`PRAGMA incremental_vacuum(${Math.max(1, Math.floor(pages))})`);
      const after = (freePages.get() as { freelist_count: number }).freelist_count;
      return { freed: before - after, remaining: after };
    },
    /**
     * A database made before incremental vacuum was the default is converted by one full VACUUM.
     * Only the CLI's prune does this (its own process, on request): in the app it would stall.
     */
    enableIncrementalVacuum(): boolean {
      if (autoVacuumMode() === incremental) return false;
      db.exec('PRAGMA auto_vacuum = INCREMENTAL');
      db.exec('VACUUM');
      return true;
    },
  };
}
