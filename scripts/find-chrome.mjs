// Finds an installed Chrome or Chromium: CHROME_PATH first, then the usual install paths on Linux and macOS.
// Nothing here downloads a browser.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export const INSTALL_HINT =
  'No Chrome or Chromium was found: install one (on Debian or Ubuntu, `sudo apt-get install chromium`; on macOS, Google Chrome) or set CHROME_PATH to its executable.';

export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/** Flags for headless Chromium on a closed network, and as root in CI. */
export function chromeArgs() {
  const args = [
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return args;
}

// `node scripts/find-chrome.mjs` prints the browser's path, or the install hint and exits 1.
if (import.meta.url === `file://${process.argv[1]}`) {
  const found = findChrome();
  if (found) console.log(found);
  else {
    console.error(INSTALL_HINT);
    process.exit(1);
  }
}
