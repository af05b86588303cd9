// The ES module build for bundlers: the same widget, with the UI as a chunk loaded on demand.
import { start } from './index.js';

export type { CookieCharterApi, Preferences } from './index.js';

export const cookieCharter = start(() => import('./ui/define.js'));
