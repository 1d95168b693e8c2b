export * from './checkboxes.js';
export * from './content.js';
export * from './date-input.js';
export * from './error-summary.js';
export * from './field.js';
export * from './fieldset.js';
export * from './navigation.js';
export * from './radios.js';
