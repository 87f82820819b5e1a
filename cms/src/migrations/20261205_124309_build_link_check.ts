import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`build_logs_broken_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`page\` text NOT NULL,
  	\`url\` text NOT NULL,
  	\`reason\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`build_logs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`build_logs_broken_links_order_idx\` ON \`build_logs_broken_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`build_logs_broken_links_parent_id_idx\` ON \`build_logs_broken_links\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`build_logs\` ADD \`link_check\` text;`)
  await db.run(sql`ALTER TABLE \`build_logs\` ADD \`broken_link_count\` numeric;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`build_logs_broken_links\`;`)
  await db.run(sql`ALTER TABLE \`build_logs\` DROP COLUMN \`link_check\`;`)
  await db.run(sql`ALTER TABLE \`build_logs\` DROP COLUMN \`broken_link_count\`;`)
}
