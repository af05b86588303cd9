// The five portals whose "Charte cookies" the widget reproduces (shared seeds), one demo page each.
const SE_SOUVENIR = `
    <cookie-charter-entry id="cookies_preferences" category="necessary" provider="Opendatasoft"
        service="Choix concernant vos préférences sur les cookies" cookies="cookies_preferences"
        purpose="Se souvenir du choix opéré par le visiteur concernant les cookies"></cookie-charter-entry>`;

export const portals = [
  { page: 'index.html', name: 'Ris-Orangis', platform: 'https://data.mairie-ris-orangis.fr', extra: '' },
  { page: 'noisylegrand.html', name: 'Noisy-le-Grand', platform: 'https://opendata.noisylegrand.fr', extra: SE_SOUVENIR },
  { page: 'roubaix.html', name: 'Roubaix', platform: 'https://opendata.roubaix.fr', extra: '' },
  { page: 'tours-metropole.html', name: 'Tours Métropole', platform: 'https://data.tours-metropole.fr', extra: '' },
  { page: 'regionreunion.html', name: 'Région Réunion', platform: 'https://data.regionreunion.com', extra: SE_SOUVENIR },
];
