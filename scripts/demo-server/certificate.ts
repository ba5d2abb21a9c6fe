/**
 * A throw-away self-signed certificate for the demo server's https listener.
 * Made with openssl at start into a temp dir that dispose() deletes: no private key is ever committed.
 */
import { execFile } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

export interface DemoCertificate {
  certPem: string;
  keyPem: string;
  /** base64 SHA-256 of the certificate's SPKI (DER), as Chromium's --ignore-certificate-errors-spki-list wants it. */
  spkiHash: string;
  /** Deletes the temp dir holding the key. */
  dispose(): Promise<void>;
}

export async function makeSelfSignedCertificate(): Promise<DemoCertificate> {
  const dir = await mkdtemp(join(tmpdir(), 'thrudial-demo-cert-'));
  const dispose = () => rm(dir, { recursive: true, force: true });
  try {
    const certPath = join(dir, 'cert.pem');
    const keyPath = join(dir, 'key.pem');
    // Valid for loopback only (IP SAN 127.0.0.1 and localhost), two days.
    await promisify(execFile)('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2',
      '-subj', '/CN=127.0.0.1',
      '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost',
      '-keyout', keyPath, '-out', certPath,
    ]);
    const [certPem, keyPem] = await Promise.all([readFile(certPath, 'utf8'), readFile(keyPath, 'utf8')]);
    const spkiDer = new X509Certificate(certPem).publicKey.export({ type: 'spki', format: 'der' });
    const spkiHash = createHash('sha256').update(spkiDer).digest('base64');
    return { certPem, keyPem, spkiHash, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}
