import { useEffect, useState } from 'react';
import { requestPersistentStorage, type PersistenceState } from './storage-persistence';

export interface StorageInfo {
  persistence: PersistenceState;
  usedBytes?: number;
  quotaBytes?: number;
}

export async function readStorageInfo(): Promise<StorageInfo> {
  const persistence = await requestPersistentStorage();
  try {
    const { usage, quota } = await navigator.storage.estimate();
    return { persistence, ...(usage !== undefined ? { usedBytes: usage } : {}), ...(quota !== undefined ? { quotaBytes: quota } : {}) };
  } catch {
    return { persistence };
  }
}

export function useStorageInfo(refreshKey?: unknown): StorageInfo | undefined {
  const [info, setInfo] = useState<StorageInfo>();
  useEffect(() => {
    let live = true;
    void readStorageInfo().then((i) => live && setInfo(i));
    return () => {
      live = false;
    };
  }, [refreshKey]);
  return info;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} kB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`;
  return `${(bytes / 1024 ** 3).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} GB`;
}
