// The label palette stays apart for readers with protanopia and deuteranopia, checked by
// simulating both (tests/e2e/colour.mjs) and comparing every pair of labels in CIEDE2000; and
// it never relies on colour alone: every highlight carries its label's tag.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LABELS } from '../../www/labels.js';
import { VISIONS, seenApart, deltaE2000 } from './colour.mjs';

/**
 * The least distances required. A CIEDE2000 difference of 1 is about the smallest visible;
 * highlights are seen side by side in running text, so they must be well apart; tags and
 * underlines are dark and saturated, with more room to differ.
 */
const MIN_HIGHLIGHT = 5;
const MIN_ACCENT = 8;

function closestPair(key, matrix) {
  let closest = { distance: Infinity };
  for (let i = 0; i < LABELS.length; i++) {
    for (let j = i + 1; j < LABELS.length; j++) {
      const distance = seenApart(LABELS[i][key], LABELS[j][key], matrix);
      if (distance < closest.distance) closest = { distance, pair: `${LABELS[i].id}~${LABELS[j].id}` };
    }
  }
  return closest;
}

for (const [vision, matrix] of Object.entries(VISIONS)) {
  test(`with ${vision} vision, every two labels' highlights and tags stay apart`, () => {
    const highlight = closestPair('bg', matrix);
    const accent = closestPair('accent', matrix);
    assert.ok(highlight.distance >= MIN_HIGHLIGHT, `highlights ${highlight.pair}: ΔE ${highlight.distance.toFixed(1)}`);
    assert.ok(accent.distance >= MIN_ACCENT, `tags ${accent.pair}: ΔE ${accent.distance.toFixed(1)}`);
  });
}

test('CIEDE2000 gives the published values for reference pairs', () => {
  // Sharma, Wu and Dalal (2005), table 1, pairs 1, 7 and 17.
  assert.equal(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485]).toFixed(4), '2.0425');
  assert.equal(deltaE2000([50, 0, 0], [50, -1, 2]).toFixed(4), '2.3669');
  assert.equal(deltaE2000([50, 2.5, 0], [73, 25, -18]).toFixed(4), '27.1492');
});

test('simulated deuteranopia merges red and green, and leaves grey grey', () => {
  assert.ok(seenApart('#c0392b', '#27ae60', VISIONS.normal) > 30);
  assert.ok(seenApart('#d2691e', '#6b8e23', VISIONS.deuteranopia) < seenApart('#d2691e', '#6b8e23', VISIONS.normal) / 2);
  assert.ok(seenApart('#808080', '#808080', VISIONS.deuteranopia) < 0.5);
});

test('every label has its own tag, so no label relies on colour alone', () => {
  const tags = LABELS.map((l) => l.tag);
  assert.equal(new Set(tags).size, LABELS.length);
  assert.ok(tags.every((t) => /^[A-Z]{3,6}$/.test(t)));
});
