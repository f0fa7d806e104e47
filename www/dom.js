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

/** A `tag` element with a class and, if given, an id and its text. */
export function makeElement(doc, tag, className, { id, text } = {}) {
  const node = doc.createElement(tag);
  node.className = className;
  if (id) node.id = id;
  if (text !== undefined) node.textContent = text;
  return node;
}
