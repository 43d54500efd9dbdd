// "Accounts…": opens Settings → Accounts in a modal sheet (until the Settings view holds it).
import { useEffect, useRef, useState } from 'react';
import type { OrreryClient } from '../../shared/api.ts';
import { useAccounts } from '../hooks/useAccounts.ts';
import { AccountsSettings } from './AccountsSettings.tsx';

interface Props {
  readonly client: OrreryClient;
  readonly fail: (error: unknown) => void;
}

export function AccountsButton({ client, fail }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button small" onClick={() => setOpen(true)}>
        Accounts…
      </button>
      {open ? <AccountsSheet client={client} fail={fail} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function AccountsSheet({ client, fail, onClose }: Props & { readonly onClose: () => void }) {
  const accounts = useAccounts(client, fail);
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), []);
  return (
    <div className="sheet-backdrop" onClick={onClose}>
      <div
        role="dialog"
        aria-modal="true"
        aria-label="Settings: accounts"
        className="sheet"
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          // The reader's shortcuts must not fire while typing a password.
          event.stopPropagation();
          if (event.key === 'Escape') onClose();
        }}
      >
        <AccountsSettings accounts={accounts} />
        <button ref={closeRef} type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
