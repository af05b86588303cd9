// Compiled against the built declarations (`dist/types/`) the way a user's code imports the package:
// by its name, through the `exports` map. `npm test` runs it with moduleResolution bundler and nodenext.
import {
  cookieCharter,
  type CookieCharterApi,
  type CookieCharterElement,
  type CookieCharterEntryElement,
  type CookieCharterPlaceholderElement,
  type Preferences,
} from 'cookie-charter';
import { startConsent, type OptionalCategory } from 'cookie-charter/consent';
import 'cookie-charter/drop-in';

const allowed: boolean = cookieCharter.allows('matomo');
const decided: boolean = cookieCharter.decided;
const preferences: Preferences | null = cookieCharter.preferences();
const date: string | undefined = preferences?.date;
const statistics: boolean | undefined = preferences?.categories.statistics;
const unsubscribe: () => void = cookieCharter.onChange((changed: Preferences | null) => void changed?.id);
unsubscribe();
cookieCharter.choose({ statistics: true, matomo: false });

// @ts-expect-error: allows() takes a category or entry id
cookieCharter.allows(1);
// @ts-expect-error: the API is read-only
cookieCharter.decided = true;

// The queue, before the script has run, and the API once it has.
(window.cookieCharter = window.cookieCharter || []).push((api: CookieCharterApi) => api.acceptAll());
const installed = window.cookieCharter;
if (installed && !Array.isArray(installed)) installed.rejectAll();

// The elements, from the tag names.
const host: CookieCharterElement | null = document.querySelector('cookie-charter');
void host?.open();
host?.close();
const entry: CookieCharterEntryElement = document.createElement('cookie-charter-entry');
entry.setAttribute('category', 'statistics');
// A blocked embed's placeholder, which the widget makes: found, and styled through its parts.
const placeholder: CookieCharterPlaceholderElement | null = document.querySelector('cookie-charter-placeholder');
placeholder?.style.setProperty('--cookie-charter-placeholder-background', '#eeeeee');

// The consent core alone.
const core: CookieCharterApi = startConsent({ open: () => console.log('show our own charter') });
const category: OptionalCategory = 'third-party';
core.choose({ [category]: false });

export { allowed, decided, date, statistics };
