// Small DOM builders shared by the page's features. Text goes in as textContent only.

/** A `<button type="button">` with a class, its text and `data-*` values. */
export function makeButton(doc, text, className, data = {}) {
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = className;
  Object.assign(button.dataset, data);
  button.textContent = text;
  return button;
}
