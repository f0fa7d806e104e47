// A consumer of the packed npm package, as a site without a bundler uses it: the import map in
// index.html points the bare specifiers at node_modules. It annotates the sentence on the page
// on the main thread and in the worker helper, and shows what it found as text.

import { init, Annotator } from 'article-annotator';
import { createAnnotatorWorker } from 'article-annotator/worker';

const sentence = document.querySelector('#sentence').textContent;
const list = document.querySelector('#found');
const report = document.body.dataset;

try {
  await init();
  const annotator = new Annotator();
  const result = annotator.annotate(sentence);
  for (const span of result.spans) {
    const item = document.createElement('li');
    item.textContent = `${span.label} ${sentence.slice(span.start, span.end)}`;
    list.append(item);
  }
  const worker = await createAnnotatorWorker();
  const fromWorker = await worker.annotate(sentence);
  report.workerAgrees = String(JSON.stringify(fromWorker) === JSON.stringify(result));
  worker.terminate();
  try {
    await createAnnotatorWorker({ dictionary: 'City\tNowhere\n' });
    report.badDictionary = 'accepted';
  } catch (err) {
    report.badDictionary = err.message;
  }
  report.state = 'done';
} catch (err) {
  report.error = String(err && err.message);
  report.state = 'error';
}
