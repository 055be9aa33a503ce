import { mount } from 'svelte';
import App from './ui/App.svelte';
import './ui/global.css';

mount(App, { target: document.getElementById('app')! });

// The service worker (built by vite-plugin-pwa) keeps the app working offline after the first visit.
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  // Installed a little after the first paint, so that precaching does not compete with it.
  window.addEventListener('load', () => {
    setTimeout(() => navigator.serviceWorker.register('./sw.js').catch(() => undefined), 2000);
  });
}
