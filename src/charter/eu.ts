import type { CharterTexts } from './texts.js';

/**
 * The charter in Basque: the portals' "Charte cookies" translated from the French, and the dialog's own
 * words around it. Its own file in `dist/`, downloaded when the dialog first opens on a Basque page.
 */
export const charter: CharterTexts = {
  title: 'Cookie-gutuna',
  choicesIntro:
    'Aukeratu zein cookie baimentzen dituzun. Beharrezko cookieak beti daude aktibo; gainerakoak zure onespenarekin soilik ezartzen dira, eta onespen hori edonoiz ken dezakezu.',
  necessaryName: 'Beharrezko cookieak',
  necessaryText: 'Plataformak funtziona dezan ahalbidetzen dute, eta ez dute zure onespenik behar.',
  alwaysOn: 'Beti aktibo',
  stateOn: 'Aktibatuta',
  stateOff: 'Desaktibatuta',
  statePartly: 'Zati batean aktibatuta',
  showEntries: 'Ikusi {category} zehatz-mehatz',
  readCharter: 'Irakurri cookie-gutun osoa',
  choiceId: 'Zure aukeraren identifikatzailea: {id}',

  intro: 'Ahalik eta zerbitzurik onena eskaintzeko, cookieak erabiltzen ditugu zerbitzuak behar bezala funtziona dezan.',
  whatTitle: 'Zer da cookie bat?',
  whatText:
    '«Cookie» bat informazio-segida bat da, oro har tamaina txikikoa eta izen batez identifikatua, zu konektatzen zaren webgune batek zure nabigatzaileari igor diezaiokeena. Zure web-nabigatzaileak denbora jakin batez gordeko du, eta web-zerbitzariari itzuliko dio berriro hartara konektatzen zaren bakoitzean. Cookieek erabilera ugari dituzte: saltoki-webgune batean duzun bezero-identifikatzailea gogoratzeko balio dezakete, baita zure erosketa-saskiaren uneko edukia edo zure nabigazioa helburu estatistiko edo publizitarioekin jarraitzeko aukera ematen duen identifikatzaile bat ere, etab.',
  kindsIntro: 'Hainbat cookie mota daude:',
  kindNecessary:
    'Cookie «beharrezkoak» propioak dira, eta informazioa gordetzeko aukera ematen dute webgune berari gailu berean egindako bi kontsulten artean. Erosketa-saski bat, saioa hasteko identifikatzaileak edo interfazea pertsonalizatzeko elementuak gordetzeko aukera ematen dute. Ez dute erabiltzailearen baimenik behar.',
  kindStatistics:
    'Cookie «estatistikoek» internauta batek webgune batean egiten dituen ekintzen jarraipena egiteko aukera ematen dute. Estatistikak anonimoak direnean (hau da, pertsona bat identifikatzeko aukerarik ematen ez dutenean), ez da erabiltzailearen baimenik behar.',
  kindFirstParty:
    'Cookie «propioak» edo «first-party» cookieak kontsultatzen den webguneak ezartzen ditu. Beharrezko cookieez gain ezar daitezke, eta datu pertsonalak biltzeko, erabiltzailearen portaeraren jarraipena egiteko eta publizitate-helburuetarako erabil daitezke.',
  kindThirdParty:
    '«Hirugarrenen» cookieak, «hirugarren alderdiaren» cookieak edo «third party» cookieak deitzen direnak B webgune batek (edo B webgune batentzat), askotan publizitate-agentzia batek, A webgune batean ezarritako cookieak dira: horri esker, B webguneak ikus dezake erabiltzaile batek A webguneko zein orri bisitatu dituen, eta hari buruzko informazioa bil dezake.',
  platformTitle: 'Zertarako erabiltzen dira cookieak plataforman',
  necessaryTitle: 'Plataformak behar bezala funtziona dezan beharrezkoak diren cookieak / cookie funtzionalak',
  statisticsTitle: 'Estatistika-cookieak',
  statisticsText: 'Plataformaren bisita kopurua neurtzen dute. Zure onespenarekin soilik ezartzen dira.',
  statisticsExemptText:
    'Plataformaren bisita kopurua neurtzen dute. Baimenetik salbuetsita daudenek estatistika anonimoak baino ez dituzte sortzen: zure onespenik gabe daude aktibo, eta haien aurka egin dezakezu desaktibatuz. Gainerakoak zure onespenarekin soilik ezartzen dira.',
  firstPartyTitle: 'Cookie propioak (first-party)',
  firstPartyText: 'Plataformak ezartzen ditu, beharrezko cookieez gain. Zure onespenarekin soilik ezartzen dira.',
  thirdPartyTitle: 'Hirugarrenen cookieak (third party)',
  thirdPartyText: 'Beste webgune batzuek ezartzen dituzte, adibidez txertatutako edukietarako. Zure onespenarekin soilik ezartzen dira.',

  columnProvider: 'Hornitzailearen izena',
  columnService: 'Zerbitzua eta kokapena',
  columnCookies: 'Cookiearen izena',
  columnPurpose: 'Helburuak',
  columnDuration: 'Gordetzeko epea',
  columnChoice: 'Baimendu',
  allowCategory: 'Baimendu {category}',
  allowEntry: 'Baimendu {entry}',
  exempt: 'Baimenetik salbuetsia',

  save: 'Gorde nire aukerak',
  close: 'Itxi',

  sessionidService: 'Autentifikazioa (atal publikoa eta kudeaketa-atala)',
  sessionidPurpose: 'Erabiltzailea orri batetik bestera gogoratzea.',
  languageService: 'Hizkuntza hautatzea (atal publikoa eta kudeaketa-atala)',
  languagePurpose: 'Bisitariaren hizkuntza gogoratzea',
  csrfService: 'API (CSRF) (atal publikoa eta kudeaketa-atala)',
  csrfPurpose: 'API deien bidez datuak eskuratzea',
  preferencesService: 'Cookieei buruzko zure hobespenen aukerak',
  preferencesPurpose: 'Bisitariak cookieei buruz egindako aukera gogoratzeko balio du',
};
