import Dexie, { type EntityTable, type Table } from 'dexie';
import { DB_NAME, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3_CHANGES, type CustomRequirementRow, type DocumentContent } from './schema';
import type { Assessment, EvidenceDocument, Organisation, Person } from '../../../shared/model';
import { upgradeToV2 } from './migrations';
import { upgradeToV3 } from './migration-v3';

/** The one IndexedDB database of the app. Its name and origin must never change. */
export class KwaliteitsmapDb extends Dexie {
  organisation!: EntityTable<Organisation, 'id'>;
  people!: EntityTable<Person, 'id'>;
  documents!: EntityTable<EvidenceDocument, 'id'>;
  contents!: EntityTable<DocumentContent, 'id'>;
  assessments!: Table<Assessment, [string, string]>;
  customRequirements!: EntityTable<CustomRequirementRow, 'id'>;

  constructor(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    this.version(3).stores(SCHEMA_V3_CHANGES).upgrade(upgradeToV3);
  }
}

let instance: KwaliteitsmapDb | undefined;

/** The app-wide database; tests create their own instances. */
export function getDb(): KwaliteitsmapDb {
  instance ??= new KwaliteitsmapDb();
  return instance;
}
