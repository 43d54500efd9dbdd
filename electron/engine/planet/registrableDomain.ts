// "Same site" for planet detection is the registrable domain (eTLD+1 from the Public Suffix
// List, private suffixes included so that two blogs on wordpress.com or blogspot.com are two
// sites): politics.example.com and weather.example.com are one news portal, not two members.
import { getDomain, parse } from 'tldts';

/** The registrable domain of an http(s) address; the bare host for IP addresses and single labels; null otherwise. */
export function registrableDomain(url: string | null): string | null {
  if (url === null) return null;
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return null;
  }
  if (host === '') return null;
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

/**
 * Is the site at this address named after this person? "Clinton Roy" → clintonroy.wordpress.com,
 * "Jeremy Visser" → jeremy.visser.name: a label, or the labels before the public suffix run
 * together, spell the name (letters and digits only, case and accents folded).
 */
export function siteNamedAfter(name: string, url: string | null): boolean {
  const compact = (text: string): string =>
    text
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '')
      .replace(/\p{M}/gu, '');
  const wanted = compact(name);
  if (wanted.length < 4 || url === null) return false;
  let hostname: string;
  try {
    hostname = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  const parsed = parse(hostname, { allowPrivateDomains: true });
  if (parsed.isIp || parsed.domainWithoutSuffix === null) return false;
  const labels = [...(parsed.subdomain ?? '').split('.'), parsed.domainWithoutSuffix].filter(
    (label) => label !== '' && label !== 'www',
  );
  return labels.some((label) => compact(label) === wanted) || compact(labels.join('')) === wanted;
}
