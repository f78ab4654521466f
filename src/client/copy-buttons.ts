// "Copy" buttons next to read-only snippets: each names its textarea in data-copy and reports
// the outcome in a shared live region.
const copyStatus = document.querySelector<HTMLElement>('#copy-status');

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const source = document.getElementById(button.dataset.copy ?? '') as HTMLTextAreaElement | null;
    if (!source) return;
    try {
      await navigator.clipboard.writeText(source.value);
      if (copyStatus) copyStatus.textContent = `${button.dataset.label ?? 'Snippet'} copied.`;
    } catch {
      source.select();
      if (copyStatus)
        copyStatus.textContent =
          'Your browser did not let the page copy: the snippet is selected, so press Ctrl+C (or Cmd+C) to copy it.';
    }
  });
}
