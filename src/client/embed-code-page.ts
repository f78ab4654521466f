import { to } from '../config/addresses';
import { readChosenPage, readOembedTitle } from '../lib/embed/read-chosen-page';
import { buildEmbedCodes, type EmbedCodes } from '../lib/embed/embed-codes';

// The embed-code page (src/components/embed/EmbedCode.astro) is built once, with placeholders. Here
// it fills in the codes of the page its address names (?page=guidance/<id>), taking the title from
// that page's oEmbed file, which every embeddable page has: no list of pages is shipped.

const root = document.querySelector<HTMLElement>('#embed-codes');
const status = document.querySelector<HTMLElement>('#embed-status');

function byId<T extends HTMLElement>(id: string): T | null {
  return document.getElementById(id) as T | null;
}

function showProblem(message: string): void {
  if (!status) return;
  const notice = document.createElement('p');
  notice.className = 'notice warning';
  notice.textContent = message;
  status.replaceChildren(notice);
}

function fill(fullPath: string, title: string, codes: EmbedCodes, siteUrl: string): void {
  document.title = document.title.replace(/^Embed a page/, `Embed: ${title}`);
  const heading = byId('embed-title');
  if (heading) heading.textContent = `Embed “${title}”`;
  const link = document.createElement('a');
  link.href = to.page(fullPath);
  link.textContent = title;
  byId('chosen-page')?.replaceChildren(link);
  byId('fill-in')?.setAttribute('hidden', '');
  const address = byId('full-address');
  if (address) address.textContent = new URL(fullPath.slice(1), siteUrl).href;
  for (const [id, code] of [
    ['snippet-card', codes.card],
    ['snippet-script', codes.withScript],
    ['snippet-plain', codes.plain],
  ] as const) {
    const area = byId<HTMLTextAreaElement>(id);
    if (area) area.value = code;
  }
  const card = byId<HTMLIFrameElement>('preview-card');
  const frame = byId<HTMLIFrameElement>('preview-frame');
  if (card && frame) {
    card.title = `Card preview: ${title}`;
    card.src = to.page(`/embed/card${fullPath}`);
    frame.title = `Preview: ${title}`;
    frame.src = to.embed(fullPath);
    byId('preview')?.removeAttribute('hidden');
  }
}

async function start(): Promise<void> {
  if (!root) return;
  const chosen = readChosenPage(window.location.search);
  if (chosen.kind === 'none') return;
  if (chosen.kind === 'invalid') return showProblem(chosen.message);
  let response: Response;
  try {
    response = await fetch(to.oembed(chosen.fullPath));
  } catch {
    return showProblem(
      'The codes could not be made: this page could not reach the site. Check your connection and reload.',
    );
  }
  const title = response.ok ? readOembedTitle(await response.json().catch(() => null)) : null;
  if (title === null) {
    return showProblem(
      `There is no page at ${chosen.fullPath} to embed: it may have been renamed or removed. Use the “Embed this” link at the foot of the page you want to show, or fill in the codes below by hand.`,
    );
  }
  const siteUrl = root.dataset.siteUrl ?? '';
  const height = Number(root.dataset.height);
  fill(chosen.fullPath, title, buildEmbedCodes({ siteUrl, fullPath: chosen.fullPath, title, height }), siteUrl);
}

void start();
