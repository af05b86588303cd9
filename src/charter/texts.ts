import type { Lang } from '../consent/lang.js';
import type { PluralWords } from './plural.js';

export type { Lang };

/**
 * Every string a visitor sees, in parts so that a visit downloads only what it shows, in its language:
 * `BannerTexts` (`banner/<lang>.ts`; French and English ship inside the UI file, `banner.ts`), and
 * `CharterTexts`, downloaded for one language when the dialog first opens (`fr.ts`, `de.ts`…). `fr` reproduces the
 * portals' "Charte cookies"; a portal replaces any of them without rebuilding (see `overrides.ts`).
 * `{kept}` (how long a choice is kept, written in the visitor's language: "6 mois"), `{months}` (the
 * same as a number), `{category}`, `{entry}`, `{name}` and `{id}` are filled in when shown. The placeholders of blocked
 * embeds have texts of their own (`PlaceholderTexts`).
 */
export interface BannerTexts {
  bannerTitle: string;
  bannerText: string;
  acceptAll: string;
  rejectAll: string;
  customize: string;
  choiceKept: string;
  /** The link to the portal's privacy policy (`policy-url`), in the banner and the dialog. */
  policy: string;
  /** After the banner's text and the dialog's introduction when the charter has exempt audience measurement. */
  exemptNotice: string;
}

export interface CharterTexts {
  title: string;
  /** The dialog's first words, above the choices. */
  choicesIntro: string;
  /** The necessary category's card: its name and purpose, and its state instead of a switch. */
  necessaryName: string;
  necessaryText: string;
  alwaysOn: string;
  /** The visible state of a switch: on, off, or some of a category's entries on. */
  stateOn: string;
  stateOff: string;
  statePartly: string;
  /** What unfolds a card's table (`{category}`), and the charter in full. */
  showEntries: string;
  readCharter: string;
  /** Small print in the dialog while receipts are sent (`receipt-endpoint`): the choice's random id (`{id}`), which the visitor can cite. */
  choiceId: string;

  intro: string;
  whatTitle: string;
  whatText: string;
  kindsIntro: string;
  kindNecessary: string;
  kindStatistics: string;
  kindFirstParty: string;
  kindThirdParty: string;
  platformTitle: string;
  necessaryTitle: string;
  statisticsTitle: string;
  statisticsText: string;
  /** The statistics card's purpose when it holds exempt audience measurement. */
  statisticsExemptText: string;
  firstPartyTitle: string;
  firstPartyText: string;
  thirdPartyTitle: string;
  thirdPartyText: string;

  columnProvider: string;
  columnService: string;
  columnCookies: string;
  columnPurpose: string;
  columnDuration: string;
  columnChoice: string;
  allowCategory: string;
  allowEntry: string;
  /** What marks an exempt entry in its table, and describes its switch. */
  exempt: string;

  save: string;
  close: string;

  sessionidService: string;
  sessionidPurpose: string;
  languageService: string;
  languagePurpose: string;
  csrfService: string;
  csrfPurpose: string;
  preferencesService: string;
  preferencesPurpose: string;
}

/**
 * The placeholders' texts, which ship in their own file (`placeholder-texts.ts`) in both languages. Their
 * names start with `placeholder`: the placeholders check those in a portal's replacements, and the
 * banner leaves them out of its own check (`overrides.ts`).
 */
export interface PlaceholderTexts {
  placeholderTitle: string;
  placeholderAllow: string;
  placeholderOpen: string;
  placeholderCategoryTitle: string;
  placeholderCategoryAllow: string;
  placeholderStatistics: string;
  placeholderStatisticsText: string;
  placeholderFirstParty: string;
  placeholderFirstPartyText: string;
  placeholderThirdParty: string;
  placeholderThirdPartyText: string;
}

export type Texts = BannerTexts & CharterTexts;
export type TextKey = keyof Texts;

/** Imports the module of one language's charter texts (`fr.ts`, `de.ts`…), from where the entry point put it. */
export type CharterTextsLoader = (lang: Lang) => Promise<{ charter: CharterTexts }>;
/** Imports the module of one language's banner words (`banner/de.ts`…); French and English ship in the UI file. */
export type BannerTextsLoader = (lang: Lang) => Promise<{ banner: BannerTexts; months: PluralWords }>;
/** Imports the module of one language's placeholder words (`placeholder/de.ts`…); French and English ship with the placeholders. */
export type PlaceholderTextsLoader = (lang: Lang) => Promise<{ placeholder: PlaceholderTexts }>;
