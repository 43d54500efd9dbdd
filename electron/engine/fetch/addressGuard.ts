// The SSRF guard. An address on this computer or a private network (addressClass.ts) is fetched
// only when the user typed or imported it; a redirect or discovered link from a public address
// to such an address is refused. The check is made on the address actually connected to: a hop
// that must stay public connects through agents whose lookup resolves the name once, keeps only
// public answers and hands exactly those to connect(), so a DNS answer that changes between a
// check and the connection (rebinding) has no second lookup to change.
import { promises as dns, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { isPublicAddress } from './addressClass.ts';
import { createAgents, type Agents } from './agents.ts';

/** Every answer DNS gives for a name (dns.lookup with all: true), injectable for tests. */
export type Resolve = (hostname: string) => Promise<readonly LookupAddress[]>;

export interface AddressGuard {
  /** True for an internet address; tests may declare a loopback address public. */
  readonly isPublic: (ip: string) => boolean;
  readonly resolve: Resolve;
}

export function createAddressGuard(parts: Partial<AddressGuard> = {}): AddressGuard {
  return {
    isPublic: parts.isPublic ?? isPublicAddress,
    resolve: parts.resolve ?? ((hostname) => dns.lookup(hostname, { all: true })),
  };
}

/** A Resolve over a socket lookup function (all answers). */
export function resolveWith(lookup: LookupFunction): Resolve {
  return (hostname) =>
    new Promise((resolve, reject) =>
      lookup(hostname, { all: true }, (error, addresses) =>
        error ? reject(error) : resolve(addresses as LookupAddress[]),
      ),
    );
}

/** The guard every engine fetch uses unless told otherwise. */
export const systemAddressGuard = createAddressGuard();

export class NonPublicAddressError extends Error {
  override name = 'NonPublicAddressError';
  readonly code = 'ENONPUBLIC';
  readonly host: string;
  readonly address: string;
  constructor(host: string, address: string) {
    super(`${host} is on this computer or a private network (${address})`);
    this.host = host;
    this.address = address;
  }
}

/** A hostname that is an IP literal is never looked up: judge it before connecting. */
export function refuseNonPublicLiteral(guard: AddressGuard, url: URL): void {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && !guard.isPublic(host)) throw new NonPublicAddressError(url.hostname, host);
}

const publicAgents = new WeakMap<AddressGuard, Agents>();

/** Keep-alive agents whose every socket was connected to a public address (so reuse is safe too). */
export function publicOnlyAgents(guard: AddressGuard): Agents {
  let agents = publicAgents.get(guard);
  if (!agents) {
    agents = createAgents({ lookup: publicLookup(guard) });
    publicAgents.set(guard, agents);
  }
  return agents;
}

/** The socket lookup of publicOnlyAgents: exported for tests with a fake resolver. */
export function publicLookup(guard: AddressGuard): LookupFunction {
  return (hostname, options, callback) => {
    const family =
      options.family === 4 || options.family === 'IPv4'
        ? 4
        : options.family === 6 || options.family === 'IPv6'
          ? 6
          : 0;
    guard.resolve(hostname).then(
      (answers) => {
        const ofFamily = family === 0 ? answers : answers.filter((a) => a.family === family);
        const usable = ofFamily.filter((a) => guard.isPublic(a.address));
        if (usable.length === 0) {
          const error = new NonPublicAddressError(hostname, ofFamily[0]?.address ?? 'no address');
          return options.all ? callback(error, []) : callback(error, '', 0);
        }
        if (options.all) return callback(null, usable);
        return callback(null, usable[0]!.address, usable[0]!.family);
      },
      (error: NodeJS.ErrnoException) =>
        options.all ? callback(error, []) : callback(error, '', 0),
    );
  };
}
