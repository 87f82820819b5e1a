import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`rate_limit_hits\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`bucket\` text NOT NULL,
  	\`slot\` text NOT NULL,
  	\`expires_at\` numeric NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`rate_limit_hits_bucket_idx\` ON \`rate_limit_hits\` (\`bucket\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`rate_limit_hits_slot_idx\` ON \`rate_limit_hits\` (\`slot\`);`)
  await db.run(sql`CREATE INDEX \`rate_limit_hits_expires_at_idx\` ON \`rate_limit_hits\` (\`expires_at\`);`)
  await db.run(sql`CREATE TABLE \`newsletter_send_leases\` (
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`newsletter\` text NOT NULL,
  	\`expires_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`newsletter_send_leases_newsletter_idx\` ON \`newsletter_send_leases\` (\`newsletter\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_send_leases_expires_at_idx\` ON \`newsletter_send_leases\` (\`expires_at\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_send_leases_updated_at_idx\` ON \`newsletter_send_leases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_send_leases_created_at_idx\` ON \`newsletter_send_leases\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`newsletters\` ADD \`progress_uncertain\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`newsletters\` ADD \`snapshot_envelope\` text;`)
  await db.run(sql`ALTER TABLE \`newsletters\` DROP COLUMN \`lease_owner\`;`)
  await db.run(sql`ALTER TABLE \`newsletters\` DROP COLUMN \`lease_expires_at\`;`)
  await db.run(sql`ALTER TABLE \`subscribers\` ADD \`unsubscribed_at\` text;`)
  await db.run(sql`ALTER TABLE \`subscribers\` ADD \`bounced_at\` text;`)
  await db.run(sql`ALTER TABLE \`subscribers\` ADD \`resubscribe_signed_up_at\` text;`)
  await db.run(sql`ALTER TABLE \`subscribers\` ADD \`resubscribe_form\` text;`)
  await db.run(sql`ALTER TABLE \`subscribers\` ADD \`resubscribe_consent_text\` text;`)
  await db.run(sql`ALTER TABLE \`subscribers\` ADD \`resubscribe_privacy_version\` text;`)
  await db.run(sql`ALTER TABLE \`subscribers\` ADD \`unsubscribe_token\` text;`)
  await db.run(sql`ALTER TABLE \`subscribers\` ADD \`legacy_unsubscribe_link\` integer DEFAULT false;`)
  // Unsubscribe links now carry a random stored token. Rows that existed before keep accepting
  // the old `<id>.<HMAC>` links from emails already sent (legacy flag); new rows never do, so a
  // reused SQLite id cannot match an old link.
  await db.run(
    sql`UPDATE \`subscribers\` SET \`unsubscribe_token\` = lower(hex(randomblob(32))), \`legacy_unsubscribe_link\` = 1 WHERE \`unsubscribe_token\` IS NULL;`,
  )
  await db.run(sql`CREATE UNIQUE INDEX \`subscribers_unsubscribe_token_idx\` ON \`subscribers\` (\`unsubscribe_token\`);`)
  await db.run(sql`ALTER TABLE \`newsletter_batches\` ADD \`failed\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`newsletter_batches\` ADD \`skipped\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`newsletter_batches\` ADD \`first_attempt_at\` text;`)
  await db.run(sql`ALTER TABLE \`newsletter_batches\` ADD \`decision\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`rate_limit_hits_id\` integer REFERENCES rate_limit_hits(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`newsletter_send_leases_id\` text REFERENCES newsletter_send_leases(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rate_limit_hits_id_idx\` ON \`payload_locked_documents_rels\` (\`rate_limit_hits_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletter_send_leases_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletter_send_leases_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`rate_limit_hits\`;`)
  await db.run(sql`DROP TABLE \`newsletter_send_leases\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`news_id\` integer,
  	\`practices_id\` integer,
  	\`experts_id\` integer,
  	\`regions_id\` integer,
  	\`communities_id\` integer,
  	\`events_id\` integer,
  	\`pages_id\` integer,
  	\`themes_id\` integer,
  	\`advices_id\` integer,
  	\`partners_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`build_logs_id\` integer,
  	\`newsletters_id\` integer,
  	\`subscribers_id\` integer,
  	\`newsletter_batches_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`practices_id\`) REFERENCES \`practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`experts_id\`) REFERENCES \`experts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`communities_id\`) REFERENCES \`communities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`advices_id\`) REFERENCES \`advices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`build_logs_id\`) REFERENCES \`build_logs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletters_id\`) REFERENCES \`newsletters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`subscribers_id\`) REFERENCES \`subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletter_batches_id\`) REFERENCES \`newsletter_batches\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "news_id", "practices_id", "experts_id", "regions_id", "communities_id", "events_id", "pages_id", "themes_id", "advices_id", "partners_id", "media_id", "users_id", "build_logs_id", "newsletters_id", "subscribers_id", "newsletter_batches_id") SELECT "id", "order", "parent_id", "path", "news_id", "practices_id", "experts_id", "regions_id", "communities_id", "events_id", "pages_id", "themes_id", "advices_id", "partners_id", "media_id", "users_id", "build_logs_id", "newsletters_id", "subscribers_id", "newsletter_batches_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_practices_id_idx\` ON \`payload_locked_documents_rels\` (\`practices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_experts_id_idx\` ON \`payload_locked_documents_rels\` (\`experts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_regions_id_idx\` ON \`payload_locked_documents_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_communities_id_idx\` ON \`payload_locked_documents_rels\` (\`communities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_themes_id_idx\` ON \`payload_locked_documents_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_advices_id_idx\` ON \`payload_locked_documents_rels\` (\`advices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partners_id_idx\` ON \`payload_locked_documents_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_build_logs_id_idx\` ON \`payload_locked_documents_rels\` (\`build_logs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletters_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subscribers_id_idx\` ON \`payload_locked_documents_rels\` (\`subscribers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletter_batches_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletter_batches_id\`);`)
  await db.run(sql`DROP INDEX \`subscribers_unsubscribe_token_idx\`;`)
  await db.run(sql`ALTER TABLE \`subscribers\` DROP COLUMN \`unsubscribed_at\`;`)
  await db.run(sql`ALTER TABLE \`subscribers\` DROP COLUMN \`bounced_at\`;`)
  await db.run(sql`ALTER TABLE \`subscribers\` DROP COLUMN \`resubscribe_signed_up_at\`;`)
  await db.run(sql`ALTER TABLE \`subscribers\` DROP COLUMN \`resubscribe_form\`;`)
  await db.run(sql`ALTER TABLE \`subscribers\` DROP COLUMN \`resubscribe_consent_text\`;`)
  await db.run(sql`ALTER TABLE \`subscribers\` DROP COLUMN \`resubscribe_privacy_version\`;`)
  await db.run(sql`ALTER TABLE \`subscribers\` DROP COLUMN \`unsubscribe_token\`;`)
  await db.run(sql`ALTER TABLE \`subscribers\` DROP COLUMN \`legacy_unsubscribe_link\`;`)
  await db.run(sql`ALTER TABLE \`newsletters\` ADD \`lease_owner\` text;`)
  await db.run(sql`ALTER TABLE \`newsletters\` ADD \`lease_expires_at\` text;`)
  await db.run(sql`ALTER TABLE \`newsletters\` DROP COLUMN \`progress_uncertain\`;`)
  await db.run(sql`ALTER TABLE \`newsletters\` DROP COLUMN \`snapshot_envelope\`;`)
  await db.run(sql`ALTER TABLE \`newsletter_batches\` DROP COLUMN \`failed\`;`)
  await db.run(sql`ALTER TABLE \`newsletter_batches\` DROP COLUMN \`skipped\`;`)
  await db.run(sql`ALTER TABLE \`newsletter_batches\` DROP COLUMN \`first_attempt_at\`;`)
  await db.run(sql`ALTER TABLE \`newsletter_batches\` DROP COLUMN \`decision\`;`)
}
