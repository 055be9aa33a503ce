import { mount } from 'svelte';
import App from './ui/App.svelte';
import './ui/global.css';

// The service worker (built by vite-plugin-pwa) keeps the app working offline after the first visit.
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  // Installed a little after the first paint, so that precaching does not compete with it.
  window.addEventListener('load', () => {
    setTimeout(() => navigator.serviceWorker.register('./sw.js').catch(() => undefined), 2000);
  });
}

// The modules are evaluated in one task and the app is mounted in the next: neither holds the page
// long. (The page's load may come meanwhile: the service worker's listener is set before the wait.)
await new Promise((resolve) => setTimeout(resolve, 0));
mount(App, { target: document.getElementById('app')! });
