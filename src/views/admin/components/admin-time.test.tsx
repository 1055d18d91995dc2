import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import { AdminTime, AdminTimeZone } from './admin-time.tsx';

describe('AdminTime', () => {
  it('shows the time in the reader’s zone, naming it, and keeps UTC for machines', () => {
    const html = renderToString(
      <AdminTimeZone.Provider value="Asia/Kathmandu">
        <AdminTime value="2021-02-12T02:45:00.000Z" />
      </AdminTimeZone.Provider>,
    );
    assert.equal(
      html,
      '<time datetime="2021-02-12T02:45:00.000Z">12 Feb 2021, 08:30 Kathmandu time</time>',
    );
  });

  it('shows UTC outside a signed-in page', () => {
    assert.equal(
      renderToString(<AdminTime value="2021-02-12T02:45:00.000Z" />),
      '<time datetime="2021-02-12T02:45:00.000Z">12 Feb 2021, 02:45 UTC</time>',
    );
  });
});
