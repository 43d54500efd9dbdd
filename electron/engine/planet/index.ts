// Post identity and the planet merge: pure functions over parsed values.
export { canonicalLink, siteHost } from './canonicalLink.ts';
export { isPlanetFeed } from './isPlanetFeed.ts';
export { splitPlanetTitle } from './splitPlanetTitle.ts';
export { planetContext, planetMemberNames } from './planetMembers.ts';
export { registrableDomain } from './registrableDomain.ts';
export { identityKeys, isGlobalGuid, type IdentityContext } from './identityKeys.ts';
export { toIncomingPost, type IncomingPost, type PostContext } from './incomingPost.ts';
export {
  incomingWins,
  mergePlanetEntry,
  sameStoredValues,
  type StoredPostValues,
} from './mergePlanetEntry.ts';
