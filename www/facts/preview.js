// The sentence preview: hovering or focusing a fact shows the sentence it comes from in a small
// popover beside it, the fact's own words in bold. One popover for the whole panel, filled with
// text nodes; placed by CSS anchor positioning (the hovered item gets the anchor class), so no
// inline style is needed under the page's CSP.

const HOVER_DELAY_MS = 180;
const MAX_CHARS = 420; // a longer sentence is clipped around the fact

/**
 * @param {HTMLElement} container the panel whose `button[data-start]` items get previews
 * @param {(button: HTMLElement) => ({text: string, focusStart: number, focusEnd: number} | null)} sentenceOf
 *   the sentence of an item and where the item sits in it
 * @returns {{ hide(): void }}
 */
export function createPreview(container, sentenceOf) {
  const doc = container.ownerDocument;
  const tip = doc.createElement('div');
  tip.id = 'fact-preview';
  tip.className = 'fact-preview';
  tip.setAttribute('role', 'tooltip');
  tip.popover = 'manual';
  doc.body.append(tip);
  let current = null;
  let timer = 0;

  const hide = () => {
    clearTimeout(timer);
    if (!current) return;
    current.classList.remove('is-previewed');
    current.removeAttribute('aria-describedby');
    current = null;
    if (tip.matches(':popover-open')) tip.hidePopover();
  };

  const show = (button) => {
    clearTimeout(timer);
    if (current === button) return;
    hide();
    const sentence = button.isConnected ? sentenceOf(button) : null;
    if (!sentence) return;
    tip.replaceChildren(...pieces(doc, sentence));
    current = button;
    button.classList.add('is-previewed');
    button.setAttribute('aria-describedby', tip.id);
    tip.showPopover();
  };

  const itemOf = (target) => {
    const button = target instanceof Element ? target.closest('button[data-start]') : null;
    return button && container.contains(button) ? button : null;
  };

  container.addEventListener('pointerover', (event) => {
    const button = itemOf(event.target);
    if (!button) return;
    clearTimeout(timer);
    timer = setTimeout(() => show(button), current ? 0 : HOVER_DELAY_MS);
  });
  container.addEventListener('pointerout', (event) => {
    const from = itemOf(event.target);
    if (from && from.contains(event.relatedTarget)) return;
    clearTimeout(timer);
    if (from === current) hide();
  });
  container.addEventListener('focusin', (event) => {
    const button = itemOf(event.target);
    if (button && button.matches(':focus-visible')) show(button);
  });
  container.addEventListener('focusout', hide);
  container.addEventListener('scroll', hide, { capture: true, passive: true });
  container.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && current) {
      event.stopPropagation();
      hide();
    }
  });
  return { hide };
}

/** The sentence as text nodes around a <strong> for the fact, clipped if very long. */
function pieces(doc, { text, focusStart, focusEnd }) {
  let from = 0;
  let to = text.length;
  if (to > MAX_CHARS) {
    const room = Math.max(0, MAX_CHARS - (focusEnd - focusStart)) >> 1;
    from = Math.max(0, focusStart - room);
    to = Math.min(text.length, focusEnd + room);
  }
  const strong = doc.createElement('strong');
  strong.textContent = text.slice(focusStart, focusEnd);
  return [
    doc.createTextNode(`${from > 0 ? '…' : ''}${text.slice(from, focusStart)}`),
    strong,
    doc.createTextNode(`${text.slice(focusEnd, to)}${to < text.length ? '…' : ''}`),
  ];
}
