import { contrastText, readAccentFromSearch } from '../lib/embed/accent';
import { staysInFrame } from '../lib/embed/link-target';
import { createHeightMessage, isMeasureRequest } from '../lib/embed/message';

// A trust may pass ?accent=#rrggbb; anything that is not a plain hex colour is ignored. CSSOM
// writes are allowed by the CSP, unlike style attributes.
const accent = readAccentFromSearch(window.location.search);
if (accent) {
  document.documentElement.style.setProperty('--accent', accent);
  document.documentElement.style.setProperty('--on-accent', contrastText(accent));
}

// Tell the host page how tall the content is whenever that changes (answers, opened help, results),
// so embed.js can size the iframe without an inner scrollbar. Only a height is sent, so '*' is safe.
const root = document.querySelector<HTMLElement>('.embed-root');
if (root && window.parent !== window) {
  let last = 0;
  const post = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height > 0 && height !== last) {
      last = height;
      window.parent.postMessage(createHeightMessage(height), '*');
    }
  };
  new ResizeObserver(post).observe(root);
  post();
  // embed.js asks again when it starts, in case it missed the first message.
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent || !isMeasureRequest(event.data)) return;
    last = 0;
    post();
  });
}

// The layout's <base target="_blank"> opens every link in a new tab, so a click never takes the
// trust's frame away. A jump within the page or a download is no navigation: it stays here. The
// target is set while the click is on its way, before the browser follows the link.
document.addEventListener(
  'click',
  (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (
      link instanceof HTMLAnchorElement &&
      !link.hasAttribute('target') &&
      staysInFrame(link.href, location.href, link.hasAttribute('download'))
    )
      link.target = '_self';
  },
  true,
);
