import type { CharterTexts } from './texts.js';

/**
 * The charter in Portuguese (European spelling), translated from the French one, and the dialog's own
 * words around it. Its own file in `dist/`, downloaded when the dialog first opens on a Portuguese page.
 */
export const charter: CharterTexts = {
  title: 'Política de cookies',
  choicesIntro:
    'Escolha os cookies que autoriza. Os cookies necessários estão sempre ativos; os restantes só são instalados com a sua autorização, que pode retirar a qualquer momento.',
  necessaryName: 'Cookies necessários',
  necessaryText: 'Permitem que a plataforma funcione e não requerem a sua autorização.',
  alwaysOn: 'Sempre ativos',
  stateOn: 'Ativado',
  stateOff: 'Desativado',
  statePartly: 'Parcialmente ativado',
  showEntries: 'Ver os detalhes dos {category}',
  readCharter: 'Ler a política de cookies completa',
  choiceId: 'Identificador da sua escolha: {id}',

  intro: 'Para lhe oferecer o melhor serviço possível, utilizamos cookies para assegurar o seu bom funcionamento.',
  whatTitle: 'O que é um cookie?',
  whatText:
    'Um «cookie» é um conjunto de informações, geralmente de pequena dimensão e identificado por um nome, que pode ser transmitido ao seu navegador por um sítio web ao qual se liga. O seu navegador web conserva-o durante um determinado período e reenvia-o ao servidor web sempre que voltar a ligar-se a ele. Os cookies têm múltiplas utilizações: podem servir para memorizar o seu identificador de cliente num sítio de comércio eletrónico, o conteúdo atual do seu carrinho de compras, um identificador que permite seguir a sua navegação para fins estatísticos ou publicitários, etc.',
  kindsIntro: 'Existem vários tipos de cookies:',
  kindNecessary:
    'Os cookies «necessários», próprios, permitem registar informações entre duas visitas a um mesmo sítio web num mesmo dispositivo. Permitem registar um carrinho de compras, credenciais de acesso ou ainda elementos de personalização da interface. Não requerem o consentimento do utilizador.',
  kindStatistics:
    'Os cookies «estatísticos» permitem acompanhar as ações de um internauta num sítio web. Quando as estatísticas são anónimas (ou seja, não permitem identificar uma pessoa), o consentimento do utilizador não é necessário.',
  kindFirstParty:
    'Os cookies «próprios» ou «first-party» são instalados pelo sítio consultado. Podem ser instalados para além dos cookies necessários e podem ser utilizados para recolher dados pessoais, acompanhar o comportamento do utilizador e servir fins publicitários.',
  kindThirdParty:
    'Os cookies ditos «de terceiros», «de terceira parte» ou «third party» são cookies instalados por (ou para) um sítio B (muitas vezes uma rede publicitária) num sítio A: isto permite ao sítio B ver que páginas do sítio A foram visitadas por um utilizador e recolher informações sobre ele.',
  platformTitle: 'Para que servem os cookies na plataforma',
  necessaryTitle: 'Cookies necessários ao bom funcionamento da plataforma / cookies funcionais',
  statisticsTitle: 'Cookies estatísticos',
  statisticsText: 'Medem as visitas à plataforma. Só são instalados com a sua autorização.',
  statisticsExemptText:
    'Medem as visitas à plataforma. Os que estão isentos de consentimento produzem apenas estatísticas anónimas: estão ativos sem a sua autorização, e pode opor-se a eles desativando-os. Os restantes só são instalados com a sua autorização.',
  firstPartyTitle: 'Cookies próprios (first-party)',
  firstPartyText: 'São instalados pela plataforma para além dos cookies necessários. Só são instalados com a sua autorização.',
  thirdPartyTitle: 'Cookies de terceiros (third party)',
  thirdPartyText: 'São instalados por outros sítios, por exemplo para conteúdos incorporados. Só são instalados com a sua autorização.',

  columnProvider: 'Nome do prestador',
  columnService: 'Serviço e localização',
  columnCookies: 'Nome do cookie',
  columnPurpose: 'Finalidades',
  columnDuration: 'Prazo de conservação',
  columnChoice: 'Autorizar',
  allowCategory: 'Autorizar os {category}',
  allowEntry: 'Autorizar {entry}',
  exempt: 'Isento de consentimento',

  save: 'Guardar as minhas escolhas',
  close: 'Fechar',

  sessionidService: 'Autenticação (front office e back office)',
  sessionidPurpose: 'Lembrar-se do utilizador de uma página para outra.',
  languageService: 'Seleção do idioma (front office e back office)',
  languagePurpose: 'Lembrar-se do idioma do visitante',
  csrfService: 'API (CSRF) (front office e back office)',
  csrfPurpose: 'Obter dados através de chamadas à API',
  preferencesService: 'Escolha relativa às suas preferências sobre cookies',
  preferencesPurpose: 'Permite memorizar a escolha feita pelo visitante relativamente aos cookies',
};
