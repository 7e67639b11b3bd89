-- The working-day calendar (procedures.md, "Working-day calendar"): one row per year that has data,
-- one row per public holiday or make-up working day. A year without a row counts Monday to Friday.
-- Administrators add later years through PUT /api/calendar/years/{year}; see docs/calendar.md.
-- Portable between H2 and PostgreSQL: plain types only.

CREATE TABLE calendar_year (
    year_number     INT          NOT NULL,
    spring_festival DATE         NOT NULL,
    source          VARCHAR(200),
    updated_at      TIMESTAMP    NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    CONSTRAINT pk_calendar_year PRIMARY KEY (year_number),
    CONSTRAINT ck_calendar_year_range CHECK (year_number BETWEEN 2000 AND 2100)
);

CREATE TABLE calendar_day (
    calendar_date DATE        NOT NULL,
    year_number   INT         NOT NULL,
    kind          VARCHAR(20) NOT NULL,
    CONSTRAINT pk_calendar_day PRIMARY KEY (calendar_date),
    CONSTRAINT fk_calendar_day_year FOREIGN KEY (year_number) REFERENCES calendar_year (year_number),
    CONSTRAINT ck_calendar_day_kind CHECK (kind IN ('HOLIDAY', 'MAKEUP_WORKDAY'))
);

CREATE INDEX ix_calendar_day_year ON calendar_day (year_number);

-- 2025: 国办发明电〔2024〕12号; Spring Festival 2025-01-29
INSERT INTO calendar_year (year_number, spring_festival, source, updated_at, updated_by)
VALUES (2025, DATE '2025-01-29', '国办发明电〔2024〕12号', LOCALTIMESTAMP, 'migration V2');
INSERT INTO calendar_day (calendar_date, year_number, kind) VALUES
    (DATE '2025-01-01', 2025, 'HOLIDAY'),
    (DATE '2025-01-26', 2025, 'MAKEUP_WORKDAY'),
    (DATE '2025-01-28', 2025, 'HOLIDAY'),
    (DATE '2025-01-29', 2025, 'HOLIDAY'),
    (DATE '2025-01-30', 2025, 'HOLIDAY'),
    (DATE '2025-01-31', 2025, 'HOLIDAY'),
    (DATE '2025-02-01', 2025, 'HOLIDAY'),
    (DATE '2025-02-02', 2025, 'HOLIDAY'),
    (DATE '2025-02-03', 2025, 'HOLIDAY'),
    (DATE '2025-02-04', 2025, 'HOLIDAY'),
    (DATE '2025-02-08', 2025, 'MAKEUP_WORKDAY'),
    (DATE '2025-04-04', 2025, 'HOLIDAY'),
    (DATE '2025-04-05', 2025, 'HOLIDAY'),
    (DATE '2025-04-06', 2025, 'HOLIDAY'),
    (DATE '2025-04-27', 2025, 'MAKEUP_WORKDAY'),
    (DATE '2025-05-01', 2025, 'HOLIDAY'),
    (DATE '2025-05-02', 2025, 'HOLIDAY'),
    (DATE '2025-05-03', 2025, 'HOLIDAY'),
    (DATE '2025-05-04', 2025, 'HOLIDAY'),
    (DATE '2025-05-05', 2025, 'HOLIDAY'),
    (DATE '2025-05-31', 2025, 'HOLIDAY'),
    (DATE '2025-06-01', 2025, 'HOLIDAY'),
    (DATE '2025-06-02', 2025, 'HOLIDAY'),
    (DATE '2025-09-28', 2025, 'MAKEUP_WORKDAY'),
    (DATE '2025-10-01', 2025, 'HOLIDAY'),
    (DATE '2025-10-02', 2025, 'HOLIDAY'),
    (DATE '2025-10-03', 2025, 'HOLIDAY'),
    (DATE '2025-10-04', 2025, 'HOLIDAY'),
    (DATE '2025-10-05', 2025, 'HOLIDAY'),
    (DATE '2025-10-06', 2025, 'HOLIDAY'),
    (DATE '2025-10-07', 2025, 'HOLIDAY'),
    (DATE '2025-10-08', 2025, 'HOLIDAY'),
    (DATE '2025-10-11', 2025, 'MAKEUP_WORKDAY');

-- 2026: 国务院办公厅关于2026年部分节假日安排的通知（2025-11-04）; Spring Festival 2026-02-17
INSERT INTO calendar_year (year_number, spring_festival, source, updated_at, updated_by)
VALUES (2026, DATE '2026-02-17', '国务院办公厅关于2026年部分节假日安排的通知（2025-11-04）', LOCALTIMESTAMP, 'migration V2');
INSERT INTO calendar_day (calendar_date, year_number, kind) VALUES
    (DATE '2026-01-01', 2026, 'HOLIDAY'),
    (DATE '2026-01-02', 2026, 'HOLIDAY'),
    (DATE '2026-01-03', 2026, 'HOLIDAY'),
    (DATE '2026-01-04', 2026, 'MAKEUP_WORKDAY'),
    (DATE '2026-02-14', 2026, 'MAKEUP_WORKDAY'),
    (DATE '2026-02-15', 2026, 'HOLIDAY'),
    (DATE '2026-02-16', 2026, 'HOLIDAY'),
    (DATE '2026-02-17', 2026, 'HOLIDAY'),
    (DATE '2026-02-18', 2026, 'HOLIDAY'),
    (DATE '2026-02-19', 2026, 'HOLIDAY'),
    (DATE '2026-02-20', 2026, 'HOLIDAY'),
    (DATE '2026-02-21', 2026, 'HOLIDAY'),
    (DATE '2026-02-22', 2026, 'HOLIDAY'),
    (DATE '2026-02-23', 2026, 'HOLIDAY'),
    (DATE '2026-02-28', 2026, 'MAKEUP_WORKDAY'),
    (DATE '2026-04-04', 2026, 'HOLIDAY'),
    (DATE '2026-04-05', 2026, 'HOLIDAY'),
    (DATE '2026-04-06', 2026, 'HOLIDAY'),
    (DATE '2026-05-01', 2026, 'HOLIDAY'),
    (DATE '2026-05-02', 2026, 'HOLIDAY'),
    (DATE '2026-05-03', 2026, 'HOLIDAY'),
    (DATE '2026-05-04', 2026, 'HOLIDAY'),
    (DATE '2026-05-05', 2026, 'HOLIDAY'),
    (DATE '2026-05-09', 2026, 'MAKEUP_WORKDAY'),
    (DATE '2026-06-19', 2026, 'HOLIDAY'),
    (DATE '2026-06-20', 2026, 'HOLIDAY'),
    (DATE '2026-06-21', 2026, 'HOLIDAY'),
    (DATE '2026-09-20', 2026, 'MAKEUP_WORKDAY'),
    (DATE '2026-09-25', 2026, 'HOLIDAY'),
    (DATE '2026-09-26', 2026, 'HOLIDAY'),
    (DATE '2026-09-27', 2026, 'HOLIDAY'),
    (DATE '2026-10-01', 2026, 'HOLIDAY'),
    (DATE '2026-10-02', 2026, 'HOLIDAY'),
    (DATE '2026-10-03', 2026, 'HOLIDAY'),
    (DATE '2026-10-04', 2026, 'HOLIDAY'),
    (DATE '2026-10-05', 2026, 'HOLIDAY'),
    (DATE '2026-10-06', 2026, 'HOLIDAY'),
    (DATE '2026-10-07', 2026, 'HOLIDAY'),
    (DATE '2026-10-10', 2026, 'MAKEUP_WORKDAY');
