// What `npm start` should start: the desktop app where Electron can run, otherwise the browser
// preview on the same data directory (README's one command always gets a person to the reader).
// Pure functions over the platform and the environment, so the decision is tested exactly.

export type StartPlan =
  { readonly face: 'electron' } | { readonly face: 'preview'; readonly reason: string };

/** A graphical session Electron could open a window in (macOS and Windows always have one). */
export function hasDisplay(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): boolean {
  if (platform === 'darwin' || platform === 'win32') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

export function planStart(input: {
  readonly platform: NodeJS.Platform;
  readonly env: NodeJS.ProcessEnv;
  /** Whether Electron's binary is there (after one bounded download attempt, when a display is). */
  readonly binaryPresent: boolean;
}): StartPlan {
  if (!hasDisplay(input.platform, input.env)) {
    return {
      face: 'preview',
      reason:
        'There is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so the desktop window cannot open; starting the browser preview instead.',
    };
  }
  if (!input.binaryPresent) {
    return {
      face: 'preview',
      reason:
        "Electron's binary is not installed and could not be downloaded, so the desktop app cannot start here; starting the browser preview instead (same engine and UI).",
    };
  }
  return { face: 'electron' };
}

/** The command that opens an address in the system browser, or null where none should be opened
 * (CI, tests, ORRERY_NO_BROWSER, a session without a display). */
export function browserCommand(
  url: string,
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
): { command: string; args: string[] } | null {
  if (env.CI || env.ORRERY_NO_BROWSER || env.NODE_TEST_CONTEXT) return null;
  if (platform === 'darwin') return { command: 'open', args: [url] };
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url] };
  return hasDisplay(platform, env) ? { command: 'xdg-open', args: [url] } : null;
}
