package org.ohsonline.reference.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.reference.CatalogStatistics;
import org.ohsonline.reference.CatalogVersion;
import org.ohsonline.reference.CatalogVersionActivated;
import org.ohsonline.reference.Catalogs;
import org.ohsonline.reference.Division;
import org.ohsonline.reference.Divisions;
import org.ohsonline.reference.Industries;
import org.ohsonline.reference.Industry;
import org.ohsonline.shared.CacheCoherence;
import org.ohsonline.shared.ExpiringCache;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.RegionCode;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads catalogs; every lookup goes to the version in force today.
 * <p>
 * The lookups every page makes — which version of a catalog is in force on a date, and a division's or an industry's
 * entry by code and a division's children in the version in force today — are kept in memory: a page names dozens of
 * divisions, and each was two statements. A version's entries never change once loaded (a change is a new version),
 * so an entry is kept by version and code;
 * which version is in force changes when a version is loaded ({@link CatalogVersionActivated}: every instance drops
 * all three caches through {@link CacheCoherence}) and when its effective date comes (the date is part of the key).
 * The time to live ({@code ohs.reference.catalog-cache-ttl}, 10 min) bounds what a change made outside the platform
 * (SQL) takes to show; {@code 0s} turns the caches off. These lookups need no transaction (one statement each).
 */
@Service
@Transactional(readOnly = true)
class CatalogStore implements Catalogs, Divisions, Industries {

	static final String CACHE = "reference.catalogs";

	static final String DIVISIONS = "divisions";

	static final String INDUSTRIES = "industries";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * The free-text filter as a fixed condition on the bound parameter {@code :text}:
	 * {@code starts_with} and {@code position} take the text literally, so a {@code %} or {@code _}
	 * typed by a user needs no escaping.
	 */
	private static final String MATCHES = "(:text = '' or starts_with(lower(e.code), lower(:text))"
			+ " or position(lower(:text) in lower(e.name)) > 0)";

	private final JdbcClient jdbc;

	private final Clock clock;

	private record InForce(String catalog, LocalDate date) {
	}

	private record Lookup(long version, String code) {
	}

	private final ExpiringCache<InForce, Optional<CatalogVersion>> versionsInForce;

	private final ExpiringCache<Lookup, Optional<CatalogEntry>> entries;

	private final ExpiringCache<Lookup, List<CatalogEntry>> childLists;

	CatalogStore(JdbcClient jdbc, Clock clock, CacheCoherence coherence,
			@Value("${ohs.reference.catalog-cache-ttl:10m}") Duration timeToLive) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.versionsInForce = coherence.register(CACHE, new ExpiringCache<>(timeToLive, 1_000, clock));
		this.entries = coherence.register(CACHE, new ExpiringCache<>(timeToLive, 100_000, clock));
		this.childLists = coherence.register(CACHE, new ExpiringCache<>(timeToLive, 20_000, clock));
	}

	/** A version was loaded: which one is in force may have changed, here and (after the commit) everywhere. */
	@EventListener
	void on(CatalogVersionActivated event) {
		this.versionsInForce.invalidateAll();
		this.entries.invalidateAll();
		this.childLists.invalidateAll();
	}

	@Override
	public List<Catalog> catalogs() {
		return this.jdbc.sql("select code, name_zh, name_en, description from reference.catalog order by code")
			.query((rs, n) -> new Catalog(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	@Override
	public Optional<Catalog> catalog(String code) {
		return this.jdbc.sql("select code, name_zh, name_en, description from reference.catalog where code = :code")
			.param("code", code)
			.query((rs, n) -> new Catalog(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.optional();
	}

	@Override
	public Optional<CatalogVersion> version(long versionId) {
		return this.jdbc.sql("select * from reference.catalog_version where id = :id")
			.param("id", versionId)
			.query(CatalogStore::version)
			.optional();
	}

	@Override
	public List<CatalogVersion> versions(String catalogCode) {
		return this.jdbc.sql("select * from reference.catalog_version where catalog_code = :code"
				+ " order by effective_from desc, id desc")
			.param("code", catalogCode)
			.query(CatalogStore::version)
			.list();
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public Optional<CatalogVersion> versionInForce(String catalogCode, LocalDate date) {
		return this.versionsInForce.get(new InForce(catalogCode, date), () -> this.jdbc
			.sql("select * from reference.catalog_version where catalog_code = :code"
					+ " and effective_from <= :date order by effective_from desc, id desc limit 1")
			.param("code", catalogCode)
			.param("date", date)
			.query(CatalogStore::version)
			.optional());
	}

	@Override
	public List<CatalogEntry> entriesInForce(String catalogCode, String codePrefix, int limit) {
		return this.jdbc.sql("""
				select e.code, e.name, e.parent_code, e.level, e.attributes::text
				from reference.catalog_entry e
				where e.version_id = :version and e.code like :prefix || '%'
				order by e.code limit :limit""")
			.param("version", currentVersionId(catalogCode))
			.param("prefix", codePrefix == null ? "" : codePrefix)
			.param("limit", limit)
			.query(CatalogStore::entry)
			.list();
	}

	@Override
	public Page<CatalogEntry> entries(long versionId, String text, PageQuery page) {
		String filter = text == null ? "" : text.trim();
		long total = this.jdbc.sql("select count(*) from reference.catalog_entry e where e.version_id = :version and "
				+ MATCHES)
			.param("version", versionId)
			.param("text", filter)
			.query(Long.class)
			.single();
		List<CatalogEntry> items = this.jdbc.sql("select e.code, e.name, e.parent_code, e.level, e.attributes::text"
				+ " from reference.catalog_entry e where e.version_id = :version and " + MATCHES
				+ " order by e.code limit :limit offset :offset")
			.param("version", versionId)
			.param("text", filter)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(CatalogStore::entry)
			.list();
		return Page.of(items, total, page);
	}

	@Override
	public List<CatalogEntry> allEntries(long versionId, String text) {
		return this.jdbc.sql("select e.code, e.name, e.parent_code, e.level, e.attributes::text"
				+ " from reference.catalog_entry e where e.version_id = :version and " + MATCHES + " order by e.code")
			.param("version", versionId)
			.param("text", text == null ? "" : text.trim())
			.query(CatalogStore::entry)
			.list();
	}

	@Override
	public CatalogStatistics statistics(long versionId) {
		Map<Integer, Long> perLevel = new TreeMap<>();
		this.jdbc.sql("select level, count(*) from reference.catalog_entry where version_id = :version group by level")
			.param("version", versionId)
			.query((rs, n) -> Map.entry(rs.getInt(1), rs.getLong(2)))
			.list()
			.forEach(e -> perLevel.put(e.getKey(), e.getValue()));
		long unverified = this.jdbc.sql("""
				select count(*) from reference.catalog_entry
				where version_id = :version and attributes ->> 'nameVerified' = 'false'""")
			.param("version", versionId)
			.query(Long.class)
			.single();
		Map<Boolean, Long> verification = new HashMap<>();
		this.jdbc.sql("""
				select attributes ->> 'verified' = 'true', count(*) from reference.catalog_entry
				where version_id = :version and attributes ->> 'verified' in ('true', 'false') group by 1""")
			.param("version", versionId)
			.query((rs, n) -> Map.entry(rs.getBoolean(1), rs.getLong(2)))
			.list()
			.forEach(e -> verification.put(e.getKey(), e.getValue()));
		List<CatalogStatistics.Category> categories = verification.isEmpty() ? List.of() : categories(versionId);
		return new CatalogStatistics(versionId, new TreeMap<>(perLevel), unverified,
				verification.getOrDefault(true, 0L), verification.getOrDefault(false, 0L), categories);
	}

	/** Leaves per top-level entry: walks each leaf up to its top, so any depth counts the same. */
	private List<CatalogStatistics.Category> categories(long versionId) {
		record Node(String code, String name, String parent, boolean verified) {
		}
		Map<String, Node> nodes = new LinkedHashMap<>();
		this.jdbc.sql("""
				select code, name, parent_code, attributes ->> 'verified' = 'true' from reference.catalog_entry
				where version_id = :version order by length(code), code""")
			.param("version", versionId)
			.query((rs, n) -> new Node(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
			.list()
			.forEach(node -> nodes.put(node.code(), node));
		Set<String> parents = new HashSet<>();
		nodes.values().forEach(node -> parents.add(node.parent()));
		Map<String, long[]> counts = new LinkedHashMap<>();
		nodes.values().stream().filter(node -> node.parent() == null).forEach(top -> counts.put(top.code(), new long[2]));
		for (Node node : nodes.values()) {
			if (node.parent() == null || parents.contains(node.code())) {
				continue;
			}
			Node top = node;
			while (top.parent() != null && nodes.containsKey(top.parent())) {
				top = nodes.get(top.parent());
			}
			long[] count = counts.get(top.code());
			if (count != null) {
				count[0]++;
				count[1] += node.verified() ? 1 : 0;
			}
		}
		return counts.entrySet()
			.stream()
			.filter(e -> e.getValue()[0] > 0)
			.map(e -> new CatalogStatistics.Category(e.getKey(), nodes.get(e.getKey()).name(), e.getValue()[0],
					e.getValue()[1]))
			.toList();
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public Optional<Division> find(String code) {
		return entry(DIVISIONS, code).map(CatalogStore::division);
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<Division> children(String parentCode) {
		return children(DIVISIONS, parentCode).stream().map(CatalogStore::division).toList();
	}

	@Override
	public Map<RegionCode.Level, Long> countWithin(String prefix) {
		Map<RegionCode.Level, Long> counts = new EnumMap<>(RegionCode.Level.class);
		for (RegionCode.Level level : RegionCode.Level.values()) {
			counts.put(level, 0L);
		}
		this.jdbc.sql("""
				select level, count(*) from reference.catalog_entry
				where version_id = :version and code like :prefix || '%' and code <> :prefix
				group by level""")
			.param("version", currentVersionId(DIVISIONS))
			.param("prefix", prefix)
			.query((rs, n) -> Map.entry(RegionCode.Level.values()[rs.getInt(1) - 1], rs.getLong(2)))
			.list()
			.forEach(e -> counts.put(e.getKey(), e.getValue()));
		return counts;
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public String fullName(String code) {
		if (code == null || code.isEmpty()) {
			return "";
		}
		StringBuilder name = new StringBuilder();
		String current = code;
		while (current != null && !current.isEmpty()) {
			Optional<Division> division = find(current);
			if (division.isEmpty()) {
				return name.isEmpty() ? code : name.toString();
			}
			name.insert(0, name.isEmpty() ? division.get().name() : division.get().name() + " ");
			current = division.get().parentCode();
		}
		return name.toString();
	}

	@Override
	public Map<String, String> fullNames(Collection<String> codes) {
		Set<String> wanted = new HashSet<>();
		for (String code : codes) {
			if (code != null && !code.isEmpty()) {
				// a division's ancestors are its code's prefixes (GB/T 2260 and the NBS township codes)
				for (int length : new int[] { 2, 4, 6, 9, 12 }) {
					if (length <= code.length()) {
						wanted.add(code.substring(0, length));
					}
				}
				wanted.add(code);
			}
		}
		Map<String, Division> known = new HashMap<>();
		if (!wanted.isEmpty()) {
			this.jdbc.sql("""
					select code, name, parent_code, level, attributes::text from reference.catalog_entry
					where version_id = :version and code = any(:codes)""")
				.param("version", currentVersionId(DIVISIONS))
				.param("codes", wanted.toArray(String[]::new))
				.query(CatalogStore::entry)
				.list()
				.forEach(e -> known.put(e.code(), division(e)));
		}
		Map<String, String> names = new HashMap<>();
		for (String code : codes) {
			if (code == null || code.isEmpty()) {
				continue;
			}
			StringBuilder name = new StringBuilder();
			Division division = known.get(code);
			boolean complete = true;
			while (division != null) {
				name.insert(0, name.isEmpty() ? division.name() : division.name() + " ");
				String parent = division.parentCode();
				division = parent == null || parent.isEmpty() ? null : known.get(parent);
				complete = division != null || parent == null || parent.isEmpty();
			}
			// a parent that is not a prefix of its child (none in the bundled editions) is looked up the slow way
			names.put(code, complete ? (name.isEmpty() ? code : name.toString()) : fullName(code));
		}
		return names;
	}

	@Override
	public List<Division> within(String prefix, RegionCode.Level deepest) {
		return this.jdbc.sql("""
				select code, name, parent_code, level, attributes::text from reference.catalog_entry
				where version_id = :version
				  and (code = :prefix or (starts_with(code, :prefix) and level <= :deepest))
				order by code""")
			.param("version", currentVersionId(DIVISIONS))
			.param("prefix", prefix == null ? "" : prefix)
			.param("deepest", deepest.ordinal() + 1)
			.query(CatalogStore::entry)
			.list()
			.stream()
			.map(CatalogStore::division)
			.toList();
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public Optional<Industry> findIndustry(String code) {
		return entry(INDUSTRIES, code).map(CatalogStore::industry);
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<Industry> childIndustries(String parentCode) {
		return children(INDUSTRIES, parentCode).stream().map(CatalogStore::industry).toList();
	}

	private Optional<CatalogEntry> entry(String catalog, String code) {
		long version = currentVersionId(catalog);
		return this.entries.get(new Lookup(version, code), () -> this.jdbc.sql("""
				select code, name, parent_code, level, attributes::text from reference.catalog_entry
				where version_id = :version and code = :code""")
			.param("version", version)
			.param("code", code)
			.query(CatalogStore::entry)
			.optional());
	}

	private List<CatalogEntry> children(String catalog, String parentCode) {
		long version = currentVersionId(catalog);
		String parent = parentCode == null ? "" : parentCode;
		return this.childLists.get(new Lookup(version, parent), () -> this.jdbc.sql("""
				select code, name, parent_code, level, attributes::text from reference.catalog_entry
				where version_id = :version and coalesce(parent_code, '') = :parent order by code""")
			.param("version", version)
			.param("parent", parent)
			.query(CatalogStore::entry)
			.list());
	}

	private long currentVersionId(String catalog) {
		return versionInForce(catalog, LocalDate.now(this.clock)).map(CatalogVersion::id).orElse(-1L);
	}

	private static Division division(CatalogEntry entry) {
		return new Division(entry.code(), entry.name(), entry.parentCode(), RegionCode.Level.values()[entry.level() - 1]);
	}

	private static Industry industry(CatalogEntry entry) {
		return new Industry(entry.code(), entry.name(), entry.parentCode(), entry.level(),
				!Boolean.FALSE.equals(entry.attributes().get("nameVerified")));
	}

	static CatalogVersion version(ResultSet rs, int row) throws SQLException {
		return new CatalogVersion(rs.getLong("id"), rs.getString("catalog_code"), rs.getString("edition"),
				rs.getObject("effective_from", LocalDate.class), rs.getString("source"), rs.getString("loaded_by"),
				rs.getTimestamp("loaded_at").toInstant(), rs.getInt("entry_count"), rs.getString("notes"));
	}

	static CatalogEntry entry(ResultSet rs, int row) throws SQLException {
		Map<String, Object> attributes = JSON.readValue(rs.getString(5), new TypeReference<Map<String, Object>>() {
		});
		// Read-only: entries are shared by every caller of the cache.
		return new CatalogEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
				Collections.unmodifiableMap(attributes));
	}

}
