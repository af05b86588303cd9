/**
 * Every string a visitor sees. `fr` reproduces the portals' "Charte cookies"; a portal replaces any of
 * them without rebuilding (see `overrides.ts`). `{months}` and `{category}` are filled in when shown.
 */
export interface Texts {
  bannerLabel: string;
  bannerTitle: string;
  bannerText: string;
  acceptAll: string;
  rejectAll: string;
  customize: string;

  title: string;
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

  save: string;
  close: string;
  choiceKept: string;

  sessionidService: string;
  sessionidPurpose: string;
  languageService: string;
  languagePurpose: string;
  csrfService: string;
  csrfPurpose: string;
  preferencesService: string;
  preferencesPurpose: string;
}

export type TextKey = keyof Texts;
