import type { CharterTexts } from './texts.js';

/**
 * The charter in Dutch, translated from the French one, and the dialog's own words around it. Its own
 * file in `dist/`, downloaded when the dialog first opens on a Dutch page.
 */
export const charter: CharterTexts = {
  title: 'Cookieverklaring',
  choicesIntro:
    'Kies welke cookies u toestaat. Noodzakelijke cookies zijn altijd actief; de andere worden alleen met uw toestemming geplaatst, die u op elk moment kunt intrekken.',
  necessaryName: 'Noodzakelijke cookies',
  necessaryText: 'Ze zorgen ervoor dat het platform werkt en vereisen uw toestemming niet.',
  alwaysOn: 'Altijd actief',
  stateOn: 'Ingeschakeld',
  stateOff: 'Uitgeschakeld',
  statePartly: 'Gedeeltelijk ingeschakeld',
  showEntries: 'Details van de {category} bekijken',
  readCharter: 'De volledige cookieverklaring lezen',
  choiceId: 'Kenmerk van uw keuze: {id}',

  intro: 'Om u de best mogelijke dienstverlening te bieden, gebruiken wij cookies om de goede werking ervan te verzekeren.',
  whatTitle: 'Wat is een cookie?',
  whatText:
    'Een ‘cookie’ is een reeks gegevens, meestal klein van omvang en herkenbaar aan een naam, die een website waarmee u verbinding maakt naar uw browser kan sturen. Uw webbrowser bewaart de cookie gedurende een bepaalde tijd en stuurt die terug naar de webserver telkens wanneer u er opnieuw verbinding mee maakt. Cookies hebben veel toepassingen: ze kunnen onder meer uw klantnummer bij een webwinkel, de huidige inhoud van uw winkelwagen of een identificatiecode onthouden waarmee uw surfgedrag voor statistische of reclamedoeleinden kan worden gevolgd.',
  kindsIntro: 'Er bestaan verschillende soorten cookies:',
  kindNecessary:
    'De ‘noodzakelijke’, eigen cookies maken het mogelijk om informatie te bewaren tussen twee bezoeken aan dezelfde website op hetzelfde apparaat. Ze maken het mogelijk om een winkelwagen, inloggegevens of ook persoonlijke instellingen van de interface te bewaren. Ze vereisen geen toestemming van de gebruiker.',
  kindStatistics:
    'Met ‘statistische’ cookies kunnen de handelingen van een internetgebruiker op een website worden gevolgd. Wanneer de statistieken anoniem zijn (dat wil zeggen dat ze niet tot een persoon te herleiden zijn), is de toestemming van de gebruiker niet nodig.',
  kindFirstParty:
    '‘Eigen’ cookies of ‘first-party cookies’ worden geplaatst door de bezochte website. Ze kunnen naast de noodzakelijke cookies worden geplaatst en kunnen worden gebruikt om persoonsgegevens te verzamelen, het gedrag van de gebruiker te volgen en voor reclamedoeleinden te dienen.',
  kindThirdParty:
    'Zogenoemde ‘cookies van derden’, ‘derdepartijcookies’ of ‘third-party cookies’ zijn cookies die door (of voor) een website B (vaak een advertentienetwerk) op een website A worden geplaatst: daardoor kan website B zien welke pagina’s van website A een gebruiker heeft bezocht en informatie over die gebruiker verzamelen.',
  platformTitle: 'Waarvoor cookies worden gebruikt op het platform',
  necessaryTitle: 'Cookies die nodig zijn voor de goede werking van het platform / functionele cookies',
  statisticsTitle: 'Statistische cookies',
  statisticsText: 'Ze meten het bezoek aan het platform. Ze worden alleen met uw toestemming geplaatst.',
  statisticsExemptText:
    'Ze meten het bezoek aan het platform. De cookies die van toestemming zijn vrijgesteld, leveren alleen anonieme statistieken op: ze zijn actief zonder uw toestemming, en u kunt er bezwaar tegen maken door ze uit te schakelen. De andere worden alleen met uw toestemming geplaatst.',
  firstPartyTitle: 'Eigen cookies (first-party)',
  firstPartyText: 'Ze worden door het platform geplaatst naast de noodzakelijke cookies. Ze worden alleen met uw toestemming geplaatst.',
  thirdPartyTitle: 'Cookies van derden (third party)',
  thirdPartyText:
    'Ze worden door andere websites geplaatst, bijvoorbeeld voor ingesloten inhoud. Ze worden alleen met uw toestemming geplaatst.',

  columnProvider: 'Naam van de aanbieder',
  columnService: 'Dienst en plaats van gebruik',
  columnCookies: 'Naam van de cookie',
  columnPurpose: 'Doeleinden',
  columnDuration: 'Bewaartermijn',
  columnChoice: 'Toestaan',
  allowCategory: 'De {category} toestaan',
  allowEntry: '{entry} toestaan',
  exempt: 'Vrijgesteld van toestemming',

  save: 'Mijn keuzes opslaan',
  close: 'Sluiten',

  sessionidService: 'Authenticatie (front office en back office)',
  sessionidPurpose: 'De gebruiker van de ene pagina naar de andere onthouden.',
  languageService: 'Taalkeuze (front office en back office)',
  languagePurpose: 'De taal van de bezoeker onthouden',
  csrfService: 'API (CSRF) (front office en back office)',
  csrfPurpose: 'Gegevens ophalen via API-aanroepen',
  preferencesService: 'Keuze over uw cookievoorkeuren',
  preferencesPurpose: 'Maakt het mogelijk de keuze van de bezoeker over cookies te onthouden',
};
