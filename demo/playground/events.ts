// Logs every hub-* event the widgets fire, to show what a host page's analytics would see (never personal data).
const EVENTS = [
  'hub-ready', 'hub-search', 'hub-service-view', 'hub-action', 'hub-step-change', 'hub-validation-error',
  'hub-booking-confirmed', 'hub-booking-waitlisted', 'hub-booking-cancelled', 'hub-referral-submitted',
  'hub-panel-submitted', 'hub-error', 'hub-exit',
];
for (const type of EVENTS) {
  document.addEventListener(type, (event) => console.info(type, (event as CustomEvent).detail));
}
