// Hiding a label and flashing an entity's mentions as stylesheet rules over the view container.
//
// A megabyte of text holds tens of thousands of marks. Walking them to add a class (or, worse,
// reading `offsetWidth` on each to restart an animation) costs a style change and often a
// layout per mark: seconds. Here a legend toggle is one class on the view, and a flash is one
// rule that matches the entity's marks; the browser restyles only the marks the rule selects,
// and only in the chunks it lays out (render.js: off-screen chunks are skipped). Marks never
// change, so a toggle keeps every mark node (and keyboard focus) where it was.
//
// The rules go into the page's own stylesheet with CSSOM calls, which the strict
// `style-src 'self'` allows (no inline styles, no new <style> elements).

import { labelClass } from '../labels.js';

/** The class on the view that hides a label's highlights (marks keep their text). */
export function hiddenClass(label) {
  return `hide-${labelClass(label)}`;
}

/** Whether `label`'s highlights are hidden in `view`. */
export function isHidden(view, label) {
  return view.classList.contains(hiddenClass(label));
}

/** How long a flash lasts: three 0.6 s pulses (view.css), or one 1.8 s step with reduced motion. */
const FLASH_MS = 1_800;

/**
 * @param {HTMLLinkElement} link the page's own stylesheet (its sheet is read when a rule is
 *   made, so this can be called before it has loaded)
 * @param {HTMLElement} view the annotated view
 * @returns {{ setHidden(label: string, hidden: boolean): void, flash(entity: string): void,
 *   stopFlash(): void }}
 */
export function createViewRules(link, view) {
  const hideRules = new Set(); // labels whose hiding rules are in the sheet
  let flashRule = null; // the flash rule's text, to find and delete it
  let flashTimer = 0;
  let again = false;

  // Rules for a label are added the first time it is hidden, so a label the table does not
  // know (a newer core, a custom label) hides like the others.
  function installHideRules(label) {
    if (hideRules.has(label)) return;
    const sheet = link.sheet;
    hideRules.add(label);
    const on = `.view.${hiddenClass(label)}`;
    const cls = `.${labelClass(label)}`;
    for (const rule of [
      `${on} .ent${cls} { padding: 0; color: inherit; background: none; box-shadow: none; cursor: auto; }`,
      `${on} .ent${cls}::after, ${on} .nested${cls}::after { content: none; }`,
      `${on} .nested${cls} { text-decoration: none; }`,
    ]) sheet.insertRule(rule, sheet.cssRules.length);
  }

  function stopFlash() {
    clearTimeout(flashTimer);
    if (flashRule === null) return;
    const sheet = link.sheet;
    const rules = sheet.cssRules;
    for (let i = rules.length - 1; i >= 0; i--) {
      if (rules[i].cssText === flashRule) {
        sheet.deleteRule(i);
        break;
      }
    }
    flashRule = null;
  }

  return {
    setHidden(label, hidden) {
      if (hidden) installHideRules(label);
      view.classList.toggle(hiddenClass(label), hidden);
    },
    /**
     * Flashes every mention of `entity`, also those rendered while it lasts. A second click
     * restarts it: the rule names the other of two identical keyframes, and a new animation
     * name starts a new animation without touching the marks.
     */
    flash(entity) {
      stopFlash();
      again = !again;
      const sheet = link.sheet;
      const name = again ? 'mention-flash-again' : 'mention-flash';
      sheet.insertRule(`.view .ent[data-entity="${CSS.escape(entity)}"] { animation-name: ${name}; }`, sheet.cssRules.length);
      flashRule = sheet.cssRules[sheet.cssRules.length - 1].cssText;
      flashTimer = setTimeout(stopFlash, FLASH_MS + 200);
    },
    stopFlash,
  };
}
