// An honest User-Agent: site owners can see who polls them and which version.
import packageJson from '../../../package.json' with { type: 'json' };

export const orreryVersion: string = packageJson.version;

export const defaultUserAgent = `Orrery/${orreryVersion} (desktop feed reader)`;
