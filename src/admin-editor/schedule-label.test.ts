import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { editorWords } from '../views/admin/components/editor-messages.tsx';
import { approveButtonLabel } from '../views/admin/components/publish-date-field.tsx';
import { setEditorWords } from './editor-words.ts';
import { approveLabelFor } from './schedule-label.ts';

before(() => setEditorWords(editorWords('en')));

it('words the approve button as the server does, for a date to come, gone or missing', () => {
  const zone = 'Asia/Kathmandu';
  for (const value of ['2099-02-12T08:30', '2001-02-12T08:30', '', 'not a date']) {
    assert.equal(
      approveLabelFor(value, zone, 'Kathmandu time'),
      approveButtonLabel(value, zone),
      value,
    );
  }
  assert.equal(
    approveLabelFor('2099-02-12T08:30', zone, 'Kathmandu time'),
    'Schedule for 12 Feb 2099, 08:30 Kathmandu time',
  );
});

it('judges "to come" on the editor’s own wall clock, not the browser’s', () => {
  // Ten minutes from now on Manila's clock (UTC+8) is still to come there, and already fifty
  // minutes gone on Tokyo's (UTC+9).
  const inManila = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Manila',
    dateStyle: 'short',
    timeStyle: 'short',
  })
    .format(new Date(Date.now() + 10 * 60_000))
    .replace(' ', 'T');
  assert.match(approveLabelFor(inManila, 'Asia/Manila', 'Manila time'), /^Schedule for /);
  assert.equal(approveLabelFor(inManila, 'Asia/Tokyo', 'Tokyo time'), 'Approve and publish');
});
