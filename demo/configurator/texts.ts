/*
 * The configurator's words, one object per interface language. Templates take them from here, never
 * inline. The widget's own warnings come from src/consent/messages.ts, in English.
 */
import type { Category } from '../../src/consent/categories.js';
import type { FindingKind } from '../../packages/scan/src/types.js';
import type { Language } from './model.js';

/** The interface's languages. */
export type UiLanguage = 'fr' | 'en';

/** The footer link that opens the charter, in the portal's default language. */
export const OPEN_LINK: Record<Language, string> = {
  fr: 'Gérer les cookies',
  en: 'Manage cookies',
  de: 'Cookies verwalten',
  es: 'Gestionar las cookies',
  it: 'Gestisci i cookie',
  nl: 'Cookies beheren',
  pt: 'Gerir os cookies',
  ca: 'Gestiona les galetes',
  eu: 'Kudeatu cookieak',
  sv: 'Hantera kakor',
  ar: 'إدارة ملفات تعريف الارتباط',
};

/** The comments that say where each part of the snippet goes. */
export interface SnippetWords {
  head: string;
  bodyStart: string;
  /** Said before the banner written into the page, or instead of it until the preview has drawn it. */
  written: string;
  writtenPending: (language: string) => string;
  footer: string;
  footerOnly: string;
  tags: string;
  embeds: string;
  fillTag: (provider: string) => string;
  ownTag: (provider: string, name: string) => string;
}

export interface Texts {
  lang: UiLanguage;
  title: string;
  intro: string;
  interfaceLanguage: string;
  navigation: string;
  demo: string;
  videos: string;
  charter: {
    title: string;
    platform: string;
    platformHint: string;
    revision: string;
    revisionHint: string;
    expires: string;
    expiresHint: string;
    cookieDomain: string;
    cookieDomainHint: string;
    policyUrl: string;
    receiptEndpoint: string;
    receiptEndpointHint: string;
    googleConsentMode: string;
    googleConsentModeHint: string;
    languages: string;
    languagesHint: string;
    defaultLanguage: string;
  };
  entries: {
    title: string;
    intro: string;
    catalogue: string;
    choose: string;
    add: string;
    addByHand: string;
    none: string;
    byHand: string;
    remove: (name: string) => string;
    id: string;
    idHint: string;
    category: string;
    categories: Record<Category | '', string>;
    provider: string;
    cookies: string;
    cookiesHint: string;
    duration: string;
    durationHint: string;
    exempt: string;
    exemptHint: string;
    exemptSource: string;
    exemptSetup: string;
    service: (language: string) => string;
    purpose: (language: string) => string;
    tag: string;
    example: (value: string) => string;
    source: string;
    added: (name: string) => string;
    removed: (name: string) => string;
  };
  checks: {
    title: string;
    none: string;
    count: (count: number) => string;
    widget: string;
    required: string;
    pattern: (example: string) => string;
    longStatistics: (days: number) => string;
  };
  preview: {
    title: string;
    intro: string;
    language: string;
    view: string;
    banner: string;
    dialog: string;
    frame: (language: string) => string;
    page: string;
    video: (provider: string) => string;
  };
  snippet: {
    title: string;
    placement: string;
    recommended: string;
    footerOnly: string;
    scriptUrl: string;
    scriptUrlHint: string;
    code: string;
    copy: string;
    copied: string;
    copyFailed: string;
    checklist: string;
    steps: string[];
    words: SnippetWords;
  };
  io: {
    title: string;
    intro: string;
    paste: string;
    pasteHint: string;
    file: string;
    import: string;
    export: string;
    imported: (entries: number) => string;
    unreadable: string;
    scanTitle: string;
    kinds: Record<FindingKind, string>;
  };
}

const fr: Texts = {
  lang: 'fr',
  title: 'Configurateur de cookie-charter',
  intro:
    'Décrivez les cookies du portail : le configurateur écrit le code à coller, le vérifie avec les règles du widget et montre le bandeau tel que les visiteurs le verront. Rien ne quitte cette page.',
  interfaceLanguage: 'Langue de l’interface',
  navigation: 'Pages de démonstration',
  demo: 'Portail de démonstration',
  videos: 'Vidéos intégrées',
  charter: {
    title: '1. Le portail',
    platform: 'Adresse du portail',
    platformHint: 'Nommée dans la charte ; par défaut, l’adresse de la page.',
    revision: 'Version de la charte (revision)',
    revisionHint: 'Changez-la quand la charte change : les visiteurs sont interrogés à nouveau. Par exemple 2025-06.',
    expires: 'Durée du choix, en jours (expires)',
    expiresHint: 'De 1 à 395 ; 182 si vide.',
    cookieDomain: 'Domaine du cookie de choix (cookie-domain)',
    cookieDomainHint: 'Pour partager un choix entre sous-domaines : le domaine du portail ou un domaine parent. Vide : ce portail seul.',
    policyUrl: 'Politique de confidentialité (policy-url)',
    receiptEndpoint: 'Adresse de réception des preuves de choix (receipt-endpoint)',
    receiptEndpointHint: 'Chaque choix y est envoyé ; vide : aucun envoi.',
    googleConsentMode: 'Google Consent Mode v2',
    googleConsentModeHint: 'Transmet les choix aux balises Google (Analytics, Ads).',
    languages: 'Langues du portail',
    languagesHint: 'Plusieurs langues : le code n’a pas d’attribut lang, et le widget suit la langue de la page.',
    defaultLanguage: 'Langue par défaut des textes',
  },
  entries: {
    title: '2. Les cookies et traceurs',
    intro:
      'Une entrée par service. Les quatre cookies de la plateforme Opendatasoft sont déjà inclus. Les champs viennent du catalogue du scanner : vérifiez-les.',
    catalogue: 'Service du catalogue',
    choose: 'Choisir un service…',
    add: 'Ajouter ce service',
    addByHand: 'Ajouter une entrée à la main',
    none: 'Aucune entrée : la charte ne montre que les cookies nécessaires, et aucun bandeau ne s’affiche.',
    byHand: 'Entrée écrite à la main',
    remove: (name) => `Retirer ${name}`,
    id: 'Identifiant (id)',
    idHint: 'Ce que les scripts demandent : cookieCharter.allows(id).',
    category: 'Catégorie',
    categories: {
      '': 'À choisir…',
      necessary: 'Nécessaire',
      statistics: 'Mesure d’audience (statistics)',
      'first-party': 'Cookies propres au portail (first-party)',
      'third-party': 'Services tiers (third-party)',
    },
    provider: 'Fournisseur',
    cookies: 'Cookies',
    cookiesHint: 'Noms séparés par des espaces, * pour n’importe quelle suite : _pk_id.*',
    duration: 'Durée de conservation',
    durationHint: 'Texte affiché dans la charte, par exemple 13 mois.',
    exempt: 'Exemptée de consentement (exempt)',
    exemptHint:
      'Seulement si l’outil est configuré pour l’exemption de la CNIL : il fonctionne dès la première visite, et le visiteur peut s’y opposer dans la charte.',
    exemptSource: 'La page de la CNIL',
    exemptSetup: 'Les réglages à faire dans l’outil',
    service: (language) => `Service (${language})`,
    purpose: (language) => `Finalité (${language})`,
    tag: 'Balise',
    example: (value) => `Exemple : ${value}`,
    source: 'Source du catalogue',
    added: (name) => `${name} ajouté.`,
    removed: (name) => `${name} retiré.`,
  },
  checks: {
    title: 'Vérifications',
    none: 'Aucun problème : le widget lit ce code sans avertissement.',
    count: (count) => (count === 1 ? '1 problème à corriger.' : `${count} problèmes à corriger.`),
    widget: 'Le widget avertira :',
    required: 'À remplir pour que la balise figure dans le code.',
    pattern: (example) => `Valeur non reconnue, la balise est omise. Exemple : ${example}`,
    longStatistics: (days) =>
      `Cette durée fait ${days} jours : la CNIL recommande 13 mois (395 jours) au plus pour un traceur de mesure d’audience.`,
  },
  preview: {
    title: '3. Aperçu',
    intro: 'Le bandeau et la charte tels qu’un visiteur les voit. Les choix faits ici ne sont pas enregistrés.',
    language: 'Langue de l’aperçu',
    view: 'Montrer',
    banner: 'Le bandeau',
    dialog: 'La charte',
    frame: (language) => `Aperçu du portail en ${language}`,
    page: 'Une page du portail',
    video: (provider) => `Vidéo ${provider}`,
  },
  snippet: {
    title: '4. Le code à coller',
    placement: 'Emplacement',
    recommended:
      'Recommandé : le script dans <head>, la charte et son bandeau écrit dans la page au début de <body>, le lien dans le pied de page',
    footerOnly: 'Tout dans le pied de page (back office qui n’accepte que du HTML de pied de page)',
    scriptUrl: 'Adresse du script',
    scriptUrlHint: 'Par défaut, la version actuelle sur le CDN jsDelivr, fixée pour qu’une nouvelle version ne change rien sans vous.',
    code: 'Code',
    copy: 'Copier le code',
    copied: 'Code copié.',
    copyFailed: 'La copie a échoué : sélectionnez le code et copiez-le.',
    checklist: 'Sur un portail Opendatasoft',
    steps: [
      'Dans le back office, « Look & feel » : collez ce qui va dans <head> et au début de <body> aux emplacements de HTML personnalisé prévus, ou le bloc « pied de page » dans le HTML du pied de page.',
      'Désactivez le bandeau de cookies de la plateforme (dans le back office ou en le demandant au support) : les deux écrivent le cookie cookies_preferences.',
      'Retirez des réglages du portail les traceurs qu’il ajoute lui-même (Matomo, Google Analytics) : leurs balises bloquées ci-dessus les remplacent.',
      'Remplacez chaque vidéo intégrée par son modèle ci-dessus, à l’endroit où elle s’affiche.',
      'Gardez le lien « Gérer les cookies » : c’est là que les visiteurs changent ou retirent leur choix.',
    ],
    words: {
      head: 'cookie-charter : dans <head>',
      bodyStart: 'cookie-charter : au tout début de <body>',
      written:
        'Le bandeau est écrit dans la page : il s’affiche dès sa lecture, quand aucun choix n’est enregistré, puis le widget le remplace. Refaites ce code après chaque changement de la charte.',
      writtenPending: (language) =>
        `Le bandeau écrit dans la page viendra ici dès que l’aperçu aura affiché le bandeau (langue : ${language}) ; sans lui, le bandeau s’affiche un peu plus tard.`,
      footer: 'cookie-charter : dans le pied de page',
      footerOnly: 'cookie-charter : tout ce bloc dans le HTML du pied de page',
      tags: 'Balises des traceurs, bloquées jusqu’au consentement : à la place des balises actuelles',
      embeds: 'Contenus intégrés : chacun à l’endroit où il s’affiche, à la place de l’iframe actuelle',
      fillTag: (provider) => `${provider} : complétez sa balise dans le configurateur`,
      ownTag: (provider, name) => `${provider} : ajoutez sa balise ici, avec type="text/plain" data-consent="${name}"`,
    },
  },
  io: {
    title: '5. Importer, exporter',
    intro:
      'Collez la sortie de cookie-charter-scan --json, un élément <cookie-charter> existant ou une configuration exportée, ou choisissez un fichier.',
    paste: 'Contenu à importer',
    pasteHint: 'JSON du scanner, HTML de <cookie-charter> ou configuration JSON.',
    file: 'Fichier à importer',
    import: 'Importer',
    export: 'Exporter la configuration (JSON)',
    imported: (entries) => `Importé : ${entries} entrée${entries > 1 ? 's' : ''}.`,
    unreadable: 'Ce contenu n’est ni une sortie du scanner, ni un élément <cookie-charter>, ni une configuration exportée.',
    scanTitle: 'Ce que le scan a signalé',
    kinds: {
      'set-before-consent': 'Déposé avant tout choix',
      'set-after-refusal': 'Déposé après « Tout refuser »',
      undeclared: 'Absent de la charte',
      'longer-than-declared': 'Plus long que la durée déclarée',
      'declared-not-seen': 'Déclaré mais pas vu',
    },
  },
};

const en: Texts = {
  lang: 'en',
  title: 'cookie-charter configurator',
  intro:
    'Describe the portal’s cookies: the configurator writes the code to paste, checks it with the widget’s own rules and shows the banner as visitors will see it. Nothing leaves this page.',
  interfaceLanguage: 'Interface language',
  navigation: 'Demo pages',
  demo: 'Demo portal',
  videos: 'Embedded videos',
  charter: {
    title: '1. The portal',
    platform: 'Portal address',
    platformHint: 'Named in the charter; the page’s address by default.',
    revision: 'Charter version (revision)',
    revisionHint: 'Change it when the charter changes: visitors are asked again. For example 2025-06.',
    expires: 'How long a choice lasts, in days (expires)',
    expiresHint: 'From 1 to 395; 182 when empty.',
    cookieDomain: 'Domain of the choice cookie (cookie-domain)',
    cookieDomainHint: 'To share one choice across subdomains: the portal’s domain or a parent. Empty: this portal alone.',
    policyUrl: 'Privacy policy (policy-url)',
    receiptEndpoint: 'Address that receives a proof of each choice (receipt-endpoint)',
    receiptEndpointHint: 'Each choice is sent there; empty: nothing is sent.',
    googleConsentMode: 'Google Consent Mode v2',
    googleConsentModeHint: 'Passes the choices on to Google’s tags (Analytics, Ads).',
    languages: 'The portal’s languages',
    languagesHint: 'Several languages: the code has no lang attribute, and the widget follows the page’s language.',
    defaultLanguage: 'Default language of the texts',
  },
  entries: {
    title: '2. Cookies and trackers',
    intro:
      'One entry per service. The four cookies of the Opendatasoft platform are already included. The fields come from the scanner’s catalogue: check them.',
    catalogue: 'Catalogue service',
    choose: 'Choose a service…',
    add: 'Add this service',
    addByHand: 'Add an entry by hand',
    none: 'No entry: the charter shows the necessary cookies only, and no banner shows.',
    byHand: 'Entry written by hand',
    remove: (name) => `Remove ${name}`,
    id: 'Id',
    idHint: 'What scripts ask about: cookieCharter.allows(id).',
    category: 'Category',
    categories: {
      '': 'To choose…',
      necessary: 'Necessary',
      statistics: 'Audience measurement (statistics)',
      'first-party': 'The portal’s own cookies (first-party)',
      'third-party': 'Third-party services (third-party)',
    },
    provider: 'Provider',
    cookies: 'Cookies',
    cookiesHint: 'Names separated by spaces, * for any run of characters: _pk_id.*',
    duration: 'Retention',
    durationHint: 'Text shown in the charter, for example 13 mois.',
    exempt: 'Exempt from consent (exempt)',
    exemptHint:
      'Only when the tool is set up for the CNIL’s exemption: it runs from the first visit, and visitors may object in the charter.',
    exemptSource: 'The CNIL’s page',
    exemptSetup: 'The settings to make in the tool',
    service: (language) => `Service (${language})`,
    purpose: (language) => `Purpose (${language})`,
    tag: 'Tag',
    example: (value) => `Example: ${value}`,
    source: 'Catalogue source',
    added: (name) => `${name} added.`,
    removed: (name) => `${name} removed.`,
  },
  checks: {
    title: 'Checks',
    none: 'No problem: the widget reads this code without a warning.',
    count: (count) => (count === 1 ? '1 problem to fix.' : `${count} problems to fix.`),
    widget: 'The widget will warn:',
    required: 'Fill it in for the tag to be in the code.',
    pattern: (example) => `Value not recognised, the tag is left out. Example: ${example}`,
    longStatistics: (days) =>
      `This duration is ${days} days: the CNIL recommends 13 months (395 days) at most for an audience measurement tracker.`,
  },
  preview: {
    title: '3. Preview',
    intro: 'The banner and the charter as a visitor sees them. Choices made here are not stored.',
    language: 'Preview language',
    view: 'Show',
    banner: 'The banner',
    dialog: 'The charter',
    frame: (language) => `Preview of the portal in ${language}`,
    page: 'A page of the portal',
    video: (provider) => `${provider} video`,
  },
  snippet: {
    title: '4. The code to paste',
    placement: 'Placement',
    recommended:
      'Recommended: the script in <head>, the charter and its banner written into the page first in <body>, the link in the footer',
    footerOnly: 'All in the footer (back offices that take footer HTML only)',
    scriptUrl: 'Script address',
    scriptUrlHint: 'By default, the current version on the jsDelivr CDN, pinned so that a new release changes nothing without you.',
    code: 'Code',
    copy: 'Copy the code',
    copied: 'Code copied.',
    copyFailed: 'Copying failed: select the code and copy it.',
    checklist: 'On an Opendatasoft portal',
    steps: [
      'In the back office, “Look & feel”: paste what goes in <head> and at the start of <body> into the custom HTML settings meant for them, or the “footer” block into the footer’s HTML.',
      'Switch off the platform’s own cookie banner (in the back office, or by asking its support): both write the cookies_preferences cookie.',
      'Remove from the portal’s settings the trackers it adds by itself (Matomo, Google Analytics): their gated tags above replace them.',
      'Replace each embedded video with its template above, where it shows.',
      'Keep the “Gérer les cookies” link: it is where visitors change or withdraw their choice.',
    ],
    words: {
      head: 'cookie-charter: in <head>',
      bodyStart: 'cookie-charter: first in <body>',
      written:
        'The banner is written into the page: it shows as soon as the page is read, when no choice is stored, then the widget takes it over. Make this code again after each change of the charter.',
      writtenPending: (language) =>
        `The banner written into the page comes here once the preview has shown the banner (language: ${language}); without it, the banner shows a little later.`,
      footer: 'cookie-charter: in the footer',
      footerOnly: 'cookie-charter: this whole block in the footer’s HTML',
      tags: 'Tracker tags, blocked until consent: in place of the current tags',
      embeds: 'Embedded content: each where it shows, in place of the current iframe',
      fillTag: (provider) => `${provider}: complete its tag in the configurator`,
      ownTag: (provider, name) => `${provider}: add its tag here, with type="text/plain" data-consent="${name}"`,
    },
  },
  io: {
    title: '5. Import, export',
    intro:
      'Paste the output of cookie-charter-scan --json, an existing <cookie-charter> element or an exported configuration, or pick a file.',
    paste: 'Content to import',
    pasteHint: 'The scanner’s JSON, the HTML of <cookie-charter>, or a configuration’s JSON.',
    file: 'File to import',
    import: 'Import',
    export: 'Export the configuration (JSON)',
    imported: (entries) => `Imported: ${entries} entr${entries > 1 ? 'ies' : 'y'}.`,
    unreadable: 'This is neither the scanner’s output, nor a <cookie-charter> element, nor an exported configuration.',
    scanTitle: 'What the scan reported',
    kinds: {
      'set-before-consent': 'Stored before any choice',
      'set-after-refusal': 'Stored after “Tout refuser”',
      undeclared: 'Missing from the charter',
      'longer-than-declared': 'Longer than declared',
      'declared-not-seen': 'Declared but not seen',
    },
  },
};

export const TEXTS: Record<UiLanguage, Texts> = { fr, en };
