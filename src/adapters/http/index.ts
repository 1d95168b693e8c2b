/** The adapter for the project's HTTP API (docs/openapi.yaml), and the protocol pieces a backend shares. */
export { HttpAdapter, type HttpAdapterOptions } from './http-adapter.js';
export {
  API_PATHS,
  HONEYPOT_FIELD,
  IDEMPOTENCY_HEADER,
  PROBLEM_CONTENT_TYPE,
  REPLAYED_HEADER,
  type CapabilitiesDocument,
  type Problem,
} from './protocol.js';
