import type { CharterTexts } from './texts.js';

/**
 * The charter in French: the portals' "Charte cookies", word for word, and the dialog's own words
 * around it. Its own file in `dist/`, downloaded when the dialog first opens on a French page.
 */
export const charter: CharterTexts = {
  title: 'Charte cookies',
  choicesIntro:
    'Choisissez les cookies que vous autorisez. Les cookies nécessaires sont toujours actifs ; les autres ne sont déposés qu’avec votre accord, que vous pouvez retirer à tout moment.',
  necessaryName: 'Cookies nécessaires',
  necessaryText: 'Ils permettent à la plateforme de fonctionner et ne requièrent pas votre accord.',
  alwaysOn: 'Toujours actif',
  stateOn: 'Activé',
  stateOff: 'Désactivé',
  statePartly: 'Activé en partie',
  showEntries: 'Voir le détail des {category}',
  readCharter: 'Lire la charte cookies complète',
  choiceId: 'Identifiant de votre choix : {id}',

  intro: 'Afin de vous proposer le meilleur service possible nous utilisons des cookies pour assurer son bon fonctionnement.',
  whatTitle: "Qu'est ce qu'un cookie ?",
  whatText:
    "Un \"cookie\" est une suite d'informations, généralement de petite taille et identifié par un nom, qui peut être transmis à votre navigateur par un site web sur lequel vous vous connectez. Votre navigateur web le conservera pendant une certaine durée, et le renverra au serveur web chaque fois que vous vous y re-connecterez. Les cookies ont de multiples usages : ils peuvent servir à mémoriser votre identifiant client auprès d'un site marchand, le contenu courant de votre panier d'achat, un identifiant permettant de tracer votre navigation pour des finalités statistiques ou publicitaires, etc.",
  kindsIntro: 'Il existe plusieurs types de cookies :',
  kindNecessary:
    "Les cookies « nécessaires », internes, permettent d'enregistrer des informations entre deux consultations d'un même site web sur un même appareil. Ils permettent d'enregistrer un panier d'achat, des identifiants de connexion ou encore des éléments de personnalisation de l'interface. Ils ne requièrent pas de consentement de la part de l'utilisateur.",
  kindStatistics:
    "Les cookies « statistiques » permettent de suivre les actions d'un internaute sur un site web. Lorsque les statistiques sont anonymes (c'est-à-dire ne permettent pas de retrouver une personne), le consentement de l'utilisateur n'est pas nécessaire.",
  kindFirstParty:
    "Les cookies « internes » ou « first-party » sont déposés par le site consulté. Ils peuvent être déposés en plus des cookies nécessaires et peuvent être utilisés pour collecter des données personnelles, suivre le comportement de l'utilisateur et servir à des finalités publicitaires.",
  kindThirdParty:
    'Les cookies dits « tiers », « tierce partie » ou « third party » sont des cookies déposés par (ou pour) un site B (souvent une régie publicitaire) sur un site A : cela permet au site B de voir quelles pages ont été visitées sur le site A par un utilisateur et de collecter des informations sur lui.',
  platformTitle: 'A quoi servent les cookies sur la plateforme',
  necessaryTitle: 'Cookies nécessaires au bon fonctionnement de la plateforme / cookies fonctionnels',
  statisticsTitle: 'Cookies statistiques',
  statisticsText: 'Ils mesurent la fréquentation de la plateforme. Ils ne sont déposés qu’avec votre accord.',
  statisticsExemptText:
    'Ils mesurent la fréquentation de la plateforme. Ceux qui sont exemptés de consentement ne produisent que des statistiques anonymes : ils sont actifs sans votre accord, et vous pouvez vous y opposer en les désactivant. Les autres ne sont déposés qu’avec votre accord.',
  firstPartyTitle: 'Cookies internes (first-party)',
  firstPartyText: 'Ils sont déposés par la plateforme en plus des cookies nécessaires. Ils ne sont déposés qu’avec votre accord.',
  thirdPartyTitle: 'Cookies tiers (third party)',
  thirdPartyText: 'Ils sont déposés par d’autres sites, par exemple pour des contenus intégrés. Ils ne sont déposés qu’avec votre accord.',

  columnProvider: 'Nom du prestataire',
  columnService: 'Service et emplacement',
  columnCookies: 'Nom du cookies',
  columnPurpose: 'Finalités',
  columnDuration: 'Durée de conservation',
  columnChoice: 'Autoriser',
  allowCategory: 'Autoriser les {category}',
  allowEntry: 'Autoriser {entry}',
  exempt: 'Exempté de consentement',

  save: 'Enregistrer mes choix',
  close: 'Fermer',

  sessionidService: 'Authentification (front et back office)',
  sessionidPurpose: "Se souvenir de l'utilisateur d'une page à une autre.",
  languageService: 'Sélection de la langue (front et back office)',
  languagePurpose: 'Se souvenir de la langue du visiteur',
  csrfService: 'API (CSRF) (front et back office)',
  csrfPurpose: 'Récupérer des données via des appels API',
  preferencesService: 'Choix concernant vos préférences sur les cookies',
  preferencesPurpose: 'Permet de se souvenir du choix opéré par le visiteur concernant les cookies',
};
