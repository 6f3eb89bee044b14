import Dexie, { type EntityTable, type Table } from 'dexie';
import { DB_NAME, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3_CHANGES, SCHEMA_V4_CHANGES, SCHEMA_V5_CHANGES, type AuthoringAnswersRow, type CustomRequirementRow, type DocumentContent } from './schema';
import type { Assessment, EvidenceDocument, Opdrachtgever, Organisation, Person, UserKader } from '../../../shared/model';
import { upgradeToV2 } from './migrations';
import { upgradeToV3 } from './migration-v3';
import { upgradeToV5 } from './migrate-custom-requirements';

/** The one IndexedDB database of the app. Its name and origin must never change. */
export class KwaliteitsmapDb extends Dexie {
  organisation!: EntityTable<Organisation, 'id'>;
  people!: EntityTable<Person, 'id'>;
  documents!: EntityTable<EvidenceDocument, 'id'>;
  contents!: EntityTable<DocumentContent, 'id'>;
  assessments!: Table<Assessment, [string, string]>;
  customRequirements!: EntityTable<CustomRequirementRow, 'id'>;
  authoringAnswers!: EntityTable<AuthoringAnswersRow, 'id'>;
  userKaders!: EntityTable<UserKader, 'id'>;
  opdrachtgevers!: EntityTable<Opdrachtgever, 'id'>;

  constructor(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    this.version(3).stores(SCHEMA_V3_CHANGES).upgrade(upgradeToV3);
    // v4 only adds an empty table, so there is no data to change (test/unit/db/authoring-migration.test.ts).
    this.version(4).stores(SCHEMA_V4_CHANGES);
    this.version(5).stores(SCHEMA_V5_CHANGES).upgrade(upgradeToV5);
  }
}

let instance: KwaliteitsmapDb | undefined;

/** The app-wide database; tests create their own instances. */
export function getDb(): KwaliteitsmapDb {
  instance ??= new KwaliteitsmapDb();
  return instance;
}
