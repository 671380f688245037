import type pg from "pg";

/**
 * The job queue's pending work (graphile_worker): scheduled publishes, media variants
 * still to make, empty drafts to discard. Nothing else records a scheduled publish's job
 * (lib/server/jobs/queue.ts enqueues it with the "schedule" transition and no start-up
 * step re-derives it), so a restore without these would leave SCHEDULED stories that
 * never go out.
 *
 * They are not copied as tables: graphile_worker's `_private_*` tables change between its
 * releases, a job locked by the worker that was running would stay locked for hours, and
 * `is_available` is a generated column. Each pending job is kept as what `add_job` takes
 * and replayed through it, the queue's public interface, on restore.
 */
export const JOBS_QUERY = `select t.identifier::text, j.payload::json, q.queue_name::text,
    j.run_at::timestamptz, j.max_attempts::int, j.key::text, j.priority::int,
    (case when j.flags is null then null
      else array(select jsonb_object_keys(j.flags)) end)::text[] as flags
  from graphile_worker._private_jobs j
  join graphile_worker._private_tasks t on t.id = j.task_id
  left join graphile_worker._private_job_queues q on q.id = j.job_queue_id
  where j.attempts < j.max_attempts
  order by j.id`;

/** An empty result of the same shape, for a database whose queue was never set up. */
export const NO_JOBS_QUERY = `select null::text as identifier, null::json as payload,
    null::text as queue_name, null::timestamptz as run_at, null::int as max_attempts,
    null::text as key, null::int as priority, null::text[] as flags
  where false`;

export async function hasJobQueue(client: pg.ClientBase): Promise<boolean> {
  const { rows } = await client.query<{ found: boolean }>(
    `select to_regclass('graphile_worker._private_jobs') is not null as found`,
  );
  return rows[0]?.found === true;
}

/** The temporary table the backup's jobs are copied into before they are replayed. */
export const JOBS_TABLE = "galley_restore_jobs";

export async function createJobsTable(client: pg.ClientBase): Promise<void> {
  await client.query(
    `create temporary table ${JOBS_TABLE} (identifier text, payload json, queue_name text,
       run_at timestamptz, max_attempts int, key text, priority int, flags text[])
     on commit drop`,
  );
}

/**
 * Replaces the queue's jobs with the backup's (the replaced newsroom's jobs name stories
 * that no longer exist). Runs in the restore's transaction: the worker sees the new jobs
 * only with the data they refer to.
 */
export async function replaceJobs(client: pg.ClientBase): Promise<void> {
  await client.query(`delete from graphile_worker._private_jobs`);
  await client.query(
    `select graphile_worker.add_job(j.identifier, j.payload, queue_name => j.queue_name,
       run_at => j.run_at, max_attempts => j.max_attempts, job_key => j.key,
       priority => j.priority, flags => j.flags, job_key_mode => 'replace')
     from ${JOBS_TABLE} j order by j.run_at`,
  );
}
