-- Categories of the two forms ("trong đó", issue 14): parts of the main form's figures that
-- leadership follows on their own, such as bank credit. Categories are data: a new one is a
-- row here, valid from a day (and until a day, when it is no longer reported), no code.
create table return_category (
    code        varchar(60)  primary key check (code ~ '^[A-Z][A-Z0-9_]*$'),
    name_vi     varchar(200) not null,
    name_en     varchar(200) not null,
    position    integer      not null,
    valid_from  date         not null,
    valid_to    date,
    constraint return_category_validity check (valid_to is null or valid_to >= valid_from)
);

insert into return_category (code, name_vi, name_en, position, valid_from) values
    ('TIN_DUNG_NGAN_HANG', 'tín dụng, ngân hàng', 'bank credit', 1, date '2010-10-01'),
    ('THU_HOI_TAI_SAN_THAM_NHUNG_KINH_TE',
     'thu hồi tài sản trong các vụ án hình sự về tham nhũng, kinh tế',
     'asset recovery in criminal cases of corruption and economic crime', 2, date '2010-10-01');

-- The figures of one category in one return: the same entered columns as monthly_return
-- (FormColumn.SQL_NAMES), cumulative like them. A category without a row has no figures (all 0).
create table return_category_figures (
    return_id     bigint      not null references monthly_return (id) on delete cascade,
    category_code varchar(60) not null references return_category (code),
    cases_carried_over bigint not null default 0 check (cases_carried_over between 0 and 1000000000000000),
    cases_newly_accepted bigint not null default 0 check (cases_newly_accepted between 0 and 1000000000000000),
    cases_entrusted bigint not null default 0 check (cases_entrusted between 0 and 1000000000000000),
    cases_withdrawn bigint not null default 0 check (cases_withdrawn between 0 and 1000000000000000),
    cases_without_conditions bigint not null default 0 check (cases_without_conditions between 0 and 1000000000000000),
    cases_completed bigint not null default 0 check (cases_completed between 0 and 1000000000000000),
    cases_terminated bigint not null default 0 check (cases_terminated between 0 and 1000000000000000),
    cases_reduced bigint not null default 0 check (cases_reduced between 0 and 1000000000000000),
    cases_in_progress bigint not null default 0 check (cases_in_progress between 0 and 1000000000000000),
    cases_postponed bigint not null default 0 check (cases_postponed between 0 and 1000000000000000),
    cases_suspended bigint not null default 0 check (cases_suspended between 0 and 1000000000000000),
    cases_other bigint not null default 0 check (cases_other between 0 and 1000000000000000),
    money_carried_over bigint not null default 0 check (money_carried_over between 0 and 1000000000000000),
    money_newly_accepted bigint not null default 0 check (money_newly_accepted between 0 and 1000000000000000),
    money_entrusted bigint not null default 0 check (money_entrusted between 0 and 1000000000000000),
    money_withdrawn bigint not null default 0 check (money_withdrawn between 0 and 1000000000000000),
    money_without_conditions bigint not null default 0 check (money_without_conditions between 0 and 1000000000000000),
    money_completed bigint not null default 0 check (money_completed between 0 and 1000000000000000),
    money_terminated bigint not null default 0 check (money_terminated between 0 and 1000000000000000),
    money_reduced bigint not null default 0 check (money_reduced between 0 and 1000000000000000),
    money_in_progress bigint not null default 0 check (money_in_progress between 0 and 1000000000000000),
    money_postponed bigint not null default 0 check (money_postponed between 0 and 1000000000000000),
    money_suspended bigint not null default 0 check (money_suspended between 0 and 1000000000000000),
    money_other bigint not null default 0 check (money_other between 0 and 1000000000000000),
    constraint return_category_figures_pk primary key (return_id, category_code),
    constraint return_category_figures_cases_reduced_zero check (cases_reduced = 0)
);
create index return_category_figures_category_idx on return_category_figures (category_code, return_id);

create constraint trigger return_category_figures_data_version
    after insert or update or delete on return_category_figures
    deferrable initially deferred for each row execute function data_version_bump();
create constraint trigger return_category_data_version after insert or update or delete on return_category
    deferrable initially deferred for each row execute function data_version_bump();

-- A category's figure is audited as categories.CODE.money.withoutConditions: longer paths
alter table return_change alter column field type varchar(120);
