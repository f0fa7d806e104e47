// Long DOM work a slice at a time, so no task holds the page.
//
// A megabyte of news has tens of thousands of marks and fourteen thousand facts: built in one
// task, either freezes the tab for a tenth of a second or more. Here such work is a sequence of
// small steps run in tasks of at most `SLICE_MS`, yielding to the browser between them (input,
// scrolling and painting go first), and the page can still ask for all of it at once (`finish`)
// when the user goes somewhere the work has not reached yet.

/** The longest a slice may run before yielding to the browser, in milliseconds. */
export const SLICE_MS = 12;

/**
 * Runs `step` until it returns false: now for one slice, then one slice a task.
 * @param {() => boolean} step does one small piece of work; false when there is none left
 * @param {() => void} [onDone] called once, when `step` has returned false
 * @returns {{ finish(): void, stop(): void }} `finish` runs every step left now; `stop`
 *   abandons the rest (a newer result replaces this one)
 */
export function runInSlices(step, onDone = () => {}) {
  let timer = 0;
  let over = false;
  const end = () => {
    clearTimeout(timer);
    if (over) return;
    over = true;
    onDone();
  };
  function slice() {
    const t0 = performance.now();
    while (!over && performance.now() - t0 < SLICE_MS) {
      if (!step()) end();
    }
    if (!over) timer = setTimeout(slice, 0);
  }
  slice();
  return {
    finish() {
      while (!over) if (!step()) end();
    },
    stop() {
      clearTimeout(timer);
      over = true;
    },
  };
}

/**
 * A queue of items to render and append, in order: `add(parent, items, render)` appends
 * `render(item)` to `parent` for each item, one item a `step`. A panel builds its sections at
 * once and queues their long lists here, so it shows its outline in the first task.
 */
export function createAppendQueue() {
  const jobs = [];
  let job = 0;
  let at = 0;
  return {
    add(parent, items, render) {
      if (items.length) jobs.push({ parent, items, render });
    },
    /** Appends the next item; false when every queued item has been appended. */
    step() {
      while (job < jobs.length && at >= jobs[job].items.length) {
        job += 1;
        at = 0;
      }
      if (job >= jobs.length) return false;
      const { parent, items, render } = jobs[job];
      parent.append(render(items[at++]));
      return true;
    },
  };
}

/**
 * Resolves once the browser has painted what the DOM holds now (after the next animation
 * frame), or after 100 ms where no frame comes (a hidden tab paints nothing).
 */
export function afterPaint() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });
}
