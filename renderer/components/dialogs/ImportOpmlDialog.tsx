// Import OPML…: opens the file picker at once; the dialog stays for a remote OPML's address (or
// another try at the picker). The result is shown by the report dialog.
import { useEffect, useRef, useState } from 'react';
import { Dialog } from './Dialog.tsx';
import { DialogFooter } from './DialogFooter.tsx';
import { errorText } from './errorText.ts';

interface Props {
  readonly onFile: (file: File) => Promise<void>;
  readonly onAddress: (url: string) => Promise<void>;
  readonly onClose: () => void;
}

export function ImportOpmlDialog({ onFile, onAddress, onClose }: Props) {
  const picker = useRef<HTMLInputElement>(null);
  const [address, setAddress] = useState('');
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  // The click that opened the dialog still counts as the person's gesture, so the picker may open.
  useEffect(() => picker.current?.click(), []);

  const run = (label: string, work: Promise<void>) => {
    setStatus(label);
    setError('');
    work.catch((failure: unknown) => {
      setStatus('');
      setError(errorText(failure));
    });
  };

  return (
    <Dialog title="Import OPML" onClose={onClose}>
      <p className="dialog-text">
        Choose an OPML file exported from another reader, drop one anywhere on the window, or give
        the address of one.
      </p>
      <input
        ref={picker}
        type="file"
        accept=".opml,.xml,text/xml,application/xml,text/x-opml"
        aria-label="OPML file"
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) run(`Importing ${file.name}…`, onFile(file));
        }}
      />
      <button type="button" className="button" onClick={() => picker.current?.click()}>
        Choose a file…
      </button>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (address.trim()) run(`Importing ${address.trim()}…`, onAddress(address.trim()));
        }}
      >
        <label className="field">
          <span>Or the address of an OPML file</span>
          <input
            value={address}
            placeholder="https://example.org/subscriptions.opml"
            onChange={(event) => setAddress(event.target.value)}
          />
        </label>
        <p className="field-status" role="status">
          {status}
        </p>
        <DialogFooter
          action="Import from address"
          disabled={!address.trim()}
          onCancel={onClose}
          error={error}
        />
      </form>
    </Dialog>
  );
}
