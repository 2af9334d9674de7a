/**
 * The export file's format marker and version, apart from export-file.ts so that writing an export
 * (repo.ts, which the popup loads) does not bring in the import checks and the phrase validator.
 */
export const EXPORT_FORMAT = 'parley-export';
export const EXPORT_VERSION = 1;
