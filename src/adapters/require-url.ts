/** The URL an attribute gave an adapter factory, or a clear error naming the attribute that needs one. */
export function requireUrl(baseUrl: string | undefined, attribute: string): string {
  if (!baseUrl) throw new Error(`The ${attribute} attribute needs a URL`);
  return baseUrl;
}
