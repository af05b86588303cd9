import type { CharterTexts } from './texts.js';

/**
 * The charter in Swedish: the portals' "Charte cookies" translated from the French, and the dialog's own
 * words around it. Its own file in `dist/`, downloaded when the dialog first opens on a Swedish page.
 */
export const charter: CharterTexts = {
  title: 'Kakpolicy',
  choicesIntro:
    'Välj vilka kakor du tillåter. Nödvändiga kakor är alltid aktiva; övriga sätts bara med ditt samtycke, som du när som helst kan återkalla.',
  necessaryName: 'Nödvändiga kakor',
  necessaryText: 'De gör att plattformen fungerar och kräver inte ditt samtycke.',
  alwaysOn: 'Alltid aktiva',
  stateOn: 'På',
  stateOff: 'Av',
  statePartly: 'Delvis på',
  showEntries: 'Visa detaljer om {category}',
  readCharter: 'Läs hela kakpolicyn',
  choiceId: 'Id för ditt val: {id}',

  intro: 'För att kunna erbjuda dig bästa möjliga service använder vi kakor som ser till att den fungerar väl.',
  whatTitle: 'Vad är en kaka?',
  whatText:
    'En ”kaka” (cookie) är en följd av uppgifter, i regel liten och identifierad med ett namn, som kan skickas till din webbläsare av en webbplats som du ansluter till. Din webbläsare sparar den under en viss tid och skickar tillbaka den till webbservern varje gång du ansluter dit igen. Kakor har många användningsområden: de kan användas för att komma ihåg ditt kundnummer hos en webbutik, det aktuella innehållet i din kundvagn, en identifierare som gör det möjligt att spåra din surfning för statistik- eller reklamändamål, osv.',
  kindsIntro: 'Det finns flera typer av kakor:',
  kindNecessary:
    '”Nödvändiga” kakor, som är interna, gör det möjligt att spara information mellan två besök på samma webbplats från samma enhet. De gör det möjligt att spara en kundvagn, inloggningsuppgifter eller anpassningar av gränssnittet. De kräver inte användarens samtycke.',
  kindStatistics:
    '”Statistikkakor” gör det möjligt att följa en internetanvändares handlingar på en webbplats. När statistiken är anonym (det vill säga inte gör det möjligt att identifiera en person) behövs inte användarens samtycke.',
  kindFirstParty:
    '”Interna” kakor eller ”förstapartskakor” (first-party) sätts av den webbplats som besöks. De kan sättas utöver de nödvändiga kakorna och kan användas för att samla in personuppgifter, följa användarens beteende och för reklamändamål.',
  kindThirdParty:
    'Så kallade ”tredjepartskakor”, kakor från ”tredje part” eller ”third party”-kakor är kakor som sätts av (eller för) en webbplats B (ofta ett annonsnätverk) på en webbplats A: det gör det möjligt för webbplats B att se vilka sidor på webbplats A som en användare har besökt och att samla in information om användaren.',
  platformTitle: 'Vad kakorna används till på plattformen',
  necessaryTitle: 'Kakor som är nödvändiga för att plattformen ska fungera / funktionella kakor',
  statisticsTitle: 'Statistikkakor',
  statisticsText: 'De mäter hur många som besöker plattformen. De sätts bara med ditt samtycke.',
  statisticsExemptText:
    'De mäter hur många som besöker plattformen. De som är undantagna från samtycke ger endast anonym statistik: de är aktiva utan ditt samtycke, och du kan invända mot dem genom att stänga av dem. Övriga sätts bara med ditt samtycke.',
  firstPartyTitle: 'Förstapartskakor (first-party)',
  firstPartyText: 'De sätts av plattformen utöver de nödvändiga kakorna. De sätts bara med ditt samtycke.',
  thirdPartyTitle: 'Tredjepartskakor (third party)',
  thirdPartyText: 'De sätts av andra webbplatser, till exempel för inbäddat innehåll. De sätts bara med ditt samtycke.',

  columnProvider: 'Leverantörens namn',
  columnService: 'Tjänst och plats',
  columnCookies: 'Kakans namn',
  columnPurpose: 'Ändamål',
  columnDuration: 'Lagringstid',
  columnChoice: 'Tillåt',
  allowCategory: 'Tillåt {category}',
  allowEntry: 'Tillåt {entry}',
  exempt: 'Undantagen från samtycke',

  save: 'Spara mina val',
  close: 'Stäng',

  sessionidService: 'Autentisering (publik del och administrationsdel)',
  sessionidPurpose: 'Komma ihåg användaren från en sida till en annan.',
  languageService: 'Val av språk (publik del och administrationsdel)',
  languagePurpose: 'Komma ihåg besökarens språk',
  csrfService: 'API (CSRF) (publik del och administrationsdel)',
  csrfPurpose: 'Hämta data via API-anrop',
  preferencesService: 'Val som gäller dina inställningar för kakor',
  preferencesPurpose: 'Gör det möjligt att komma ihåg besökarens val när det gäller kakor',
};
