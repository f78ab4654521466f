/**
 * Whether a link in an embed page should stay in the frame rather than open a new tab (which the
 * embed layout's `<base target="_blank">` makes the default): a jump to a part of the same page, or
 * a file download, is not a navigation away from it.
 */
export function staysInFrame(href: string, pageUrl: string, isDownload: boolean): boolean {
  if (isDownload) return true;
  let target: URL;
  const page = new URL(pageUrl);
  try {
    target = new URL(href, page);
  } catch {
    return false;
  }
  return (
    target.hash !== '' &&
    target.origin === page.origin &&
    target.pathname === page.pathname &&
    target.search === page.search
  );
}
