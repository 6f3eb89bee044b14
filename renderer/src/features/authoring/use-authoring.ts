import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { buildContext, type Answers, type AuthoringContext } from '../../../../shared/authoring';
import { todayInAmsterdam } from '../../../../shared/dates';
import type { VaultData } from '../../app/engine';
import { useEngine } from '../../app/engine';
import { loadAnswers } from '../../db/authoring-store';
import { getDb } from '../../db/database';

const contexts = new WeakMap<VaultData, AuthoringContext>();

/** What the questionnaires know about the provider, from the live vault data (one object per data snapshot). */
export function contextFrom(data: VaultData): AuthoringContext {
  let ctx = contexts.get(data);
  if (!ctx) contexts.set(data, (ctx = buildContext({ org: data.org, people: data.people, documents: data.documents, today: todayInAmsterdam() })));
  return ctx;
}

/** Engine output, authoring context and stored answers; undefined until all three are loaded. */
export function useAuthoring() {
  const engine = useEngine();
  const answers = useLiveQuery<Answers>(() => loadAnswers(getDb()), []);
  const ctx = useMemo(() => (engine ? contextFrom(engine.data) : undefined), [engine]);
  if (!engine || !ctx || !answers) return undefined;
  return { engine, ctx, answers };
}
