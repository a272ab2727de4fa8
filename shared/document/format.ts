/** The value of `format` in every .accord file. */
export const FORMAT = 'accord';

/** The file-format version this build writes. Older versions are migrated on load. */
export const FORMAT_VERSION = 1;

/** File-name extension of Accord documents, with the dot. */
export const EXTENSION = '.accord';

/** The application version recorded in files (kept in step with package.json by a test). */
export const APP_VERSION = '0.1.0';
