import type { CharterTexts } from './texts.js';

/**
 * The charter in Catalan: the portals' "Charte cookies" translated from the French, and the dialog's own
 * words around it. Its own file in `dist/`, downloaded when the dialog first opens on a Catalan page.
 */
export const charter: CharterTexts = {
  title: 'Carta de galetes',
  choicesIntro:
    'Trieu les galetes que autoritzeu. Les galetes necessàries sempre estan actives; les altres només s’instal·len amb el vostre acord, que podeu retirar en qualsevol moment.',
  necessaryName: 'Galetes necessàries',
  necessaryText: 'Permeten que la plataforma funcioni i no requereixen el vostre acord.',
  alwaysOn: 'Sempre actives',
  stateOn: 'Activat',
  stateOff: 'Desactivat',
  statePartly: 'Activat en part',
  showEntries: 'Veure el detall de les {category}',
  readCharter: 'Llegir la carta de galetes completa',
  choiceId: 'Identificador de la vostra elecció: {id}',

  intro: 'Per oferir-vos el millor servei possible, utilitzem galetes per garantir-ne el bon funcionament.',
  whatTitle: 'Què és una galeta?',
  whatText:
    'Una «galeta» (cookie) és un seguit d’informacions, generalment de mida petita i identificat per un nom, que un lloc web al qual us connecteu pot transmetre al vostre navegador. El vostre navegador web la conservarà durant un cert temps i la tornarà a enviar al servidor web cada vegada que us hi torneu a connectar. Les galetes tenen molts usos: poden servir per recordar el vostre identificador de client en un lloc de comerç electrònic, el contingut actual del vostre cistell de la compra, un identificador que permet rastrejar la vostra navegació amb finalitats estadístiques o publicitàries, etc.',
  kindsIntro: 'Hi ha diversos tipus de galetes:',
  kindNecessary:
    'Les galetes «necessàries», pròpies del lloc, permeten desar informació entre dues consultes d’un mateix lloc web en un mateix dispositiu. Permeten desar un cistell de la compra, identificadors de connexió o també elements de personalització de la interfície. No requereixen el consentiment de l’usuari.',
  kindStatistics:
    'Les galetes «estadístiques» permeten seguir les accions d’un internauta en un lloc web. Quan les estadístiques són anònimes (és a dir, no permeten identificar una persona), el consentiment de l’usuari no és necessari.',
  kindFirstParty:
    'Les galetes «pròpies» o «first-party» són les que instal·la el lloc consultat. Es poden instal·lar a més de les galetes necessàries i es poden utilitzar per recollir dades personals, seguir el comportament de l’usuari i servir per a finalitats publicitàries.',
  kindThirdParty:
    'Les galetes anomenades «de tercers», «de tercera part» o «third party» són galetes instal·lades per (o per a) un lloc B (sovint una agència de publicitat) en un lloc A: això permet al lloc B veure quines pàgines del lloc A ha visitat un usuari i recollir informació sobre aquest usuari.',
  platformTitle: 'Per a què serveixen les galetes a la plataforma',
  necessaryTitle: 'Galetes necessàries per al bon funcionament de la plataforma / galetes funcionals',
  statisticsTitle: 'Galetes estadístiques',
  statisticsText: 'Mesuren les visites a la plataforma. Només s’instal·len amb el vostre acord.',
  statisticsExemptText:
    'Mesuren les visites a la plataforma. Les que estan exemptes de consentiment només produeixen estadístiques anònimes: estan actives sense el vostre acord, i us hi podeu oposar desactivant-les. Les altres només s’instal·len amb el vostre acord.',
  firstPartyTitle: 'Galetes pròpies (first-party)',
  firstPartyText: 'Les instal·la la plataforma a més de les galetes necessàries. Només s’instal·len amb el vostre acord.',
  thirdPartyTitle: 'Galetes de tercers (third party)',
  thirdPartyText: 'Les instal·len altres llocs, per exemple per a continguts incrustats. Només s’instal·len amb el vostre acord.',

  columnProvider: 'Nom del proveïdor',
  columnService: 'Servei i ubicació',
  columnCookies: 'Nom de la galeta',
  columnPurpose: 'Finalitats',
  columnDuration: 'Durada de conservació',
  columnChoice: 'Autoritzar',
  allowCategory: 'Autoritzar les {category}',
  allowEntry: 'Autoritzar {entry}',
  exempt: 'Exempt de consentiment',

  save: 'Desar les meves opcions',
  close: 'Tancar',

  sessionidService: 'Autenticació (part pública i part d’administració)',
  sessionidPurpose: 'Recordar l’usuari d’una pàgina a una altra.',
  languageService: 'Selecció de la llengua (part pública i part d’administració)',
  languagePurpose: 'Recordar la llengua del visitant',
  csrfService: 'API (CSRF) (part pública i part d’administració)',
  csrfPurpose: 'Obtenir dades mitjançant crides a l’API',
  preferencesService: 'Opcions sobre les vostres preferències de galetes',
  preferencesPurpose: 'Permet recordar l’elecció feta pel visitant pel que fa a les galetes',
};
