// A changed poll interval applies at once: the next check becomes last check + the new interval
// (never sooner than the feed's own ttl, never later than a day), except for feeds backing off
// after errors or never checked, whose schedule the poller owns.
import type { DatabaseSync } from 'node:sqlite';
import { maxIntervalMinutes } from '../poll/schedule.ts';

export function scheduleQueries(db: DatabaseSync) {
  const update = db.prepare(
    `UPDATE feeds SET next_check_at = strftime('%Y-%m-%dT%H:%M:%fZ', last_checked_at,
       '+' || min(max(ifnull(interval_minutes, :interval), ifnull(ttl_minutes, 0)), :max) || ' minutes')
     WHERE status = 'ok' AND error_count = 0 AND last_checked_at IS NOT NULL
       AND (CASE WHEN :feed IS NULL THEN interval_minutes IS NULL ELSE id = :feed END)`,
  );
  const version = db.prepare('PRAGMA data_version');

  return {
    reschedule(defaultIntervalMinutes: number, feedId?: number): void {
      update.run({
        interval: defaultIntervalMinutes,
        max: maxIntervalMinutes,
        feed: feedId ?? null,
      });
    },
    dataVersion: (): number => (version.get() as { data_version: number }).data_version,
  };
}
