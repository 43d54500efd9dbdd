// One fetch's rule for where its hops may go (addressGuard.ts): a chain the user started may
// reach non-public addresses until a hop connects to a public one; from then on, and for chains
// the user did not start, every hop must connect to a public address.
import type { Agents } from './agents.ts';
import type { NonPublicAddressError } from './addressGuard.ts';
import type { LookupFunction } from 'node:net';
import {
  publicLookup,
  publicOnlyAgents,
  refuseNonPublicLiteral,
  resolveWith,
  type AddressGuard,
} from './addressGuard.ts';

export class AddressPolicy {
  readonly #guard: AddressGuard | undefined;
  #mayReachNonPublic: boolean;
  #reachedPublic = false;

  constructor(guard: AddressGuard | undefined, userGiven: boolean) {
    this.#guard = guard;
    this.#mayReachNonPublic = userGiven;
  }

  /** Some hop connected to a public address. */
  get reachedPublic(): boolean {
    return this.#reachedPublic;
  }

  /** The pools for the next hop (undefined: any address); refuses a literal address it may not reach. */
  agentsFor(url: URL): Agents | undefined {
    if (!this.#guard || this.#mayReachNonPublic) return undefined;
    refuseNonPublicLiteral(this.#guard, url);
    return publicOnlyAgents(this.#guard);
  }

  /**
   * The socket lookup to pass with the request: a caller's own lookup (tests that make the
   * network vanish) is used as is where any address may be reached, and behind the guard's check
   * where only public ones may: it never replaces the check.
   */
  lookupFor(url: URL, lookup: LookupFunction | undefined): LookupFunction | undefined {
    if (!lookup || !this.#guard || this.#mayReachNonPublic) return lookup;
    return publicLookup({ ...this.#guard, resolve: resolveWith(lookup) });
  }

  /** After the response headers: the address actually connected decides what later hops may reach. */
  connectedTo(remoteAddress: string | undefined): void {
    if (!this.#guard || remoteAddress === undefined) return;
    if (this.#guard.isPublic(remoteAddress)) {
      this.#reachedPublic = true;
      this.#mayReachNonPublic = false;
    }
  }
}

/** The sentence for a refused hop: a redirect, or an address that came from a feed or page. */
export function nonPublicMessage(error: NonPublicAddressError, redirected: boolean): string {
  const what = `${error.host} is on this computer or a private network (${error.address})`;
  return redirected
    ? `Refused to follow a redirect: ${what}. Orrery goes there only when you type or import such an address yourself.`
    : `Refused: ${what}, and this address came from a feed or a web page, not from you. Orrery goes there only when you type or import such an address yourself.`;
}
