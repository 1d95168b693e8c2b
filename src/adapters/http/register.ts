/** The adapter that `api-base` attributes build: the project's HTTP API. */
import { isAdapterRegistered, registerAdapter } from '../registry.js';
import { requireUrl } from '../require-url.js';
import { HttpAdapter } from './http-adapter.js';

export function registerHttpAdapter(): void {
  if (!isAdapterRegistered('http')) registerAdapter('http', ({ baseUrl }) => new HttpAdapter({ baseUrl: requireUrl(baseUrl, 'api-base') }));
}
