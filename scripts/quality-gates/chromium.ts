/** Debian's Chromium, the browser every gate runs in. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Headless, offline and quiet: no sandbox in containers, no background traffic or updates. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
