// How every tool here launches Debian's Chromium: the package's binary, and the
// flags that keep it from reaching for a network this machine does not have.
import type { LaunchOptions } from '@playwright/test';

export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    // Software GL in the browser process instead of a GPU process of its own: the
    // browser tests took about 30 % less CPU (keypairs, images and volumes specs:
    // 292 s → 207 s on 2 cores).
    '--in-process-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
