import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The platform's first schema: identity, taxonomy, catalog, search outbox, contacts, notifications, limits. */
export class InitialSchema1764300000000 implements MigrationInterface {
  name = 'InitialSchema1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION tb_join_words(text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT coalesce(array_to_string($1, ' '), '') $$;

      CREATE TABLE categories (
        code text PRIMARY KEY,
        parent_code text REFERENCES categories(code),
        name text NOT NULL,
        name_en text NOT NULL,
        hs_code text,
        level smallint NOT NULL,
        root_code text NOT NULL,
        path text[] NOT NULL,
        position integer NOT NULL DEFAULT 0
      );
      CREATE INDEX categories_parent_idx ON categories (parent_code, position);

      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        password_hash text NOT NULL,
        display_name text NOT NULL,
        position text,
        phone text,
        locale text NOT NULL DEFAULT 'RU' CHECK (locale IN ('RU', 'EN')),
        platform_role text NOT NULL DEFAULT 'USER' CHECK (platform_role IN ('USER', 'ADMIN')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX users_email_key ON users (lower(email));

      CREATE TABLE organizations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        country text NOT NULL CHECK (country IN ('BY', 'RU')),
        region text NOT NULL,
        city text,
        tax_id text NOT NULL,
        website text,
        description text,
        verified boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT organizations_tax_id_key UNIQUE (country, tax_id)
      );
      CREATE INDEX organizations_created_idx ON organizations (created_at DESC, id DESC);

      CREATE TABLE organization_sectors (
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        category_code text NOT NULL REFERENCES categories(code),
        position integer NOT NULL DEFAULT 0,
        PRIMARY KEY (organization_id, category_code)
      );

      CREATE TABLE memberships (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('OWNER', 'MEMBER')),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX memberships_organization_idx ON memberships (organization_id);

      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        family_id uuid NOT NULL,
        secret_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);

      CREATE TABLE invites (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        email text NOT NULL,
        code_hash text NOT NULL UNIQUE,
        created_by uuid NOT NULL REFERENCES users(id),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE offerings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        kind text NOT NULL CHECK (kind IN ('PRODUCT', 'SERVICE', 'PARTNERSHIP')),
        title text NOT NULL,
        description text NOT NULL,
        category_code text NOT NULL REFERENCES categories(code),
        keywords text[] NOT NULL DEFAULT '{}',
        price_min numeric(16, 2) CHECK (price_min >= 0),
        price_max numeric(16, 2) CHECK (price_max >= 0),
        currency text CHECK (currency IN ('BYN', 'RUB', 'USD', 'EUR', 'CNY')),
        min_order_quantity double precision CHECK (min_order_quantity >= 0),
        unit text,
        lead_time_days integer CHECK (lead_time_days BETWEEN 0 AND 3650),
        certifications text[] NOT NULL DEFAULT '{}',
        delivery_regions text[] NOT NULL DEFAULT '{}',
        status text NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
        valid_until timestamptz,
        published_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        search_tsv tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('russian'::regconfig, title), 'A') ||
          setweight(to_tsvector('russian'::regconfig, tb_join_words(keywords)), 'B') ||
          setweight(to_tsvector('russian'::regconfig, description), 'C')
        ) STORED,
        CHECK (price_min IS NULL OR price_max IS NULL OR price_min <= price_max),
        CHECK ((price_min IS NULL AND price_max IS NULL) OR currency IS NOT NULL)
      );
      CREATE INDEX offerings_organization_idx ON offerings (organization_id, created_at DESC, id DESC);
      CREATE INDEX offerings_status_idx ON offerings (status, created_at DESC, id DESC);
      CREATE INDEX offerings_category_idx ON offerings (category_code);
      CREATE INDEX offerings_search_idx ON offerings USING gin (search_tsv);

      CREATE TABLE needs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        title text NOT NULL,
        description text NOT NULL,
        category_code text NOT NULL REFERENCES categories(code),
        keywords text[] NOT NULL DEFAULT '{}',
        quantity double precision CHECK (quantity >= 0),
        unit text,
        budget_min numeric(16, 2) CHECK (budget_min >= 0),
        budget_max numeric(16, 2) CHECK (budget_max >= 0),
        budget_currency text CHECK (budget_currency IN ('BYN', 'RUB', 'USD', 'EUR', 'CNY')),
        needed_by timestamptz,
        delivery_region text NOT NULL,
        required_certifications text[] NOT NULL DEFAULT '{}',
        status text NOT NULL CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED', 'FULFILLED')),
        opened_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        search_tsv tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('russian'::regconfig, title), 'A') ||
          setweight(to_tsvector('russian'::regconfig, tb_join_words(keywords)), 'B') ||
          setweight(to_tsvector('russian'::regconfig, description), 'C')
        ) STORED,
        CHECK (budget_min IS NULL OR budget_max IS NULL OR budget_min <= budget_max),
        CHECK ((budget_min IS NULL AND budget_max IS NULL) OR budget_currency IS NOT NULL)
      );
      CREATE INDEX needs_organization_idx ON needs (organization_id, created_at DESC, id DESC);
      CREATE INDEX needs_status_idx ON needs (status, created_at DESC, id DESC);
      CREATE INDEX needs_category_idx ON needs (category_code);
      CREATE INDEX needs_search_idx ON needs USING gin (search_tsv);

      CREATE TABLE search_outbox (
        id bigserial PRIMARY KEY,
        entity text NOT NULL,
        entity_id uuid NOT NULL,
        event text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        available_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        attempts integer NOT NULL DEFAULT 0,
        processed_at timestamptz,
        dead_at timestamptz,
        last_error text
      );
      CREATE INDEX search_outbox_pending_idx ON search_outbox (available_at, id) WHERE processed_at IS NULL AND dead_at IS NULL;
      CREATE INDEX search_outbox_entity_idx ON search_outbox (entity, entity_id);

      CREATE TABLE contact_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        from_organization_id uuid NOT NULL REFERENCES organizations(id),
        to_organization_id uuid NOT NULL REFERENCES organizations(id),
        offering_id uuid REFERENCES offerings(id),
        need_id uuid REFERENCES needs(id),
        requested_by uuid NOT NULL REFERENCES users(id),
        responded_by uuid REFERENCES users(id),
        message text NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
        response_message text,
        created_at timestamptz NOT NULL DEFAULT now(),
        responded_at timestamptz,
        CHECK ((offering_id IS NULL) <> (need_id IS NULL)),
        CHECK (from_organization_id <> to_organization_id)
      );
      CREATE UNIQUE INDEX contact_requests_pending_offering_key ON contact_requests (from_organization_id, offering_id)
        WHERE status = 'PENDING' AND offering_id IS NOT NULL;
      CREATE UNIQUE INDEX contact_requests_pending_need_key ON contact_requests (from_organization_id, need_id)
        WHERE status = 'PENDING' AND need_id IS NOT NULL;
      CREATE INDEX contact_requests_to_idx ON contact_requests (to_organization_id, created_at DESC, id DESC);
      CREATE INDEX contact_requests_from_idx ON contact_requests (from_organization_id, created_at DESC, id DESC);

      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('NEW_MATCH', 'CONTACT_REQUEST_RECEIVED', 'CONTACT_REQUEST_ACCEPTED', 'CONTACT_REQUEST_DECLINED')),
        title text NOT NULL,
        need_id uuid REFERENCES needs(id) ON DELETE SET NULL,
        offering_id uuid REFERENCES offerings(id) ON DELETE SET NULL,
        contact_request_id uuid REFERENCES contact_requests(id) ON DELETE SET NULL,
        read_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC, id DESC);
      CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL;

      CREATE TABLE match_alerts (
        need_id uuid NOT NULL REFERENCES needs(id) ON DELETE CASCADE,
        offering_id uuid NOT NULL REFERENCES offerings(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        score real NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (need_id, offering_id, organization_id)
      );

      CREATE TABLE rate_limit_counters (
        key text NOT NULL,
        window_start timestamptz NOT NULL,
        count integer NOT NULL,
        PRIMARY KEY (key, window_start)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE rate_limit_counters, match_alerts, notifications, contact_requests, search_outbox, needs, offerings,
        invites, refresh_tokens, memberships, organization_sectors, organizations, users, categories;
      DROP FUNCTION tb_join_words(text[]);
    `);
  }
}
