import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`build_logs\` ADD \`live_at\` text;`)
  await db.run(sql`ALTER TABLE \`build_logs\` ADD \`kind\` text;`)
  await db.run(sql`ALTER TABLE \`build_logs\` ADD \`full_reason\` text;`)
  await db.run(sql`ALTER TABLE \`build_logs\` ADD \`pages_rendered\` numeric;`)
  await db.run(sql`ALTER TABLE \`build_logs\` ADD \`pages_reused\` numeric;`)
  await db.run(sql`ALTER TABLE \`build_logs\` ADD \`rendered_paths\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`build_logs\` DROP COLUMN \`live_at\`;`)
  await db.run(sql`ALTER TABLE \`build_logs\` DROP COLUMN \`kind\`;`)
  await db.run(sql`ALTER TABLE \`build_logs\` DROP COLUMN \`full_reason\`;`)
  await db.run(sql`ALTER TABLE \`build_logs\` DROP COLUMN \`pages_rendered\`;`)
  await db.run(sql`ALTER TABLE \`build_logs\` DROP COLUMN \`pages_reused\`;`)
  await db.run(sql`ALTER TABLE \`build_logs\` DROP COLUMN \`rendered_paths\`;`)
}
