/** The library's version, checked when two copies meet on one page. Kept in step with package.json by a test. */
export const VERSION: string = '0.1.0';
