import { useEffect, useRef, useState } from 'react';
import { contactsToCsv } from '@/lib/backup/csv';
import { serializeBackup, type Backup } from '@/lib/backup/format';
import { MAX_BACKUP_BYTES, parseBackupFile } from '@/lib/backup/parse';
import { describePlan } from '@/lib/backup/plan';
import { contactsToVcard } from '@/lib/backup/vcard';
import { applyImport, exportBackup, previewImport } from '@/storage/backup';
import { ensurePersistentStorage, type Persistence } from '@/storage/persistence';
import { dated, download } from '@/components/download';
import { notifyDataChanged } from './notify';

type ImportState =
  | { step: 'idle' }
  | { step: 'error'; message: string }
  | { step: 'preview'; backup: Backup; summary: string; fileName: string }
  | { step: 'done'; summary: string };

const PERSISTENCE_TEXT: Record<Persistence, string> = {
  persistent: 'The browser keeps this data even when disk space runs low.',
  'best-effort': 'The browser may clear this data if disk space runs very low — export a backup now and then.',
  unsupported: 'This browser does not say whether it keeps this data under storage pressure — export a backup now and then.',
};

export function BackupSection() {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const [persistence, setPersistence] = useState<Persistence | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void ensurePersistentStorage().then(setPersistence);
  }, []);

  const exportAs = async (kind: 'json' | 'csv' | 'vcf') => {
    const backup = await exportBackup();
    if (kind === 'json') download(dated('coffee-chats-backup', 'json'), serializeBackup(backup), 'application/json');
    if (kind === 'csv') download(dated('coffee-chats-contacts', 'csv'), contactsToCsv(backup.contacts), 'text/csv;charset=utf-8');
    if (kind === 'vcf') download(dated('coffee-chats-contacts', 'vcf'), contactsToVcard(backup.contacts), 'text/vcard;charset=utf-8');
  };

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    try {
      // A huge file is refused before it is read into memory.
      const result = file.size > MAX_BACKUP_BYTES ? parseBackupFile('', file.size) : parseBackupFile(await file.text(), file.size);
      if (!result.ok) return setState({ step: 'error', message: result.message });
      const plan = await previewImport(result.backup);
      setState({ step: 'preview', backup: result.backup, summary: describePlan(plan), fileName: file.name });
    } catch (error) {
      setState({ step: 'error', message: error instanceof Error ? error.message : 'The file could not be read.' });
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  const confirm = async (backup: Backup) => {
    setBusy(true);
    try {
      const plan = await applyImport(backup);
      notifyDataChanged();
      setState({ step: 'done', summary: describePlan(plan) });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setState({ step: 'error', message: `The import stopped and changed nothing: ${reason}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="stack" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Backup</h2>
      <div className="card stack">
        <h3>Where your data lives</h3>
        <p>
          In this browser profile only: the extension&apos;s own database (IndexedDB). It is never uploaded. Removing the extension
          or clearing its data deletes it, so keep a backup.
        </p>
        {persistence && <p className="hint">{PERSISTENCE_TEXT[persistence]}</p>}
      </div>
      <div className="card stack">
        <h3>Export</h3>
        <div className="row">
          <button type="button" className="primary" onClick={() => void exportAs('json')}>Export backup (JSON)</button>
          <button type="button" onClick={() => void exportAs('csv')}>Export contacts (CSV)</button>
          <button type="button" onClick={() => void exportAs('vcf')}>Export contacts (vCard)</button>
        </div>
        <p className="hint">The JSON backup holds everything and can be imported again. CSV opens in a spreadsheet; vCard in address books.</p>
      </div>
      <div className="card stack">
        <h3>Import a backup</h3>
        <label>
          Backup file (.json)
          <input ref={input} type="file" accept=".json,application/json" disabled={busy} onChange={(e) => void choose(e.target.files?.[0])} />
        </label>
        <p className="hint">Nothing changes until you confirm. People already here are matched by their LinkedIn profile; the newer copy wins.</p>
        {state.step === 'error' && <p role="alert" className="error">{state.message}</p>}
        {state.step === 'preview' && (
          <div className="stack" role="region" aria-label="Import preview">
            <p>
              <strong>{state.fileName}</strong>: {state.summary}
            </p>
            <div className="row">
              <button type="button" className="primary" disabled={busy} onClick={() => void confirm(state.backup)}>
                Import
              </button>
              <button type="button" disabled={busy} onClick={() => setState({ step: 'idle' })}>
                Cancel
              </button>
            </div>
          </div>
        )}
        {state.step === 'done' && <p role="status" className="ok">Imported: {state.summary}</p>}
      </div>
    </section>
  );
}
