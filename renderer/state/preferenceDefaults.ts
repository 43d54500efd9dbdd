// The preferences the window assumes until the engine's answer: shared/api.ts's defaults, kept
// here as plain values because importing api.ts builds every schema of the contract with zod,
// which the window's first rows do not need. preferenceDefaults.test.ts keeps the two equal.
import type { Preferences } from '../../shared/api.ts';

export const windowDefaultPreferences: Preferences = {
  theme: 'system',
  paneWidths: [260, 420],
  pollIntervalMinutes: 60,
  closeToTray: true,
  notifications: true,
  collapsedFolders: [],
  remoteImages: 'keep',
  imageCacheLimitMB: 2048,
  keepReadDays: 90,
  maxPostsPerFeed: 1000,
};
