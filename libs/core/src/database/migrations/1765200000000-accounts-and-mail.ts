import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts people can trust: verified e-mail addresses (one verified account per address; unverified
 * duplicates may exist so that registering a known address answers like a new registration), account
 * tokens (verification, e-mail change, password reset), sessions with an absolute lifetime, deactivation
 * of users and organizations; and mail: the outbox, per-kind delivery preferences and the digest queue.
 */
export class AccountsAndMail1765200000000 implements MigrationInterface {
  name = 'AccountsAndMail1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE users
        ADD COLUMN email_verified_at timestamptz,
        ADD COLUMN deactivated_at timestamptz,
        ADD COLUMN deactivation_reason text;
      -- Admins were created by operators: their addresses are vouched for. Everyone else verifies.
      UPDATE users SET email_verified_at = created_at WHERE platform_role = 'ADMIN';
      DROP INDEX users_email_key;
      CREATE UNIQUE INDEX users_email_key ON users (lower(email)) WHERE email_verified_at IS NOT NULL;
      CREATE INDEX users_email_idx ON users (lower(email), created_at);

      ALTER TABLE organizations
        ADD COLUMN deactivated_at timestamptz,
        ADD COLUMN deactivation_reason text;

      CREATE TABLE sessions (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        absolute_expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        revoked_reason text,
        user_agent text,
        ip_address text
      );
      CREATE INDEX sessions_user_idx ON sessions (user_id, created_at DESC);
      -- Every refresh-token family is a session.
      INSERT INTO sessions (id, user_id, created_at, last_used_at, expires_at, absolute_expires_at, revoked_at, revoked_reason)
        SELECT family_id, min(user_id::text)::uuid, min(created_at), max(created_at), max(expires_at), min(created_at) + interval '90 days',
               CASE WHEN bool_and(revoked_at IS NOT NULL) THEN max(revoked_at) END,
               CASE WHEN bool_and(revoked_at IS NOT NULL) THEN 'logout' END
          FROM refresh_tokens GROUP BY family_id;
      ALTER TABLE refresh_tokens ADD CONSTRAINT refresh_tokens_session_fk FOREIGN KEY (family_id) REFERENCES sessions(id) ON DELETE CASCADE;
      CREATE INDEX refresh_tokens_expires_idx ON refresh_tokens (expires_at);

      CREATE TABLE account_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('VERIFY_EMAIL', 'CHANGE_EMAIL', 'RESET_PASSWORD')),
        token_hash text NOT NULL UNIQUE,
        email text NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX account_tokens_user_idx ON account_tokens (user_id, purpose);

      CREATE TABLE mail_outbox (
        id bigserial PRIMARY KEY,
        kind text NOT NULL,
        user_id uuid,
        recipient text NOT NULL,
        subject text NOT NULL,
        text_body text NOT NULL,
        html_body text NOT NULL,
        headers jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        available_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        attempts integer NOT NULL DEFAULT 0,
        sent_at timestamptz,
        dead_at timestamptz,
        last_error text,
        message_id text
      );
      CREATE INDEX mail_outbox_pending_idx ON mail_outbox (available_at, id) WHERE sent_at IS NULL AND dead_at IS NULL;
      CREATE INDEX mail_outbox_recipient_idx ON mail_outbox (lower(recipient), created_at);

      CREATE TABLE notification_preferences (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('NEW_MATCH', 'CONTACT_REQUEST_RECEIVED', 'CONTACT_REQUEST_ACCEPTED', 'CONTACT_REQUEST_DECLINED')),
        delivery text NOT NULL CHECK (delivery IN ('INSTANT', 'DAILY_DIGEST', 'NEVER')),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, kind)
      );

      CREATE TABLE mail_digest_items (
        id bigserial PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        email text NOT NULL,
        locale text NOT NULL CHECK (locale IN ('RU', 'EN')),
        kind text NOT NULL,
        title text NOT NULL,
        link text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX mail_digest_items_user_idx ON mail_digest_items (user_id, id);

      -- One digest run per day across every relay process.
      CREATE TABLE mail_digest_runs (
        day date PRIMARY KEY,
        started_at timestamptz NOT NULL DEFAULT now()
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE mail_digest_runs, mail_digest_items, notification_preferences, mail_outbox, account_tokens;
      ALTER TABLE refresh_tokens DROP CONSTRAINT refresh_tokens_session_fk;
      DROP INDEX refresh_tokens_expires_idx;
      DROP TABLE sessions;
      ALTER TABLE organizations DROP COLUMN deactivated_at, DROP COLUMN deactivation_reason;
      DROP INDEX users_email_idx;
      DROP INDEX users_email_key;
      CREATE UNIQUE INDEX users_email_key ON users (lower(email));
      ALTER TABLE users DROP COLUMN email_verified_at, DROP COLUMN deactivated_at, DROP COLUMN deactivation_reason;
    `);
  }
}
