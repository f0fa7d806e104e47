// The undo bar: replacing the article (Sample, Clear, an opened file) is never final. The
// replaced text is kept (draft.js, `keepPrevious`) and the bar offers it back, also after a
// reload, until the user restores or dismisses it. The editor's own undo (Ctrl+Z) works too,
// because the replacement goes through the editing commands.

/**
 * @param {{bar: HTMLElement, text: HTMLElement, undo: HTMLButtonElement, dismiss: HTMLButtonElement}} el
 * @param {{restore(text: string): void, forget(): void}} actions
 * @returns {{offer(previous: {text: string, reason: string}): void, hide(): void}}
 */
export function createUndoBar(el, actions) {
  let kept = null;
  const hide = () => {
    kept = null;
    el.bar.hidden = true;
  };
  el.undo.addEventListener('click', () => {
    if (kept === null) return;
    const text = kept;
    hide();
    actions.restore(text);
    actions.forget();
  });
  el.dismiss.addEventListener('click', () => {
    hide();
    actions.forget();
  });
  return {
    offer(previous) {
      kept = previous.text;
      el.text.textContent = `${describe(previous.reason)} (${words(previous.text)}).`;
      el.bar.hidden = false;
    },
    hide,
  };
}

function describe(reason) {
  return {
    cleared: 'Article cleared',
    sample: 'Article replaced by the sample',
    file: 'Article replaced by the opened file',
    draft: 'Your saved draft was kept aside',
  }[reason] ?? 'Article replaced';
}

function words(text) {
  const n = text.split(/\s+/).filter(Boolean).length;
  return `${n.toLocaleString('en')} ${n === 1 ? 'word' : 'words'} kept`;
}

/**
 * Replaces the editor's whole text through the editing commands, so the browser's own undo
 * (Ctrl+Z) can bring the old text back; falls back to setting the value where the command is
 * not supported. Fires one `input` event either way.
 */
export function replaceEditorText(editor, text) {
  editor.focus();
  editor.select();
  const done = text === ''
    ? document.execCommand('delete')
    : document.execCommand('insertText', false, text);
  if (!done || editor.value !== text) {
    editor.value = text;
    editor.dispatchEvent(new Event('input'));
  }
}
