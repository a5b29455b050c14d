// Debian's Chromium and the flags every Pathway browser run uses (tests, crash loop,
// bench). Without these flags Chromium reaches for Google at start, which would pollute
// the zero-egress checks (and fails on a closed network anyway).

/** Where Chromium is: CHROME_PATH, else Debian's package. */
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Launch flags: no background networking, no sign-in, no first-run; no sandbox as root. */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--no-pings',
  '--disable-features=OptimizationHints,MediaRouter,Translate,AutofillServerCommunication',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];
