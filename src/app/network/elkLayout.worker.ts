/**
 * ELK in a Web Worker of its own, for the material and process views: a
 * big park's layout takes seconds, which would freeze the page in the main
 * thread. elkjs's worker script answers the layout requests itself.
 */
import 'elkjs/lib/elk-worker.min.js';
