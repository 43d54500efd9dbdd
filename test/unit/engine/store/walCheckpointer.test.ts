// Background checkpoints (store/walCheckpointer.ts) on a real SQLite file: while they run the
// writer's own checkpoints are off and the worker copies the WAL into the database file; stop()
// leaves the database file complete and the connection checkpointing for itself again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { openDatabase } from '../../../../electron/engine/store/database.ts';
import { startBackgroundCheckpoints } from '../../../../electron/engine/store/walCheckpointer.ts';
import { tempDir } from '../../../support/fixtures.ts';

const autoCheckpoint = (db: DatabaseSync): number =>
  (db.prepare('PRAGMA wal_autocheckpoint').get() as { wal_autocheckpoint: number })
    .wal_autocheckpoint;

test('the worker copies the WAL into the database file; stop() gives checkpoints back', async () => {
  const dir = tempDir('orrery-checkpoint-');
  try {
    const file = join(dir.path, 'orrery.sqlite');
    const db = openDatabase(file);
    db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
    const insert = db.prepare('INSERT INTO notes (text) VALUES (?)');
    const checkpoints = startBackgroundCheckpoints(db, file);
    assert.equal(autoCheckpoint(db), 0, "the writer's own checkpoints are off");
    for (let step = 0; step < 40; step++) {
      db.exec('BEGIN');
      for (let i = 0; i < 50; i++) insert.run('x'.repeat(2000));
      db.exec('COMMIT');
      await checkpoints.between();
    }
    await checkpoints.stop();
    assert.equal(autoCheckpoint(db), 1000);
    assert.equal(statSync(`${file}-wal`).size, 0, 'the last checkpoint cut the WAL file back');

    // The database file alone (no WAL beside it) holds every committed row.
    const alone = join(dir.path, 'alone.sqlite');
    copyFileSync(file, alone);
    const copy = new DatabaseSync(alone, { readOnly: true });
    try {
      assert.equal(
        (copy.prepare('SELECT count(*) AS n FROM notes').get() as { n: number }).n,
        2000,
      );
    } finally {
      copy.close();
    }
    db.close();
  } finally {
    dir.dispose();
  }
});

test('an in-memory store has no WAL: nothing starts', async () => {
  const db = new DatabaseSync(':memory:');
  const checkpoints = startBackgroundCheckpoints(db, ':memory:');
  await checkpoints.between();
  await checkpoints.stop();
  assert.equal(autoCheckpoint(db), 1000);
  db.close();
});
