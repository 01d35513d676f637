-- The employer list filtered by industry (and region) and sorted by name, answered from the index
-- alone: the industry prefix bounds the scan, the region prefix filters inside the index, and the
-- included columns are those of the list row, so neither the count nor the page reads the table
-- (whose rows carry the long severity basis). Measured in docs/benchmarks.md: at province scale
-- (300,000 employers) one page went from a 180 ms sequential scan to about 10 ms.
create index employer_industry_region_list_idx on employer (industry_code text_pattern_ops, region_code text_pattern_ops)
    include (name, id, credit_code, employees, size_class, severity, status);
