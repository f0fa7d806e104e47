// The "new label" form: a name and a colour for a label of the user's own, checked as the core
// checks label names (src/label.rs) and for readable text on the colour. Used by the
// corrections menu (correct/) and the dictionary manager, so both create labels the same way.

import { LABELS, customLabelProblem, normaliseLabelName, readableColours } from '../labels.js';
import { makeElement } from '../dom.js';

/** The colour the picker offers first: a light amber that dark text reads well on. */
const FIRST_COLOUR = '#f6c177';

/**
 * Builds the form. `create({ id, colour })` runs on submit with a valid new label: `id` as the
 * core reads it, `colour` its highlight colour, one the page's text is readable on. A
 * built-in label's name is passed through as `id` with no colour, so typing "place" labels the
 * words a place. A bad name is refused with its reason under the form.
 * @param {Document} doc
 * @param {string} idPrefix makes the fields' ids unique on the page
 * @param {(label: {id: string, colour: string | null}) => void} create
 * @returns {{ form: HTMLFormElement, reset(): void, focus(): void }}
 */
export function createNewLabelForm(doc, idPrefix, create) {
  const form = doc.createElement('form');
  form.className = 'new-label';
  form.noValidate = true;
  form.autocomplete = 'off';

  const name = field(doc, 'text', `${idPrefix}-name`, 'New label');
  name.input.placeholder = 'WEAPON';
  name.input.spellcheck = false;
  name.input.maxLength = 40;
  const colour = field(doc, 'color', `${idPrefix}-colour`, 'Colour');
  colour.input.value = FIRST_COLOUR;
  const submit = makeElement(doc, 'button', 'button button-small', { text: 'Create label' });
  submit.type = 'submit';
  const problem = makeElement(doc, 'p', 'new-label-problem', { id: `${idPrefix}-problem` });
  problem.setAttribute('role', 'alert');
  name.input.setAttribute('aria-describedby', problem.id);
  form.append(name.label, colour.label, submit, problem);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const id = normaliseLabelName(name.input.value);
    if (LABELS.some((l) => l.id === id)) {
      create({ id, colour: null });
      return;
    }
    const why = customLabelProblem(id);
    if (why) {
      problem.textContent = `${why}.`;
      name.input.setAttribute('aria-invalid', 'true');
      name.input.focus();
      return;
    }
    // A colour too dark for the page's ink is not used as picked: the picker is moved to the
    // nearest readable colour and the user is told, so the label is only made with a colour
    // they have seen.
    const pick = colour.input.value;
    const { bg, adjusted } = readableColours(pick);
    if (adjusted) {
      colour.input.value = bg;
      problem.textContent = `${pick} is too dark to read text on, so the colour is now ${bg}. Create the label again to use it, or pick another colour.`;
      return;
    }
    create({ id, colour: pick });
  });
  colour.input.addEventListener('input', () => {
    problem.textContent = '';
  });
  name.input.addEventListener('input', () => {
    problem.textContent = '';
    name.input.removeAttribute('aria-invalid');
  });

  return {
    form,
    reset() {
      name.input.value = '';
      problem.textContent = '';
      name.input.removeAttribute('aria-invalid');
    },
    focus() {
      name.input.focus();
    },
  };
}

function field(doc, type, id, text) {
  const label = doc.createElement('label');
  label.htmlFor = id;
  label.className = 'new-label-field';
  const input = doc.createElement('input');
  input.type = type;
  input.id = id;
  input.name = id;
  input.autocomplete = 'off';
  label.append(doc.createTextNode(text), input);
  return { label, input };
}
