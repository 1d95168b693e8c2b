// A council developer's script: registers the council's own adapter under a name, so CMS editors can write
// adapter="brackenford-directory". It imports the library from the same URL as the page's script tag, so
// both are one module. (Here the adapter is the demo borough with every call counted, for the test.)
import { registerAdapter } from '/cdn/hub-widgets.js';
import { MemoryAdapter } from '/cdn/hub-demo.js';

window.__hubTest.adapterCalls = [];

registerAdapter('brackenford-directory', ({ baseUrl }) => {
  window.__hubTest.adapterBaseUrl = baseUrl ?? null;
  const memory = new MemoryAdapter();
  return new Proxy(memory, {
    get(target, key) {
      const value = Reflect.get(target, key, target);
      if (typeof value !== 'function') return value;
      return (...args) => {
        window.__hubTest.adapterCalls.push(String(key));
        return value.apply(target, args);
      };
    },
  });
});
