import { mount } from 'svelte';
import { createAppContext } from './state/app';
import App from './ui/App.svelte';
import './ui/global.css';

// The service worker (built by vite-plugin-pwa) keeps the app working offline after the first visit.
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  // Installed a little after the first paint, so that precaching does not compete with it.
  window.addEventListener('load', () => {
    setTimeout(() => navigator.serviceWorker.register('./sw.js').catch(() => undefined), 2000);
  });
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

// The page starts in three tasks, none of which holds it long: the modules are evaluated; the app's
// states are built (the database's schema, the language, the workers); the shell is mounted. (The
// page's load may come meanwhile: the service worker's listener is set before the first wait.)
await nextTask();
const context = createAppContext();
await nextTask();
mount(App, { target: document.getElementById('app')!, props: { context } });
