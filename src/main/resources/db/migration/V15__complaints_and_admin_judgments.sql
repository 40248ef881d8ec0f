-- Complaints and denunciations (khiếu nại, tố cáo) and the administrative judgments followed
-- (theo dõi thi hành án hành chính), issue 14 items 3 and 4: companion forms of the return like
-- the citizen reception (V14), their entered lines as columns of monthly_return (ComplaintLine,
-- AdminJudgmentLine: the form's prefix + the line's SQL name), cumulative from the start of the
-- statistical year. The derived lines (outstanding, total) are not stored. Living in
-- monthly_return, they are saved and versioned with it and its data_version trigger (V9) covers
-- them. The identities between lines (competence ≤ received, resolved ≤ competence, completed ≤
-- total) are the rules' errors (ReturnRules), not constraints: a draft may hold them broken.
alter table monthly_return
    add column complaints_received bigint not null default 0
        check (complaints_received between 0 and 1000000000000000),
    add column complaints_competent bigint not null default 0
        check (complaints_competent between 0 and 1000000000000000),
    add column complaints_resolved bigint not null default 0
        check (complaints_resolved between 0 and 1000000000000000),
    add column denunciations_received bigint not null default 0
        check (denunciations_received between 0 and 1000000000000000),
    add column denunciations_competent bigint not null default 0
        check (denunciations_competent between 0 and 1000000000000000),
    add column denunciations_resolved bigint not null default 0
        check (denunciations_resolved between 0 and 1000000000000000),
    add column admin_judgments_carried_over bigint not null default 0
        check (admin_judgments_carried_over between 0 and 1000000000000000),
    add column admin_judgments_received bigint not null default 0
        check (admin_judgments_received between 0 and 1000000000000000),
    add column admin_judgments_completed bigint not null default 0
        check (admin_judgments_completed between 0 and 1000000000000000);
