import { chromiumDriver } from './chromium';
import type { BrowserDriver, ExtraPages } from './driver';
import { firefoxDriver } from './firefox';

/** Every browser the shared flows run in. */
export const BROWSERS: { name: BrowserDriver['name']; start: (extra?: ExtraPages) => Promise<BrowserDriver> }[] = [
  { name: 'Chromium', start: chromiumDriver },
  { name: 'Firefox', start: firefoxDriver },
];
