import type { CharterTexts } from './texts.js';

/**
 * The charter in English, written for the project after the French one. Its own file in `dist/`,
 * downloaded when the dialog first opens on an English page.
 */
export const charter: CharterTexts = {
  title: 'Cookie charter',
  choicesIntro:
    'Choose which cookies you allow. Necessary cookies are always on; the others are only set if you agree, and you can withdraw your agreement at any time.',
  necessaryName: 'Necessary cookies',
  necessaryText: 'They keep the platform working and do not require your consent.',
  alwaysOn: 'Always on',
  stateOn: 'On',
  stateOff: 'Off',
  statePartly: 'Partly on',
  showEntries: 'Details of {category}',
  readCharter: 'Read the full cookie charter',
  choiceId: 'Your choice’s reference: {id}',

  intro: 'We use cookies so that this platform works as well as it can.',
  whatTitle: 'What is a cookie?',
  whatText:
    'A "cookie" is a small piece of information, identified by a name, that a website you visit can send to your browser. Your browser keeps it for a while and sends it back to that website each time you return. Cookies have many uses: remembering that you are signed in, what is in a shopping basket, or an identifier that follows your browsing for statistics or advertising.',
  kindsIntro: 'There are several kinds of cookies:',
  kindNecessary:
    '"Necessary" cookies, set by the site itself, keep information between two visits of the same site on the same device: a shopping basket, a sign-in, or settings of the interface. They do not require your consent.',
  kindStatistics:
    '"Statistics" cookies follow what a visitor does on a website. When the statistics are anonymous (they cannot lead back to a person), no consent is needed.',
  kindFirstParty:
    '"First-party" cookies are set by the site you visit. They can be set in addition to necessary cookies and can be used to collect personal data, follow what a visitor does, or for advertising.',
  kindThirdParty:
    '"Third-party" cookies are set by (or for) a site B, often an advertising network, on a site A: site B can then see which pages of site A a visitor has seen and collect information about them.',
  platformTitle: 'What cookies are used for on the platform',
  necessaryTitle: 'Cookies necessary for the platform to work / functional cookies',
  statisticsTitle: 'Statistics cookies',
  statisticsText: 'They measure how the platform is used. They are only set if you agree.',
  statisticsExemptText:
    'They measure how the platform is used. Those exempt from consent produce anonymous statistics only: they are on without your agreement, and you can object by switching them off. The others are only set if you agree.',
  firstPartyTitle: 'First-party cookies',
  firstPartyText: 'They are set by the platform in addition to necessary cookies. They are only set if you agree.',
  thirdPartyTitle: 'Third-party cookies',
  thirdPartyText: 'They are set by other sites, for example for embedded content. They are only set if you agree.',

  columnProvider: 'Provider',
  columnService: 'Service and location',
  columnCookies: 'Cookie name',
  columnPurpose: 'Purpose',
  columnDuration: 'Kept for',
  columnChoice: 'Allow',
  allowCategory: 'Allow {category}',
  allowEntry: 'Allow {entry}',
  exempt: 'Exempt from consent',

  save: 'Save my choices',
  close: 'Close',

  sessionidService: 'Sign-in (front and back office)',
  sessionidPurpose: 'Remember the user from one page to the next.',
  languageService: 'Language selection (front and back office)',
  languagePurpose: "Remember the visitor's language",
  csrfService: 'API (CSRF) (front and back office)',
  csrfPurpose: 'Fetch data through API calls',
  preferencesService: 'Your cookie preferences',
  preferencesPurpose: "Remember the visitor's choice about cookies",
};
