import type { CharterTexts } from './texts.js';

/**
 * The charter in Italian, translated from the French one, and the dialog's own words around it. Its own
 * file in `dist/`, downloaded when the dialog first opens on an Italian page.
 */
export const charter: CharterTexts = {
  title: 'Informativa sui cookie',
  choicesIntro:
    'Può scegliere quali cookie autorizzare. I cookie necessari sono sempre attivi; gli altri vengono installati solo con il suo consenso, che può revocare in qualsiasi momento.',
  necessaryName: 'Cookie necessari',
  necessaryText: 'Consentono il funzionamento della piattaforma e non richiedono il suo consenso.',
  alwaysOn: 'Sempre attivi',
  stateOn: 'Attivato',
  stateOff: 'Disattivato',
  statePartly: 'Attivato in parte',
  showEntries: 'Vedi il dettaglio dei {category}',
  readCharter: 'Leggi l’informativa completa sui cookie',
  choiceId: 'Identificativo della sua scelta: {id}',

  intro: 'Per offrirle il miglior servizio possibile utilizziamo i cookie per garantirne il corretto funzionamento.',
  whatTitle: 'Che cos’è un cookie?',
  whatText:
    'Un «cookie» è una sequenza di informazioni, generalmente di piccole dimensioni e identificata da un nome, che può essere trasmessa al suo browser da un sito web a cui si collega. Il suo browser web lo conserverà per un certo periodo e lo rinvierà al server web ogni volta che vi si ricollegherà. I cookie hanno molteplici utilizzi: possono servire a memorizzare il suo identificativo cliente presso un sito di commercio elettronico, il contenuto attuale del suo carrello, un identificativo che consente di tracciare la sua navigazione per finalità statistiche o pubblicitarie, ecc.',
  kindsIntro: 'Esistono diversi tipi di cookie:',
  kindNecessary:
    'I cookie «necessari», di prima parte, consentono di registrare informazioni tra due visite allo stesso sito web sullo stesso dispositivo. Permettono di registrare un carrello, credenziali di accesso o ancora elementi di personalizzazione dell’interfaccia. Non richiedono il consenso dell’utente.',
  kindStatistics:
    'I cookie «statistici» consentono di seguire le azioni di un utente su un sito web. Quando le statistiche sono anonime (ossia non consentono di risalire a una persona), il consenso dell’utente non è necessario.',
  kindFirstParty:
    'I cookie «di prima parte» o «first-party» sono installati dal sito visitato. Possono essere installati in aggiunta ai cookie necessari ed essere utilizzati per raccogliere dati personali, seguire il comportamento dell’utente e servire a finalità pubblicitarie.',
  kindThirdParty:
    'I cookie cosiddetti «di terzi», «di terze parti» o «third party» sono cookie installati da (o per) un sito B (spesso una concessionaria di pubblicità) su un sito A: ciò consente al sito B di vedere quali pagine del sito A sono state visitate da un utente e di raccogliere informazioni su di lui.',
  platformTitle: 'A cosa servono i cookie sulla piattaforma',
  necessaryTitle: 'Cookie necessari al corretto funzionamento della piattaforma / cookie funzionali',
  statisticsTitle: 'Cookie statistici',
  statisticsText: 'Misurano le visite alla piattaforma. Vengono installati solo con il suo consenso.',
  statisticsExemptText:
    'Misurano le visite alla piattaforma. Quelli esenti da consenso producono solo statistiche anonime: sono attivi senza il suo consenso, e lei può opporvisi disattivandoli. Gli altri vengono installati solo con il suo consenso.',
  firstPartyTitle: 'Cookie di prima parte (first-party)',
  firstPartyText: 'Sono installati dalla piattaforma in aggiunta ai cookie necessari. Vengono installati solo con il suo consenso.',
  thirdPartyTitle: 'Cookie di terze parti (third party)',
  thirdPartyText: 'Sono installati da altri siti, ad esempio per contenuti incorporati. Vengono installati solo con il suo consenso.',

  columnProvider: 'Nome del fornitore',
  columnService: 'Servizio e ambito',
  columnCookies: 'Nome del cookie',
  columnPurpose: 'Finalità',
  columnDuration: 'Durata di conservazione',
  columnChoice: 'Autorizza',
  allowCategory: 'Autorizza i {category}',
  allowEntry: 'Autorizza {entry}',
  exempt: 'Esente da consenso',

  save: 'Salva le mie scelte',
  close: 'Chiudi',

  sessionidService: 'Autenticazione (front office e back office)',
  sessionidPurpose: 'Ricordare l’utente da una pagina all’altra.',
  languageService: 'Selezione della lingua (front office e back office)',
  languagePurpose: 'Ricordare la lingua del visitatore',
  csrfService: 'API (CSRF) (front office e back office)',
  csrfPurpose: 'Recuperare dati tramite chiamate API',
  preferencesService: 'Scelta relativa alle sue preferenze sui cookie',
  preferencesPurpose: 'Consente di ricordare la scelta effettuata dal visitatore in merito ai cookie',
};
