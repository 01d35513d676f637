-- Versioned reference catalogs. A version is in force from its effective date until a later
-- version takes effect; versions are never edited, a correction is a new version.
create table catalog (
    code        text primary key,
    name_zh     text not null,
    name_en     text not null,
    description text not null
);

create table catalog_version (
    id             bigserial primary key,
    catalog_code   text not null references catalog (code),
    edition        text not null,
    effective_from date not null,
    source         text not null,
    loaded_by      text not null,
    loaded_at      timestamptz not null,
    entry_count    int not null,
    notes          text,
    unique (catalog_code, edition)
);
create index catalog_version_effective_idx on catalog_version (catalog_code, effective_from desc, id desc);

create table catalog_entry (
    version_id  bigint not null references catalog_version (id),
    code        text not null,
    name        text not null,
    parent_code text,
    level       int not null,
    attributes  jsonb not null default '{}',
    primary key (version_id, code)
);
create index catalog_entry_parent_idx on catalog_entry (version_id, parent_code);
create index catalog_entry_prefix_idx on catalog_entry (version_id, code text_pattern_ops);

insert into catalog (code, name_zh, name_en, description) values
  ('divisions', '行政区划', 'Administrative divisions',
   'GB/T 2260 province, city and county codes with the NBS 9-digit township extension'),
  ('industries', '国民经济行业分类', 'Industries',
   'GB/T 4754-2017: sections (门类), divisions (大类), groups (中类), classes (小类)');
