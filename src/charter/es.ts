import type { CharterTexts } from './texts.js';

/**
 * The charter in Spanish, translated from the French one, and the dialog's own words around it. Its own
 * file in `dist/`, downloaded when the dialog first opens on a Spanish page.
 */
export const charter: CharterTexts = {
  title: 'Política de cookies',
  choicesIntro:
    'Elija las cookies que autoriza. Las cookies necesarias están siempre activas; las demás solo se instalan con su autorización, que puede retirar en cualquier momento.',
  necessaryName: 'Cookies necesarias',
  necessaryText: 'Permiten que la plataforma funcione y no requieren su autorización.',
  alwaysOn: 'Siempre activas',
  stateOn: 'Activado',
  stateOff: 'Desactivado',
  statePartly: 'Activado en parte',
  showEntries: 'Ver el detalle de las {category}',
  readCharter: 'Leer la política de cookies completa',
  choiceId: 'Identificador de su elección: {id}',

  intro: 'Para ofrecerle el mejor servicio posible, utilizamos cookies para garantizar su correcto funcionamiento.',
  whatTitle: '¿Qué es una cookie?',
  whatText:
    'Una «cookie» es una serie de datos, generalmente de pequeño tamaño e identificada por un nombre, que un sitio web al que usted se conecta puede transmitir a su navegador. Su navegador web la conservará durante un tiempo determinado y la reenviará al servidor web cada vez que usted vuelva a conectarse a él. Las cookies tienen múltiples usos: pueden servir para recordar su identificador de cliente en un sitio de comercio electrónico, el contenido actual de su cesta de la compra, un identificador que permite rastrear su navegación con fines estadísticos o publicitarios, etc.',
  kindsIntro: 'Existen varios tipos de cookies:',
  kindNecessary:
    'Las cookies «necesarias», propias, permiten registrar información entre dos visitas a un mismo sitio web en un mismo dispositivo. Permiten guardar una cesta de la compra, credenciales de inicio de sesión o también elementos de personalización de la interfaz. No requieren el consentimiento del usuario.',
  kindStatistics:
    'Las cookies «estadísticas» permiten seguir las acciones de un internauta en un sitio web. Cuando las estadísticas son anónimas (es decir, no permiten identificar a una persona), no es necesario el consentimiento del usuario.',
  kindFirstParty:
    'Las cookies «propias» o «first-party» las instala el sitio consultado. Pueden instalarse además de las cookies necesarias y pueden utilizarse para recopilar datos personales, seguir el comportamiento del usuario y servir a fines publicitarios.',
  kindThirdParty:
    'Las cookies denominadas «de terceros», «de tercera parte» o «third party» son cookies instaladas por (o para) un sitio B (a menudo una red publicitaria) en un sitio A: esto permite al sitio B ver qué páginas del sitio A ha visitado un usuario y recopilar información sobre él.',
  platformTitle: 'Para qué sirven las cookies en la plataforma',
  necessaryTitle: 'Cookies necesarias para el correcto funcionamiento de la plataforma / cookies funcionales',
  statisticsTitle: 'Cookies estadísticas',
  statisticsText: 'Miden las visitas a la plataforma. Solo se instalan con su autorización.',
  statisticsExemptText:
    'Miden las visitas a la plataforma. Las que están exentas de consentimiento solo producen estadísticas anónimas: están activas sin su autorización, y usted puede oponerse a ellas desactivándolas. Las demás solo se instalan con su autorización.',
  firstPartyTitle: 'Cookies propias (first-party)',
  firstPartyText: 'Las instala la plataforma además de las cookies necesarias. Solo se instalan con su autorización.',
  thirdPartyTitle: 'Cookies de terceros (third party)',
  thirdPartyText: 'Las instalan otros sitios, por ejemplo para contenidos integrados. Solo se instalan con su autorización.',

  columnProvider: 'Nombre del proveedor',
  columnService: 'Servicio y ubicación',
  columnCookies: 'Nombre de la cookie',
  columnPurpose: 'Finalidades',
  columnDuration: 'Plazo de conservación',
  columnChoice: 'Autorizar',
  allowCategory: 'Autorizar las {category}',
  allowEntry: 'Autorizar {entry}',
  exempt: 'Exento de consentimiento',

  save: 'Guardar mis opciones',
  close: 'Cerrar',

  sessionidService: 'Autenticación (front office y back office)',
  sessionidPurpose: 'Recordar al usuario de una página a otra.',
  languageService: 'Selección del idioma (front office y back office)',
  languagePurpose: 'Recordar el idioma del visitante',
  csrfService: 'API (CSRF) (front office y back office)',
  csrfPurpose: 'Obtener datos mediante llamadas a la API',
  preferencesService: 'Elección relativa a sus preferencias sobre las cookies',
  preferencesPurpose: 'Permite recordar la elección realizada por el visitante en relación con las cookies',
};
