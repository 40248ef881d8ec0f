-- Citizen reception (tiếp công dân, issue 14 item 2) and the judgments and decisions received
-- (bản án, quyết định đã nhận) on the same small monthly companion form: columns of the
-- return itself (ReceptionLine, "reception_" + its SQL name), cumulative from the start of the
-- statistical year like the main forms. They live in monthly_return, so that they are saved
-- and versioned with it and its data_version trigger (V9) already covers them.
alter table monthly_return
    add column reception_visits bigint not null default 0
        check (reception_visits between 0 and 1000000000000000),
    add column reception_people bigint not null default 0
        check (reception_people between 0 and 1000000000000000),
    add column reception_leader_visits bigint not null default 0
        check (reception_leader_visits between 0 and 1000000000000000),
    add column reception_leader_people bigint not null default 0
        check (reception_leader_people between 0 and 1000000000000000),
    add column reception_judgments_received bigint not null default 0
        check (reception_judgments_received between 0 and 1000000000000000);
