import { Injectable } from '@nestjs/common';
import { Algorithm, hash } from '@node-rs/argon2';

/**
 * Argon2id hashes for demo and bench users, one per distinct password (every demo user shares
 * DEMO_PASSWORD, and one hash takes ~50 ms). Same algorithm and defaults as identity's PasswordService,
 * which identity does not export; switch to it once it does.
 */
@Injectable()
export class DemoPasswordHasher {
  async hashAll(passwords: Iterable<string>): Promise<Map<string, string>> {
    const hashes = new Map<string, string>();
    for (const password of new Set(passwords)) hashes.set(password, await hash(password, { algorithm: Algorithm.Argon2id }));
    return hashes;
  }
}
