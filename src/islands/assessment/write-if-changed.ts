// The island brings the server-rendered form up to date on every change, on waking too. Writing a
// value an element already has still counts as a change to the browser (writing the same text
// replaces the text node), and each one makes it lay the page out again: with 40 questions that
// is a whole layout of the form for nothing. So each write here happens only when it changes something.

/** Sets an element's text, unless it already reads so. */
export function setText(element: Element, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

/** Hides or shows an element, unless it already is. */
export function setHidden(element: HTMLElement, hidden: boolean): void {
  if (element.hidden !== hidden) element.hidden = hidden;
}

/** Sets one of an element's data attributes, unless it already has that value. */
export function setData(element: HTMLElement, key: string, value: string): void {
  if (element.dataset[key] !== value) element.dataset[key] = value;
}
