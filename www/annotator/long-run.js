// A long annotation, seen and stoppable: once a request has waited half a second, the status
// line says what is being annotated and for how long, and a Cancel button appears beside it.
//
// The core reports its progress on a long text (src/progress.rs: each stage as it begins, with
// the share of the run done by then), which the worker posts to the page; the status line names
// the stage and a progress bar shows the share. Until a report comes (or for a worker that sends
// none) what is shown is the size and the time so far, never a guessed percentage. Cancelling
// ends the worker (AnnotatorClient.cancel); the text stays.

/** How long a request waits before it counts as long, in milliseconds. */
const LONG_MS = 500;

/** What the page says of each stage of the core (src/progress.rs `Stage`). */
const STAGES = {
  names: 'finding names',
  tagger: 'tagging names',
  facts: 'reading facts',
  assembling: 'linking entities',
  done: 'finishing',
};

/**
 * @param {HTMLElement} status the status line (its text is replaced while a run is long)
 * @param {() => void} onCancel called when the user presses Cancel
 * @returns {{ start(chars: number): void, progress(report: {stage: string, done: number}): void,
 *   stop(): void }} `start` when a request is sent, `progress` for each report the core sends
 *   for it, `stop` when it is answered (or dropped)
 */
export function createLongRun(status, onCancel) {
  const doc = status.ownerDocument;
  const bar = doc.createElement('progress');
  bar.id = 'annotation-progress';
  bar.max = 1;
  bar.hidden = true;
  bar.setAttribute('aria-label', 'Annotation progress');
  const button = doc.createElement('button');
  button.type = 'button';
  button.id = 'cancel-annotation';
  button.className = 'button';
  button.textContent = 'Cancel';
  button.hidden = true;
  button.addEventListener('click', () => onCancel());
  status.after(bar, button);
  let delay = 0;
  let ticker = 0;
  let say = () => {};
  let report = null; // the latest progress report of this run

  function stop() {
    clearTimeout(delay);
    clearInterval(ticker);
    say = () => {};
    button.hidden = true;
    bar.hidden = true;
  }

  return {
    start(chars) {
      stop();
      report = null;
      const t0 = performance.now();
      let long = false;
      say = () => {
        if (!long) return;
        const seconds = ((performance.now() - t0) / 1000).toFixed(1);
        const stage = report && STAGES[report.stage];
        const where = stage ? ` — ${stage} (${Math.round(report.done * 100)} %)` : '';
        status.textContent = `Annotating ${chars.toLocaleString()} characters… ${seconds} s${where}`;
        if (stage) {
          bar.value = report.done;
          bar.hidden = false;
        }
      };
      delay = setTimeout(() => {
        long = true;
        say();
        button.hidden = false;
        ticker = setInterval(say, 500);
      }, LONG_MS);
    },
    progress({ stage, done } = {}) {
      if (!Object.hasOwn(STAGES, stage) || !Number.isFinite(done)) return;
      report = { stage, done: Math.min(1, Math.max(0, done)) };
      say();
    },
    stop,
  };
}
