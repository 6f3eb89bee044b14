import { KwaliteitsmapDb } from '../db/database';
import { createVaultHandlers } from './vault-handlers';
import { serve } from './rpc';
import { registerPdfTools } from './pdf-tools';

registerPdfTools();

// The worker opens the same IndexedDB database as the window (same origin, same name).
serve(createVaultHandlers(new KwaliteitsmapDb()));
