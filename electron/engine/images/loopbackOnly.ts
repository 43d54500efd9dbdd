// Tests serve every feed and image from 127.0.0.x, but fixture feeds name real sites' images and
// icons: with ORRERY_LOOPBACK_ONLY=1 (set by `npm test`) the image cache fetches from loopback
// only, so a test run never sends a request to the internet.
export function allowedByTestGuard(url: string): boolean {
  if (process.env.ORRERY_LOOPBACK_ONLY !== '1') return true;
  try {
    const host = new URL(url).hostname;
    return host === 'localhost' || /^127\.\d+\.\d+\.\d+$/.test(host) || host === '[::1]';
  } catch {
    return false;
  }
}
