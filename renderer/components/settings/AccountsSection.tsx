// Settings → Accounts: the local account and Tiny Tiny RSS accounts, each with its last sync,
// its error and marks waiting; add one (URL, user, password), sync it now or remove it.
import { useState, type FormEvent } from 'react';
import type { AccountSummary } from '../../../shared/accounts.ts';
import { useAccounts, type Accounts } from '../../hooks/useAccounts.ts';
import { SettingsSection, type SectionProps } from './SettingsView.tsx';

function lastSync(account: AccountSummary): string {
  if (account.kind === 'local') return 'Orrery polls these feeds itself.';
  if (!account.lastSyncAt) return 'Not synced yet.';
  return `Last sync ${new Date(account.lastSyncAt).toLocaleString()}.`;
}

function AccountRow({ account, accounts }: { account: AccountSummary; accounts: Accounts }) {
  // Removing drops the account's posts and any marks not sent yet: asked once more, in place.
  const [confirming, setConfirming] = useState(false);
  return (
    <li className="account" aria-label={account.name}>
      <strong>{account.name}</strong> <span>{lastSync(account)}</span>
      {account.pendingMarks ? <span> {account.pendingMarks} marks waiting to be sent.</span> : null}
      {account.error ? (
        <p role="alert" className="account-error">
          {account.error}
        </p>
      ) : null}
      {account.kind === 'local' ? null : confirming ? (
        <p className="account-actions">
          Remove this account? Its feeds and posts leave Orrery (the server keeps them).{' '}
          <button
            type="button"
            className="button small danger"
            disabled={accounts.busy}
            onClick={() => void accounts.remove(account.id)}
          >
            Remove account
          </button>{' '}
          <button type="button" className="button small" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </p>
      ) : (
        <p className="account-actions">
          <small>Password kept in {account.passwordStorage}.</small>{' '}
          <button
            type="button"
            className="button small"
            disabled={accounts.busy}
            onClick={() => void accounts.sync(account.id)}
          >
            Sync now
          </button>{' '}
          <button
            type="button"
            className="button small"
            disabled={accounts.busy}
            onClick={() => setConfirming(true)}
          >
            Remove…
          </button>
        </p>
      )}
    </li>
  );
}

function AddAccountForm({ accounts }: { accounts: Accounts }) {
  const [url, setUrl] = useState('');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await accounts.add({ url, user, password })) {
      setUrl('');
      setUser('');
      setPassword('');
    }
  };
  return (
    <form className="add-account" aria-label="Add a Tiny Tiny RSS account" onSubmit={submit}>
      <h3>Add a Tiny Tiny RSS account</h3>
      <label>
        Server address <input value={url} required onChange={(e) => setUrl(e.target.value)} />
      </label>{' '}
      <label>
        User <input value={user} required onChange={(e) => setUser(e.target.value)} />
      </label>{' '}
      <label>
        Password{' '}
        <input
          type="password"
          value={password}
          required
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>{' '}
      <button type="submit" className="button small" disabled={accounts.busy}>
        Add account
      </button>
    </form>
  );
}

export function AccountsSection({ client, fail }: SectionProps) {
  const accounts = useAccounts(client, fail);
  return (
    <SettingsSection title="Accounts">
      <ul className="accounts" aria-label="Accounts">
        {accounts.accounts.map((account) => (
          <AccountRow key={account.id} account={account} accounts={accounts} />
        ))}
      </ul>
      <AddAccountForm accounts={accounts} />
    </SettingsSection>
  );
}
