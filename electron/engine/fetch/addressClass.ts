// Which IP addresses are "public": reachable on the internet, not this machine or a private
// network. Feeds, redirects and discovered links come from strangers; they must not point Orrery
// at the user's router, a cloud metadata service or a local admin page (see addressGuard.ts).
import { BlockList, isIP } from 'node:net';

const nonPublicV4: readonly [string, number][] = [
  ['0.0.0.0', 8], // "this network", incl. 0.0.0.0 (unspecified, reaches this host on Linux)
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT (shared address space)
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, incl. 169.254.169.254 (cloud metadata)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, incl. 255.255.255.255 broadcast
];

const nonPublicV6: readonly [string, number][] = [
  ['::', 96], // unspecified (::), loopback (::1) and the old IPv4-compatible form
  // IPv4-mapped (::ffff:a.b.c.d) needs no rule: BlockList checks it against the IPv4 rules.
  ['64:ff9b:1::', 48], // local-use NAT64
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // old site-local
  ['ff00::', 8], // multicast
];

const nonPublic = new BlockList();
for (const [network, prefix] of nonPublicV4) nonPublic.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of nonPublicV6) nonPublic.addSubnet(network, prefix, 'ipv6');

/** Well-known NAT64 (64:ff9b::/96) carries an IPv4 address in its last 32 bits: judge that one. */
const nat64 = /^64:ff9b::(?:ffff:)?([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i;

/** True for an address on the internet; false for loopback, private, link-local, unspecified and the like. */
export function isPublicAddress(address: string): boolean {
  const ip = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  const family = isIP(ip);
  if (family === 4) return !nonPublic.check(ip, 'ipv4');
  if (family !== 6) return false; // not an address at all: nothing to connect to
  const embedded = nat64.exec(ip);
  if (embedded) return isPublicAddress(ipv4FromHex(embedded[1]!, embedded[2]!));
  // A zone index (fe80::1%eth0) only exists on link-local addresses.
  if (ip.includes('%')) return false;
  return !nonPublic.check(ip, 'ipv6');
}

function ipv4FromHex(high: string, low: string): string {
  const h = parseInt(high, 16);
  const l = parseInt(low, 16);
  return `${h >> 8}.${h & 255}.${l >> 8}.${l & 255}`;
}
