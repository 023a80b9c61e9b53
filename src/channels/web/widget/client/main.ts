import { readConfig } from './config.js';
import { mountWidget } from './widget.js';

/**
 * Entry of widget.js. `document.currentScript` is set for classic (also async) scripts; the
 * selector is the fallback for loaders that inject the script differently.
 */
const script =
  (document.currentScript as HTMLScriptElement | null) ??
  document.querySelector<HTMLScriptElement>('script[src*="widget.js"]');

function start() {
  if (document.querySelector('lotse-widget')) return; // embedded twice: keep the first
  const host = document.createElement('lotse-widget');
  // Inline !important beats the host page's stylesheets on the one element they can reach.
  host.style.cssText = 'all:initial!important;display:block!important';
  document.body.appendChild(host);
  mountWidget(host, readConfig(script, document.baseURI));
}

if (document.body) start();
else document.addEventListener('DOMContentLoaded', start, { once: true });
