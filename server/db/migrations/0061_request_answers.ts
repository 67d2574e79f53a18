import { sql, type Kysely } from 'kysely'

// The answer a signed-in caller got for a request key (define-function.ts): a client that lost
// the answer (a dropped connection, a killed instance) re-sends with the same key and gets the
// same answer instead of doing the work twice. Swept after a day by the nightly session sweep.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table request_answers (
    user_id integer not null references users(id),
    request_key text not null,
    fn text not null,
    action text not null,
    result jsonb,
    created_at timestamptz not null,
    primary key (user_id, request_key)
  )`.execute(db)
  await sql`create index request_answers_created on request_answers (created_at)`.execute(db)
}
