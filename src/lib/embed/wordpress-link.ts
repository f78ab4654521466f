// WordPress shows another site's oEmbed frame sandboxed with scripts only: no popups, so a link to
// a new tab does nothing. It adds a secret to the frame's address (`#?secret=…`) and its page
// script (wp-embed) follows a link for the frame when the frame posts
// `{ message: 'link', value, secret }` with that secret, for an address on the frame's own host.

const SECRET = /^#\?secret=([A-Za-z0-9]{1,64})$/;

/** The secret WordPress put in the frame's address, or null when the frame is not WordPress's. */
export function readWordPressSecret(hash: string): string | null {
  return SECRET.exec(hash)?.[1] ?? null;
}

/** The message that asks a WordPress page to follow `url` for the frame holding `secret`. */
export function wordPressLinkMessage(secret: string, url: string): { message: 'link'; value: string; secret: string } {
  return { message: 'link', value: url, secret };
}
