import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  backupDefaultName,
  backupSummary,
  backupTarget,
} from '../../../electron/shell/backupDialog.ts';

const live = '/home/kerrie/.config/Orrery/orrery.sqlite';

test('the default name says what and when', () => {
  assert.equal(
    backupDefaultName(new Date('2026-12-03T07:00:00Z')),
    'orrery-backup-2026-12-03.sqlite',
  );
});

test('a cancelled or empty answer writes nothing', () => {
  assert.deepEqual(backupTarget({ canceled: true, filePath: '/tmp/x.sqlite' }, live), {
    kind: 'cancelled',
  });
  assert.deepEqual(backupTarget({ canceled: false, filePath: '  ' }, live), { kind: 'cancelled' });
  assert.deepEqual(backupTarget({ canceled: false }, live), { kind: 'cancelled' });
});

test('the live database and its journals are refused with a sentence', () => {
  for (const path of [
    live,
    `${live}-wal`,
    `${live}-shm`,
    '/home/kerrie/.config/Orrery/../Orrery/orrery.sqlite',
  ]) {
    const target = backupTarget({ canceled: false, filePath: path }, live);
    assert.equal(target.kind, 'refused', path);
    assert.match(target.kind === 'refused' ? target.message : '', /choose another file/);
  }
});

test('a name without an extension gets .sqlite; others are kept as given', () => {
  assert.deepEqual(backupTarget({ canceled: false, filePath: '/media/usb/orrery' }, live), {
    kind: 'file',
    path: '/media/usb/orrery.sqlite',
  });
  assert.deepEqual(backupTarget({ canceled: false, filePath: '/media/usb/reader.db' }, live), {
    kind: 'file',
    path: '/media/usb/reader.db',
  });
});

test('the summary names the file, its size and how to restore', () => {
  const { message, detail } = backupSummary('/media/usb/orrery.sqlite', 3 * 1024 * 1024);
  assert.match(message, /Backed up/);
  assert.match(detail, /orrery\.sqlite \(3\.0 MB\)/);
  assert.match(detail, /quit Orrery/);
});
