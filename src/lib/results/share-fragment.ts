// Apart from the share link codec (share-link.ts) so that a page can tell whether its address holds
// a share link without loading the codec, which most visits never need.

/** True when a fragment is meant to be a share link, rather than a jump to a heading. */
export function looksLikeShareFragment(fragment: string): boolean {
  return /^#?v[0-9]+\./.test(fragment);
}
