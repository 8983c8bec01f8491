/** Name of the app's one database. */
export const DB_NAME = 'bondgenoten';
/** Current schema version (the upgrade steps are in db.ts). */
export const DB_VERSION = 2;
