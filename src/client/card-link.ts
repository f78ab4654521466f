import { readWordPressSecret, wordPressLinkMessage } from '../lib/embed/wordpress-link';

// The card's button opens the full page in a new tab (its base target) with no script at all. Inside
// WordPress's sandbox a new tab is refused, so there the button asks WordPress to follow it instead.
const secret = readWordPressSecret(window.location.hash);
if (secret && window.parent !== window) {
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!(link instanceof HTMLAnchorElement)) return;
    event.preventDefault();
    // Where the host allows popups after all, the new tab opens as it would without this script.
    const opened = window.open(link.href, '_blank');
    if (opened) opened.opener = null;
    else window.parent.postMessage(wordPressLinkMessage(secret, link.href), '*');
  });
}
