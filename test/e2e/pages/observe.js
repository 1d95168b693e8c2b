// Loaded first by every test page (a classic script, so it runs before the modules): records what the
// tests check afterwards. Content-Security-Policy violations are composed events, so those from inside
// the widgets' shadow roots reach the document too.
window.__hubTest = { violations: [], errors: [], events: [] };
document.addEventListener(
  'securitypolicyviolation',
  (event) => window.__hubTest.violations.push({ directive: event.violatedDirective, blocked: event.blockedURI, sample: event.sample }),
  true,
);
window.addEventListener('error', (event) => window.__hubTest.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.__hubTest.errors.push(String(event.reason)));
for (const type of ['hub-ready', 'hub-search', 'hub-booking-confirmed', 'hub-error']) {
  document.addEventListener(type, (event) => window.__hubTest.events.push({ type, detail: event.detail }));
}
