// Account passwords in the desktop app: encrypted with the OS keychain (Electron safeStorage:
// Keychain on macOS, DPAPI on Windows, the Secret Service or KWallet on Linux) and kept as
// ciphertext in the data directory. Where no keychain is available, Orrery refuses to store the
// password rather than write it in the clear behind the person's back.
import { safeStorage } from 'electron';
import { fileCredentialStore, type CredentialStore } from '../engine/accounts/credentials.ts';
import { AccountError } from '../engine/accounts/types.ts';

export function keychainCredentialStore(dataDir: string): CredentialStore {
  return fileCredentialStore(dataDir, {
    fileName: 'account-passwords.keychain.json',
    where: 'the system keychain (Electron safeStorage)',
    encode(secret) {
      if (!safeStorage.isEncryptionAvailable()) {
        throw new AccountError(
          'This system has no keychain Orrery can use to keep the password safe; use the orrery CLI, which keeps it in a file readable by you only.',
        );
      }
      return safeStorage.encryptString(secret).toString('base64');
    },
    decode: (stored) => safeStorage.decryptString(Buffer.from(stored, 'base64')),
  });
}
