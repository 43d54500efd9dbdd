// The line under the list: a search that stopped at its newest matches says "1000+ found".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listStatusText } from '../../../../renderer/state/listStatus.ts';

test('a capped search says it found more; otherwise the exact count', () => {
  assert.equal(listStatusText(1000, true, 'kernel', 'all entries'), '1000+ found in all entries');
  assert.equal(listStatusText(12, false, 'kernel', 'Planets'), '12 found in Planets');
  assert.equal(listStatusText(340, false, undefined, 'Planets'), '340 entries');
  assert.equal(listStatusText(340, false, '', 'Planets'), '340 entries');
});
