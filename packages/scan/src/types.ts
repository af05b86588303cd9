import type { Category } from '../../../src/consent/categories.js';
import type { EntryConfig } from '../../../src/consent/config.js';

/** The three visits of a scan, each in a fresh profile. */
export type Phase = 'initial' | 'refused' | 'accepted';
export const PHASES: readonly Phase[] = ['initial', 'refused', 'accepted'];

/**
 * One row of the page's charter, as the widget reads it (`EntryConfig`), built-in rows included. An
 * entry's `id` is null when it follows its category; `duration` is '' when none is given (the
 * built-in rows).
 */
export interface DeclaredEntry extends Pick<EntryConfig, 'id' | 'category' | 'provider' | 'service' | 'cookies' | 'purpose' | 'duration'> {
  /** The duration in days, `'session'`, or null when the text names none. */
  days: number | 'session' | null;
  /** One of the platform's rows that the widget adds itself. */
  builtin: boolean;
  /** A statistics entry with `exempt`: allowed before any choice. */
  exempt: boolean;
}

/** What the page declares: its `<cookie-charter>` (or the defaults) and whether the widget runs. */
export interface Charter {
  /** The widget's API answered in the page. */
  widget: boolean;
  /** The page has a `<cookie-charter>` element. */
  element: boolean;
  lang: 'fr' | 'en';
  entries: DeclaredEntry[];
}

export type ItemType = 'cookie' | 'localStorage' | 'sessionStorage';

/** A cookie or a storage key that a phase found. */
export interface Item {
  type: ItemType;
  name: string;
  /** The cookie's domain as the browser keeps it (`.example.fr` for a domain cookie), or the storage's host. */
  domain: string;
  path: string;
  /** Days left when recorded; null for a session cookie and for storage. */
  expires: number | null;
  /** A session cookie, or sessionStorage. */
  session: boolean;
  httpOnly: boolean;
  secure: boolean;
  sameSite: 'Strict' | 'Lax' | 'None' | null;
  /** Kept in a partition of the top-level site (CHIPS cookies, a third-party frame's storage). */
  partitioned: boolean;
  /** The top-level site of that partition, or null. */
  partitionKey: string | null;
  /** Set for another site than the page's. */
  thirdParty: boolean;
  /** The first phase in which a scan saw it. */
  firstPhase: Phase;
  /** The page after whose load this phase first saw it. */
  url: string;
}

export type FindingKind = 'set-before-consent' | 'set-after-refusal' | 'undeclared' | 'longer-than-declared' | 'declared-not-seen';

/** An entry to add to the charter for undeclared names, from the catalogue or to be completed. */
export interface Suggestion {
  id: string;
  /** null when the catalogue does not know the name: someone must choose. */
  category: Category | null;
  provider: string;
  service: string;
  cookies: string[];
  purpose: string;
  duration: string;
  /** Known to the catalogue (false: every field needs review). */
  known: boolean;
  /** The catalogue's facts were checked against `source`. */
  verified: boolean;
  source: string | null;
  /** A declared entry of the same provider that should take these names instead of a new entry. */
  extend: string | null;
}

export interface Finding {
  kind: FindingKind;
  name: string;
  domain: string | null;
  phase: Phase | null;
  /** The declared entry concerned, or for an undeclared name the entry suggested for it. */
  entry: (DeclaredEntry & { declared: true }) | (Suggestion & { declared: false }) | null;
  /** What a reader is told, in one sentence. */
  detail: string;
}

/** The whole result, as `--json` prints it. */
export interface ScanResult {
  url: string[];
  /** When the scan ran (ISO 8601). */
  date: string;
  /** The charter's language, which the suggested entries are written in. */
  lang: 'fr' | 'en';
  /** The widget answered on the first page: the refused and accepted phases ran. */
  widget: boolean;
  /** How each choice was made: through the banner's button, or the API where no banner showed. */
  choices: { refused: 'banner' | 'api' | null; accepted: 'banner' | 'api' | null };
  declared: DeclaredEntry[];
  /** Each phase's cookies and storage keys; null for a phase that did not run (no widget). */
  phases: Record<Phase, Item[] | null>;
  findings: Finding[];
}
