// Shows the live state of window.cookieCharter beside the banner, through the queue and the API.
(window.cookieCharter = window.cookieCharter || []).push((api) => {
  const out = document.getElementById('state');
  const show = () => {
    const names = ['statistics', 'third-party', 'matomo', 'youtube', 'dailymotion'];
    const allows = names.map((name) => `  allows('${name}'): ${api.allows(name)}`).join('\n');
    out.textContent = `decided: ${api.decided}\n${allows}\npreferences(): ${JSON.stringify(api.preferences(), null, 2)}`;
  };
  show();
  api.onChange(show);
  document.getElementById('reset').addEventListener('click', () => api.reset());
});
