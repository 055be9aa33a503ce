/**
 * Name and current version of the scenario file format. Kept apart from the schema so that code
 * which only upgrades documents (the database, the page) does not load the schema library.
 */
export const SCENARIO_FORMAT = 'seimbang-scenario';
export const SCENARIO_VERSION = 2;
