/**
 * Keys of anonymised copies made on this device: which pseudonym and synthetic NIP stand for which
 * person. They stay in this browser's database and are never part of an exported file.
 */
import type { AnonymisationKey } from '../core/scenario/anonymise';
import type { AnonymisationKeyRecord, SeimbangDb } from './db';

export interface AnonymisationKeySummary {
  anonymisedId: string;
  originalId: string;
  createdAt: string;
  people: number;
}

export class AnonymisationKeyRepository {
  constructor(private readonly db: SeimbangDb) {}

  /** Stores a key, replacing an older one for the same anonymised copy. */
  async put(key: AnonymisationKey, createdAt: string): Promise<void> {
    await this.db.anonymisationKeys.put({ ...key, createdAt });
  }

  get(anonymisedId: string): Promise<AnonymisationKeyRecord | undefined> {
    return this.db.anonymisationKeys.get(anonymisedId);
  }

  /** Keys of the copies made from the scenario `originalId`, newest first (without the people). */
  async listFor(originalId: string): Promise<AnonymisationKeySummary[]> {
    const rows = await this.db.anonymisationKeys.where('originalId').equals(originalId).toArray();
    return rows
      .map((r) => ({ anonymisedId: r.anonymisedId, originalId: r.originalId, createdAt: r.createdAt, people: r.people.length }))
      .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  }

  async delete(anonymisedId: string): Promise<void> {
    await this.db.anonymisationKeys.delete(anonymisedId);
  }
}
