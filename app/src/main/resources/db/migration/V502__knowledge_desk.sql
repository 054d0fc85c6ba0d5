-- The information desk (informatiepunt): questions of team members and the experts' answers. An answer that is
-- improved is a new version; the highest version is the published answer. A question can become a FAQ entry.

create table desk_question (
    id            bigint generated always as identity primary key,
    asked_by      text not null references app_user (username),
    title         text not null check (length(title) between 1 and 300),
    details       text not null default '' check (length(details) <= 10000),
    topic         text not null,
    asked_at      timestamptz not null default now(),
    -- whether the automatic "answer within two working days" message went out (never in the last two weeks
    -- before election day)
    acknowledged  boolean not null
);
create index desk_question_newest on desk_question (asked_at desc);

create table desk_answer (
    question_id  bigint not null references desk_question (id),
    version      integer not null check (version > 0),
    answer       text not null check (length(answer) between 1 and 20000),
    answered_by  text not null references app_user (username),
    answered_at  timestamptz not null default now(),
    primary key (question_id, version)
);

create table desk_faq (
    question_id  bigint primary key references desk_question (id),
    faq_id       text not null,
    made_by      text not null,
    made_at      timestamptz not null default now()
);

create trigger desk_answer_append_only
    before update or delete on desk_answer
    for each row execute function knowledge_row_is_append_only();
