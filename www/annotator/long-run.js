// A long annotation, seen and stoppable: once a request has waited half a second, the status
// line says what is being annotated and for how long, and a Cancel button appears beside it.
//
// The core annotates a text in one call that cannot be interrupted, and it reports no
// progress of its own, so what is shown is honest rather than a guessed percentage: the size
// and the time so far. Cancelling ends the worker (AnnotatorClient.cancel); the text stays.

/** How long a request waits before it counts as long, in milliseconds. */
const LONG_MS = 500;

/**
 * @param {HTMLElement} status the status line (its text is replaced while a run is long)
 * @param {() => void} onCancel called when the user presses Cancel
 * @returns {{ start(chars: number): void, stop(): void }} `start` when a request is sent,
 *   `stop` when it is answered (or dropped)
 */
export function createLongRun(status, onCancel) {
  const doc = status.ownerDocument;
  const button = doc.createElement('button');
  button.type = 'button';
  button.id = 'cancel-annotation';
  button.className = 'button';
  button.textContent = 'Cancel';
  button.hidden = true;
  button.addEventListener('click', () => onCancel());
  status.after(button);
  let delay = 0;
  let ticker = 0;

  function stop() {
    clearTimeout(delay);
    clearInterval(ticker);
    button.hidden = true;
  }

  return {
    start(chars) {
      stop();
      const t0 = performance.now();
      const say = () => {
        const seconds = ((performance.now() - t0) / 1000).toFixed(1);
        status.textContent = `Annotating ${chars.toLocaleString()} characters… ${seconds} s`;
      };
      delay = setTimeout(() => {
        say();
        button.hidden = false;
        ticker = setInterval(say, 500);
      }, LONG_MS);
    },
    stop,
  };
}
