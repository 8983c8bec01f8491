/// <reference lib="webworker" />
/*
 * The import worker: reading, decoding, parsing, validating and planning an import, and storing
 * it, run here so that even a 25 MB file never holds up the page.
 */
import { expose } from 'comlink';
import { importer } from './importer';

expose(importer);
