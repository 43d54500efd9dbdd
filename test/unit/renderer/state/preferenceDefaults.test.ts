import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultPreferences } from '../../../../shared/api.ts';
import { windowDefaultPreferences } from '../../../../renderer/state/preferenceDefaults.ts';

test("the window's preferences before the engine answers are the contract's defaults", () => {
  assert.deepEqual(windowDefaultPreferences, defaultPreferences);
});
