// The classic-script build: runs the drop-in entry and exposes nothing but `window.cookieCharter`.
import './index.js';
