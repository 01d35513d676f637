-- The diagnosis certificate (职业病诊断证明书) as issued when it is delivered: the PDF exactly as
-- handed over (immutable once issued), its verification code in the portal's register of issued
-- documents and the SHA-256 the register keeps, so a copy can be checked byte for byte.
create table certificate (
    case_id            bigint primary key references diagnosis_case (id),
    number             text not null,
    verification_code  text not null unique,
    sha256             char(64) not null,
    pdf                bytea not null,
    issued_on          date not null,
    issued_at          timestamptz not null
);
