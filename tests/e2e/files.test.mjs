// Opening articles from files: the Open button and a file dropped on the page. Text, Markdown
// and HTML (read as text, never as markup) are opened and can be undone; anything else gets a
// message and the article stays.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite, settled, paste, NEWS } from './harness.mjs';

const { withPage } = browserSuite();

/** Drops a file on the editor as a drag from the desktop would. */
async function drop(page, name, type, content) {
  await page.evaluate(([name, type, content]) => {
    const data = new DataTransfer();
    data.items.add(new File([content], name, { type }));
    const editor = document.getElementById('editor');
    for (const kind of ['dragenter', 'dragover', 'drop']) {
      editor.dispatchEvent(new DragEvent(kind, { bubbles: true, cancelable: true, dataTransfer: data }));
    }
  }, [name, type, content]);
}

test('Open reads a text file into the editor, and Undo brings the old article back', async () => {
  await withPage(async (page) => {
    await settled(page);
    await paste(page, NEWS);
    await page.setInputFiles('#open-file-input', { name: 'story.txt', mimeType: 'text/plain', buffer: Buffer.from('\uFEFFTalks in Basra resumed on Tuesday.\r\n') });
    await page.waitForFunction(() => document.getElementById('editor').value.startsWith('Talks in Basra'));
    assert.equal(await page.inputValue('#editor'), 'Talks in Basra resumed on Tuesday.\n');
    assert.equal(await settled(page), 'ready');
    assert.match(await page.textContent('#undo-text'), /Article replaced by the opened file/);
    await page.click('#undo-button');
    await page.waitForFunction((t) => document.getElementById('editor').value === t, NEWS);
  });
});

test('a dropped HTML file is read as its text: no markup, no script, no image', async () => {
  await withPage(async (page) => {
    await settled(page);
    const html = '<!doctype html><html><head><title>Basra</title><script>window.__pwned = 1</script></head>'
      + '<body><h1>Talks in Basra</h1><p>Officials met on <b>Tuesday</b> &amp; agreed.<img src=x onerror="window.__pwned = 2"></p></body></html>';
    await drop(page, 'page.html', 'text/html', html);
    await page.waitForFunction(() => document.getElementById('editor').value.startsWith('Talks in Basra'));
    assert.equal(await page.inputValue('#editor'), 'Talks in Basra\n\nOfficials met on Tuesday & agreed.');
    assert.equal(await settled(page), 'ready');
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.equal(await page.$$eval('#view img, #view b, #view script', (e) => e.length), 0);
  });
});

test('a Markdown file opens as it is written', async () => {
  await withPage(async (page) => {
    await settled(page);
    await drop(page, 'notes.md', '', '# Basra\n\nTalks **resumed** on Tuesday.');
    await page.waitForFunction(() => document.getElementById('editor').value.startsWith('# Basra'));
    assert.equal(await settled(page), 'ready');
  });
});

test('a file of another kind gets a message naming it, and the article stays', async () => {
  await withPage(async (page) => {
    await settled(page);
    await paste(page, NEWS);
    await drop(page, 'scan.pdf', 'application/pdf', '%PDF-1.7');
    await page.waitForSelector('#alert:not([hidden])');
    assert.match(await page.textContent('#alert-text'), /^“scan\.pdf” cannot be opened: only plain text \(\.txt\), Markdown \(\.md\) and HTML \(\.html\) files can\.$/);
    assert.equal(await page.inputValue('#editor'), NEWS);
    await page.setInputFiles('#open-file-input', { name: 'fake.txt', mimeType: 'text/plain', buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]) });
    await page.waitForFunction(() => /is not a text file/.test(document.getElementById('alert-text').textContent));
    assert.equal(await page.inputValue('#editor'), NEWS);
  });
});
