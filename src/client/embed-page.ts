import { contrastText, readAccentFromSearch } from '../lib/embed/accent';
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
