import { KwaliteitsmapDb } from '../db/database';
import { createVaultHandlers } from './vault-handlers';
import { serve } from './rpc';

// The worker opens the same IndexedDB database as the window (same origin, same name).
serve(createVaultHandlers(new KwaliteitsmapDb()));
