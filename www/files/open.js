// Opening an article from a file: the Open button's file picker and a file dropped anywhere on
// the page. Text only ever reaches the editor as its value (files/text.js turns HTML into
// text); anything else gets a message and the article in the editor stays as it was.

import { ACCEPT, classifyFile, fileText } from './text.js';

/**
 * @param {{button: HTMLButtonElement, input: HTMLInputElement, dropZone: HTMLElement}} el
 * @param {{open(text: string, name: string): void, problem(message: string): void}} actions
 */
export function createFileOpener(el, actions) {
  el.input.accept = ACCEPT;
  el.button.addEventListener('click', () => el.input.click());
  el.input.addEventListener('change', () => {
    const [file] = el.input.files;
    el.input.value = '';
    if (file) read(file);
  });

  const zone = el.dropZone;
  const hasFiles = (event) => [...(event.dataTransfer?.types ?? [])].includes('Files');
  zone.addEventListener('dragover', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    zone.classList.add('is-dropping');
  });
  zone.addEventListener('dragleave', (event) => {
    if (!zone.contains(event.relatedTarget)) zone.classList.remove('is-dropping');
  });
  zone.addEventListener('drop', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    zone.classList.remove('is-dropping');
    const files = [...event.dataTransfer.files];
    if (files.length > 1) actions.problem(`Drop one file at a time (${files.length} were dropped).`);
    else if (files.length === 1) read(files[0]);
  });

  async function read(file) {
    const { kind, problem } = classifyFile(file);
    if (problem) {
      actions.problem(problem);
      return;
    }
    try {
      actions.open(fileText(kind, await file.text(), file.name), file.name);
    } catch (err) {
      actions.problem(err.message || `“${file.name}” could not be read.`);
    }
  }
}
