import type { CharterTexts } from './texts.js';

/**
 * The charter in German, translated from the French one, and the dialog's own words around it. Its own
 * file in `dist/`, downloaded when the dialog first opens on a German page.
 */
export const charter: CharterTexts = {
  title: 'Cookie-Richtlinie',
  choicesIntro:
    'Wählen Sie, welche Cookies Sie zulassen. Notwendige Cookies sind immer aktiv; die übrigen werden nur mit Ihrer Zustimmung gesetzt, die Sie jederzeit widerrufen können.',
  necessaryName: 'Notwendige Cookies',
  necessaryText: 'Diese Cookies ermöglichen den Betrieb der Plattform und bedürfen nicht Ihrer Zustimmung.',
  alwaysOn: 'Immer aktiv',
  stateOn: 'Aktiviert',
  stateOff: 'Deaktiviert',
  statePartly: 'Teilweise aktiviert',
  showEntries: '{category} im Detail',
  readCharter: 'Vollständige Cookie-Richtlinie lesen',
  choiceId: 'Kennung Ihrer Auswahl: {id}',

  intro: 'Um Ihnen den bestmöglichen Service zu bieten und dessen einwandfreies Funktionieren sicherzustellen, verwenden wir Cookies.',
  whatTitle: 'Was ist ein Cookie?',
  whatText:
    'Ein „Cookie“ ist eine Folge von Informationen, meist von geringem Umfang und mit einem Namen gekennzeichnet, die von einer Website, die Sie aufrufen, an Ihren Browser übermittelt werden kann. Ihr Webbrowser speichert das Cookie für eine bestimmte Dauer und sendet es jedes Mal an den Webserver zurück, wenn Sie diesen erneut aufrufen. Cookies haben vielfältige Verwendungszwecke: Mit ihnen lassen sich beispielsweise Ihre Kundenkennung bei einem Online-Händler, der aktuelle Inhalt Ihres Warenkorbs oder eine Kennung speichern, mit der Ihr Surfverhalten zu Statistik- oder Werbezwecken verfolgt werden kann.',
  kindsIntro: 'Es gibt verschiedene Arten von Cookies:',
  kindNecessary:
    'Die „notwendigen“, eigenen Cookies ermöglichen es, Informationen zwischen zwei Aufrufen derselben Website auf demselben Gerät zu speichern. Mit ihnen lassen sich ein Warenkorb, Anmeldedaten oder auch Einstellungen zur Personalisierung der Benutzeroberfläche speichern. Eine Einwilligung der Nutzerin oder des Nutzers ist für sie nicht erforderlich.',
  kindStatistics:
    '„Statistik-Cookies“ ermöglichen es, die Aktivitäten einer Internetnutzerin oder eines Internetnutzers auf einer Website zu verfolgen. Sind die Statistiken anonym (d. h. lassen sie keinen Rückschluss auf eine Person zu), ist die Einwilligung der Nutzerin oder des Nutzers nicht erforderlich.',
  kindFirstParty:
    '„Eigene“ Cookies oder „First-Party-Cookies“ werden von der aufgerufenen Website gesetzt. Diese können zusätzlich zu den notwendigen Cookies gesetzt und dazu verwendet werden, personenbezogene Daten zu erheben, das Verhalten der Nutzerin oder des Nutzers nachzuverfolgen und Werbezwecken zu dienen.',
  kindThirdParty:
    'Sogenannte „Drittanbieter-Cookies“, „Cookies von Dritten“ oder „Third-Party-Cookies“ sind Cookies, die von einer oder für eine Website B (häufig ein Werbevermarkter) auf einer Website A gesetzt werden: Dadurch kann Website B sehen, welche Seiten auf Website A von einer Nutzerin oder einem Nutzer aufgerufen wurden, und Informationen über diese Person sammeln.',
  platformTitle: 'Zweck der Cookies auf der Plattform',
  necessaryTitle: 'Für den ordnungsgemäßen Betrieb der Plattform notwendige Cookies / funktionale Cookies',
  statisticsTitle: 'Statistik-Cookies',
  statisticsText: 'Diese Cookies messen die Besucherzahlen der Plattform. Sie werden nur mit Ihrer Zustimmung gesetzt.',
  statisticsExemptText:
    'Diese Cookies messen die Besucherzahlen der Plattform. Diejenigen, die von der Einwilligungspflicht ausgenommen sind, erzeugen ausschließlich anonyme Statistiken: Diese sind ohne Ihre Zustimmung aktiv, und Sie können ihnen widersprechen, indem Sie sie deaktivieren. Die übrigen werden nur mit Ihrer Zustimmung gesetzt.',
  firstPartyTitle: 'Eigene Cookies (First-Party)',
  firstPartyText: 'Diese Cookies setzt die Plattform zusätzlich zu den notwendigen Cookies. Sie werden nur mit Ihrer Zustimmung gesetzt.',
  thirdPartyTitle: 'Drittanbieter-Cookies (Third Party)',
  thirdPartyText:
    'Diese Cookies werden von anderen Websites gesetzt, zum Beispiel für eingebettete Inhalte. Sie werden nur mit Ihrer Zustimmung gesetzt.',

  columnProvider: 'Name des Anbieters',
  columnService: 'Dienst und Einsatzbereich',
  columnCookies: 'Name des Cookies',
  columnPurpose: 'Zwecke',
  columnDuration: 'Speicherdauer',
  columnChoice: 'Zulassen',
  allowCategory: '{category} zulassen',
  allowEntry: '{entry} zulassen',
  exempt: 'Von der Einwilligungspflicht ausgenommen',

  save: 'Meine Auswahl speichern',
  close: 'Schließen',

  sessionidService: 'Authentifizierung (Front- und Backoffice)',
  sessionidPurpose: 'Die Nutzerin oder den Nutzer von einer Seite zur nächsten wiedererkennen.',
  languageService: 'Sprachauswahl (Front- und Backoffice)',
  languagePurpose: 'Die Sprache der Besucherin oder des Besuchers speichern',
  csrfService: 'API (CSRF) (Front- und Backoffice)',
  csrfPurpose: 'Daten über API-Aufrufe abrufen',
  preferencesService: 'Auswahl zu Ihren Cookie-Einstellungen',
  preferencesPurpose: 'Ermöglicht es, die Auswahl der Besucherin oder des Besuchers zu Cookies zu speichern',
};
