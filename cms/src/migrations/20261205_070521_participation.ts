import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`pages_blocks_participation_form\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`form\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_blocks_participation_form_order_idx\` ON \`pages_blocks_participation_form\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_participation_form_parent_id_idx\` ON \`pages_blocks_participation_form\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_participation_form_path_idx\` ON \`pages_blocks_participation_form\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_participation_form\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`form\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_participation_form_order_idx\` ON \`_pages_v_blocks_participation_form\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_participation_form_parent_id_idx\` ON \`_pages_v_blocks_participation_form\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_participation_form_path_idx\` ON \`_pages_v_blocks_participation_form\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`contact_messages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`topic\` text NOT NULL,
  	\`name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`organisation\` text,
  	\`message\` text NOT NULL,
  	\`note\` text,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`handled_by_id\` integer,
  	\`status_changed_at\` text,
  	\`received_at\` text,
  	\`forwarded_at\` text,
  	\`consent_text\` text,
  	\`consent_privacy_version\` text,
  	\`consent_given_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`handled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`contact_messages_status_idx\` ON \`contact_messages\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`contact_messages_handled_by_idx\` ON \`contact_messages\` (\`handled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`contact_messages_received_at_idx\` ON \`contact_messages\` (\`received_at\`);`)
  await db.run(sql`CREATE INDEX \`contact_messages_updated_at_idx\` ON \`contact_messages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`contact_messages_created_at_idx\` ON \`contact_messages\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`shareholder_applications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`organisation\` text NOT NULL,
  	\`name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`phone\` text,
  	\`sector\` text NOT NULL,
  	\`province\` text,
  	\`region\` text,
  	\`region_ref_id\` integer,
  	\`motivation\` text,
  	\`show_publicly\` integer DEFAULT false,
  	\`status\` text DEFAULT 'unconfirmed' NOT NULL,
  	\`review_note\` text,
  	\`reviewed_by_id\` integer,
  	\`reviewed_at\` text,
  	\`status_changed_at\` text,
  	\`decision_mail_approved_sent_at\` text,
  	\`decision_mail_declined_sent_at\` text,
  	\`decision_mail_failure\` text,
  	\`consent_text\` text,
  	\`consent_privacy_version\` text,
  	\`consent_given_at\` text,
  	\`confirm_token_hash\` text,
  	\`confirm_token_expires_at\` text,
  	\`review_priority\` numeric DEFAULT 1,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`region_ref_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`shareholder_applications_email_idx\` ON \`shareholder_applications\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`shareholder_applications_region_ref_idx\` ON \`shareholder_applications\` (\`region_ref_id\`);`)
  await db.run(sql`CREATE INDEX \`shareholder_applications_status_idx\` ON \`shareholder_applications\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`shareholder_applications_reviewed_by_idx\` ON \`shareholder_applications\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`shareholder_applications_status_changed_at_idx\` ON \`shareholder_applications\` (\`status_changed_at\`);`)
  await db.run(sql`CREATE INDEX \`shareholder_applications_confirm_token_hash_idx\` ON \`shareholder_applications\` (\`confirm_token_hash\`);`)
  await db.run(sql`CREATE INDEX \`shareholder_applications_review_priority_idx\` ON \`shareholder_applications\` (\`review_priority\`);`)
  await db.run(sql`CREATE INDEX \`shareholder_applications_updated_at_idx\` ON \`shareholder_applications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`shareholder_applications_created_at_idx\` ON \`shareholder_applications\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`registrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`sequence\` numeric NOT NULL,
  	\`status\` text,
  	\`name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`organisation\` text,
  	\`shareholder_id\` integer,
  	\`promoted_at\` text,
  	\`cancelled_at\` text,
  	\`consent_text\` text,
  	\`consent_privacy_version\` text,
  	\`consent_given_at\` text,
  	\`target_key\` text NOT NULL,
  	\`slot\` text NOT NULL,
  	\`active_key\` text NOT NULL,
  	\`cancel_token_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`shareholder_id\`) REFERENCES \`shareholder_applications\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`registrations_sequence_idx\` ON \`registrations\` (\`sequence\`);`)
  await db.run(sql`CREATE INDEX \`registrations_status_idx\` ON \`registrations\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`registrations_email_idx\` ON \`registrations\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`registrations_shareholder_idx\` ON \`registrations\` (\`shareholder_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_cancelled_at_idx\` ON \`registrations\` (\`cancelled_at\`);`)
  await db.run(sql`CREATE INDEX \`registrations_target_key_idx\` ON \`registrations\` (\`target_key\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`registrations_slot_idx\` ON \`registrations\` (\`slot\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`registrations_active_key_idx\` ON \`registrations\` (\`active_key\`);`)
  await db.run(sql`CREATE INDEX \`registrations_cancel_token_hash_idx\` ON \`registrations\` (\`cancel_token_hash\`);`)
  await db.run(sql`CREATE INDEX \`registrations_updated_at_idx\` ON \`registrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`registrations_created_at_idx\` ON \`registrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`registrations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`communities_id\` integer,
  	\`events_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`registrations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`communities_id\`) REFERENCES \`communities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`registrations_rels_order_idx\` ON \`registrations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`registrations_rels_parent_idx\` ON \`registrations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_rels_path_idx\` ON \`registrations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`registrations_rels_communities_id_idx\` ON \`registrations_rels\` (\`communities_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_rels_events_id_idx\` ON \`registrations_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE TABLE \`registration_notices\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`registration_notices_key_idx\` ON \`registration_notices\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`registration_notices_updated_at_idx\` ON \`registration_notices\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`registration_notices_created_at_idx\` ON \`registration_notices\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`practices\` ADD \`submission_name\` text;`)
  await db.run(sql`ALTER TABLE \`practices\` ADD \`submission_email\` text;`)
  await db.run(sql`ALTER TABLE \`practices\` ADD \`submission_organisation\` text;`)
  await db.run(sql`ALTER TABLE \`practices\` ADD \`submission_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`practices\` ADD \`submission_consent_text\` text;`)
  await db.run(sql`ALTER TABLE \`practices\` ADD \`submission_consent_privacy_version\` text;`)
  await db.run(sql`ALTER TABLE \`practices\` ADD \`submission_consent_given_at\` text;`)
  await db.run(sql`ALTER TABLE \`_practices_v\` ADD \`version_submission_name\` text;`)
  await db.run(sql`ALTER TABLE \`_practices_v\` ADD \`version_submission_email\` text;`)
  await db.run(sql`ALTER TABLE \`_practices_v\` ADD \`version_submission_organisation\` text;`)
  await db.run(sql`ALTER TABLE \`_practices_v\` ADD \`version_submission_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_practices_v\` ADD \`version_submission_consent_text\` text;`)
  await db.run(sql`ALTER TABLE \`_practices_v\` ADD \`version_submission_consent_privacy_version\` text;`)
  await db.run(sql`ALTER TABLE \`_practices_v\` ADD \`version_submission_consent_given_at\` text;`)
  await db.run(sql`ALTER TABLE \`experts\` ADD \`ambassador\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`experts\` ADD \`submission_name\` text;`)
  await db.run(sql`ALTER TABLE \`experts\` ADD \`submission_email\` text;`)
  await db.run(sql`ALTER TABLE \`experts\` ADD \`submission_organisation\` text;`)
  await db.run(sql`ALTER TABLE \`experts\` ADD \`submission_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`experts\` ADD \`submission_consent_text\` text;`)
  await db.run(sql`ALTER TABLE \`experts\` ADD \`submission_consent_privacy_version\` text;`)
  await db.run(sql`ALTER TABLE \`experts\` ADD \`submission_consent_given_at\` text;`)
  await db.run(sql`ALTER TABLE \`_experts_v\` ADD \`version_ambassador\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_experts_v\` ADD \`version_submission_name\` text;`)
  await db.run(sql`ALTER TABLE \`_experts_v\` ADD \`version_submission_email\` text;`)
  await db.run(sql`ALTER TABLE \`_experts_v\` ADD \`version_submission_organisation\` text;`)
  await db.run(sql`ALTER TABLE \`_experts_v\` ADD \`version_submission_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_experts_v\` ADD \`version_submission_consent_text\` text;`)
  await db.run(sql`ALTER TABLE \`_experts_v\` ADD \`version_submission_consent_privacy_version\` text;`)
  await db.run(sql`ALTER TABLE \`_experts_v\` ADD \`version_submission_consent_given_at\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`registration\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`capacity\` numeric;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_registration\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_capacity\` numeric;`)
  // Data: "Vol" is no longer an editor's choice (the registrations decide); it meant no more sign-ups.
  await db.run(sql`UPDATE \`communities\` SET \`status\` = 'closed' WHERE \`status\` = 'full';`)
  await db.run(sql`UPDATE \`_communities_v\` SET \`version_status\` = 'closed' WHERE \`version_status\` = 'full';`)
  // Data: events that linked to an outside sign-up keep doing so under the new per-event choice.
  await db.run(sql`UPDATE \`events\` SET \`registration\` = 'url' WHERE \`registration_url\` IS NOT NULL AND \`registration_url\` <> '';`)
  await db.run(
    sql`UPDATE \`_events_v\` SET \`version_registration\` = 'url' WHERE \`version_registration_url\` IS NOT NULL AND \`version_registration_url\` <> '';`,
  )
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`contact_messages_id\` integer REFERENCES contact_messages(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`shareholder_applications_id\` integer REFERENCES shareholder_applications(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`registrations_id\` integer REFERENCES registrations(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`registration_notices_id\` integer REFERENCES registration_notices(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contact_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`contact_messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_shareholder_applications_i_idx\` ON \`payload_locked_documents_rels\` (\`shareholder_applications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_registrations_id_idx\` ON \`payload_locked_documents_rels\` (\`registrations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_registration_notices_id_idx\` ON \`payload_locked_documents_rels\` (\`registration_notices_id\`);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`targets_shareholders\` numeric DEFAULT 200;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`targets_regions\` numeric DEFAULT 11;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`targets_practices\` numeric DEFAULT 10;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`targets_ambassadors\` numeric DEFAULT 10;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`targets_community_participants\` numeric;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`targets_editions_sent\` numeric;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`retention_contact_messages_days\` numeric DEFAULT 365 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`retention_declined_applications_days\` numeric DEFAULT 90 NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`pages_blocks_participation_form\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_participation_form\`;`)
  await db.run(sql`DROP TABLE \`contact_messages\`;`)
  await db.run(sql`DROP TABLE \`shareholder_applications\`;`)
  await db.run(sql`DROP TABLE \`registrations\`;`)
  await db.run(sql`DROP TABLE \`registrations_rels\`;`)
  await db.run(sql`DROP TABLE \`registration_notices\`;`)
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
  	\`rate_limit_hits_id\` integer,
  	\`build_logs_id\` integer,
  	\`newsletters_id\` integer,
  	\`subscribers_id\` integer,
  	\`newsletter_batches_id\` integer,
  	\`newsletter_send_leases_id\` text,
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
  	FOREIGN KEY (\`rate_limit_hits_id\`) REFERENCES \`rate_limit_hits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`build_logs_id\`) REFERENCES \`build_logs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletters_id\`) REFERENCES \`newsletters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`subscribers_id\`) REFERENCES \`subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletter_batches_id\`) REFERENCES \`newsletter_batches\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletter_send_leases_id\`) REFERENCES \`newsletter_send_leases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "news_id", "practices_id", "experts_id", "regions_id", "communities_id", "events_id", "pages_id", "themes_id", "advices_id", "partners_id", "media_id", "users_id", "rate_limit_hits_id", "build_logs_id", "newsletters_id", "subscribers_id", "newsletter_batches_id", "newsletter_send_leases_id") SELECT "id", "order", "parent_id", "path", "news_id", "practices_id", "experts_id", "regions_id", "communities_id", "events_id", "pages_id", "themes_id", "advices_id", "partners_id", "media_id", "users_id", "rate_limit_hits_id", "build_logs_id", "newsletters_id", "subscribers_id", "newsletter_batches_id", "newsletter_send_leases_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rate_limit_hits_id_idx\` ON \`payload_locked_documents_rels\` (\`rate_limit_hits_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_build_logs_id_idx\` ON \`payload_locked_documents_rels\` (\`build_logs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletters_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subscribers_id_idx\` ON \`payload_locked_documents_rels\` (\`subscribers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletter_batches_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletter_batches_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletter_send_leases_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletter_send_leases_id\`);`)
  await db.run(sql`ALTER TABLE \`practices\` DROP COLUMN \`submission_name\`;`)
  await db.run(sql`ALTER TABLE \`practices\` DROP COLUMN \`submission_email\`;`)
  await db.run(sql`ALTER TABLE \`practices\` DROP COLUMN \`submission_organisation\`;`)
  await db.run(sql`ALTER TABLE \`practices\` DROP COLUMN \`submission_submitted_at\`;`)
  await db.run(sql`ALTER TABLE \`practices\` DROP COLUMN \`submission_consent_text\`;`)
  await db.run(sql`ALTER TABLE \`practices\` DROP COLUMN \`submission_consent_privacy_version\`;`)
  await db.run(sql`ALTER TABLE \`practices\` DROP COLUMN \`submission_consent_given_at\`;`)
  await db.run(sql`ALTER TABLE \`_practices_v\` DROP COLUMN \`version_submission_name\`;`)
  await db.run(sql`ALTER TABLE \`_practices_v\` DROP COLUMN \`version_submission_email\`;`)
  await db.run(sql`ALTER TABLE \`_practices_v\` DROP COLUMN \`version_submission_organisation\`;`)
  await db.run(sql`ALTER TABLE \`_practices_v\` DROP COLUMN \`version_submission_submitted_at\`;`)
  await db.run(sql`ALTER TABLE \`_practices_v\` DROP COLUMN \`version_submission_consent_text\`;`)
  await db.run(sql`ALTER TABLE \`_practices_v\` DROP COLUMN \`version_submission_consent_privacy_version\`;`)
  await db.run(sql`ALTER TABLE \`_practices_v\` DROP COLUMN \`version_submission_consent_given_at\`;`)
  await db.run(sql`ALTER TABLE \`experts\` DROP COLUMN \`ambassador\`;`)
  await db.run(sql`ALTER TABLE \`experts\` DROP COLUMN \`submission_name\`;`)
  await db.run(sql`ALTER TABLE \`experts\` DROP COLUMN \`submission_email\`;`)
  await db.run(sql`ALTER TABLE \`experts\` DROP COLUMN \`submission_organisation\`;`)
  await db.run(sql`ALTER TABLE \`experts\` DROP COLUMN \`submission_submitted_at\`;`)
  await db.run(sql`ALTER TABLE \`experts\` DROP COLUMN \`submission_consent_text\`;`)
  await db.run(sql`ALTER TABLE \`experts\` DROP COLUMN \`submission_consent_privacy_version\`;`)
  await db.run(sql`ALTER TABLE \`experts\` DROP COLUMN \`submission_consent_given_at\`;`)
  await db.run(sql`ALTER TABLE \`_experts_v\` DROP COLUMN \`version_ambassador\`;`)
  await db.run(sql`ALTER TABLE \`_experts_v\` DROP COLUMN \`version_submission_name\`;`)
  await db.run(sql`ALTER TABLE \`_experts_v\` DROP COLUMN \`version_submission_email\`;`)
  await db.run(sql`ALTER TABLE \`_experts_v\` DROP COLUMN \`version_submission_organisation\`;`)
  await db.run(sql`ALTER TABLE \`_experts_v\` DROP COLUMN \`version_submission_submitted_at\`;`)
  await db.run(sql`ALTER TABLE \`_experts_v\` DROP COLUMN \`version_submission_consent_text\`;`)
  await db.run(sql`ALTER TABLE \`_experts_v\` DROP COLUMN \`version_submission_consent_privacy_version\`;`)
  await db.run(sql`ALTER TABLE \`_experts_v\` DROP COLUMN \`version_submission_consent_given_at\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`registration\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`capacity\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_registration\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_capacity\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`targets_shareholders\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`targets_regions\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`targets_practices\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`targets_ambassadors\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`targets_community_participants\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`targets_editions_sent\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`retention_contact_messages_days\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`retention_declined_applications_days\`;`)
}
