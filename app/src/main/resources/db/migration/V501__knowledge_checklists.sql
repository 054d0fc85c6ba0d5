-- Checklists made concrete for one election: the anchor days (from an election in Stemwerk or entered by hand)
-- and, per task, every change of its state and assignee. Changes are new rows; the highest version is the
-- state now, and two changes made at once both want the same next version, so one fails on the primary key.

create table checklist_instance (
    id            bigint generated always as identity primary key,
    checklist_id  text not null check (checklist_id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    edition       text not null check (edition ~ '^(GR|TK|PS|AB|EP|EK)[0-9]{4}$'),
    election_id   bigint references election (id),
    created_by    text not null,
    created_at    timestamptz not null default now(),
    unique (checklist_id, edition)
);

create table checklist_schedule (
    instance_id      bigint not null references checklist_instance (id),
    version          integer not null check (version > 0),
    nomination_day   date not null,
    election_day     date not null,
    gsb_session_day  date not null,
    csb_session_day  date not null,
    changed_by       text not null,
    changed_at       timestamptz not null default now(),
    primary key (instance_id, version),
    check (nomination_day < election_day and gsb_session_day >= election_day and csb_session_day >= gsb_session_day)
);

create table checklist_task_event (
    instance_id  bigint not null references checklist_instance (id),
    task_id      text not null check (length(task_id) <= 200),
    version      integer not null check (version > 0),
    state        text not null check (state in ('OPEN', 'DONE', 'NOT_APPLICABLE')),
    assignee     text references app_user (username),
    changed_by   text not null,
    changed_at   timestamptz not null default now(),
    primary key (instance_id, task_id, version)
);

create trigger checklist_schedule_append_only
    before update or delete on checklist_schedule
    for each row execute function knowledge_row_is_append_only();

create trigger checklist_task_event_append_only
    before update or delete on checklist_task_event
    for each row execute function knowledge_row_is_append_only();
