/** Test set-up for <hub-panel-signup>: a capturing adapter and helpers that answer steps as a family would. */
import { fixture, html } from '@open-wc/testing';
import type { HubAdapter, WriteOptions } from '../../core/adapter.js';
import type { PanelApplication } from '../../core/model.js';
import { MemoryAdapter, type MemoryAdapterOptions } from '../../adapters/memory/index.js';
import '../../define/hub-panel-signup.js';
import type { HubPanelSignup } from './hub-panel-signup.js';

/** Monday 2 March 2026, 9am in London. */
export const FIXED_NOW = new Date('2026-03-02T09:00:00Z');

export interface CapturedCall {
  application: PanelApplication;
  idempotencyKey: string;
}

/** A MemoryAdapter whose panel applications are recorded exactly as the adapter received them. */
export function capturingAdapter(options: MemoryAdapterOptions = {}) {
  const memory = new MemoryAdapter({ now: () => FIXED_NOW, latencyMs: 0, ...options });
  const calls: CapturedCall[] = [];
  const adapter = new Proxy(memory, {
    get(target, property) {
      if (property === 'submitPanelApplication') {
        return (application: PanelApplication, writeOptions: WriteOptions) => {
          calls.push({ application: structuredClone(application), idempotencyKey: writeOptions.idempotencyKey });
          return target.submitPanelApplication(application, writeOptions);
        };
      }
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  }) as HubAdapter;
  return { memory, adapter, calls };
}

export async function mount(adapter: HubAdapter | undefined, attributes: { localities?: string | null } = {}) {
  const localities = attributes.localities === undefined ? 'North, Central, South' : attributes.localities;
  const el = await fixture<HubPanelSignup>(html`<hub-panel-signup
    hub-name="Brackenford Family Hubs"
    hub-phone="01632 960 001"
    feedback-url="https://example.org/have-your-say"
    privacy-url="https://example.org/privacy"
    privacy-version="2026-09"
    localities="${localities ?? ''}"
    .adapter=${adapter}
  ></hub-panel-signup>`);
  return el;
}

export const root = (el: HubPanelSignup) => el.shadowRoot!;
export const text = (el: HubPanelSignup) => root(el).textContent!.replace(/\s+/g, ' ');

/** Waits for the render, and the journey's focus move that follows it. */
export async function settle(el: HubPanelSignup) {
  await el.updateComplete;
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

export function headingText(el: HubPanelSignup): string {
  return root(el).querySelector('[data-step-heading]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

export function input(el: HubPanelSignup, name: string, value?: string): HTMLInputElement {
  const selector = value === undefined ? `#${name}` : `input[name="${name}"][value="${value}"]`;
  const found = root(el).querySelector<HTMLInputElement>(selector);
  if (!found) throw new Error(`No control ${selector} on the "${headingText(el)}" step`);
  return found;
}

/** Ticks a checkbox or chooses a radio by its group name and value. */
export async function choose(el: HubPanelSignup, name: string, ...values: string[]) {
  for (const value of values) {
    input(el, name, value).click();
    await el.updateComplete;
  }
}

/** Types into a text box or textarea by id. */
export async function fill(el: HubPanelSignup, id: string, value: string) {
  const field = root(el).querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`);
  if (!field) throw new Error(`No field #${id} on the "${headingText(el)}" step`);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function continueOn(el: HubPanelSignup) {
  const submit = root(el).querySelector<HTMLButtonElement>('form button[type="submit"]');
  if (!submit) throw new Error(`No Continue button on the "${headingText(el)}" step`);
  submit.click();
  await settle(el);
}

export async function start(el: HubPanelSignup) {
  root(el).querySelector<HTMLButtonElement>('[part="start-button"]')!.click();
  await settle(el);
}

export function errorTexts(el: HubPanelSignup): string[] {
  return [...root(el).querySelectorAll('.hub-error-summary li')].map((li) => li.textContent!.trim());
}

export function inlineErrors(el: HubPanelSignup): string[] {
  return [...root(el).querySelectorAll('.hub-error-message')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
}

/** Answers every step with the same valid answers, stopping before `stop` (or at Check your answers). */
export async function answerUpTo(el: HubPanelSignup, stop: string = 'check') {
  const steps: [string, () => Promise<void>][] = [
    ['start', () => start(el)],
    [
      'eligibility',
      async () => {
        await choose(el, 'eligibility', 'child-under-two');
        await continueOn(el);
      },
    ],
    [
      'details',
      async () => {
        await fill(el, 'name', 'Sam Okafor');
        await choose(el, 'contact', 'email');
        await fill(el, 'email', 'sam@example.org');
        await continueOn(el);
      },
    ],
    [
      'locality',
      async () => {
        await choose(el, 'locality', 'Central');
        await continueOn(el);
      },
    ],
    [
      'relationship',
      async () => {
        await choose(el, 'relationship', 'parent');
        await continueOn(el);
      },
    ],
    [
      'taking-part',
      async () => {
        await choose(el, 'take-part', 'online');
        await continueOn(el);
      },
    ],
    [
      'support',
      async () => {
        await choose(el, 'support', 'none');
        await continueOn(el);
      },
    ],
    ['equality', () => continueOn(el)],
    [
      'consent',
      async () => {
        await choose(el, 'consent-contact', 'contact-about-panel');
        await choose(el, 'consent-keep', 'keep-for-a-year');
        await continueOn(el);
      },
    ],
  ];
  for (const [step, answer] of steps) {
    if (step === stop) return;
    await answer();
  }
}
