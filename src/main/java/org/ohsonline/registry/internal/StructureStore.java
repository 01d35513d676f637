package org.ohsonline.registry.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.reference.HazardFactor;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.registry.PostCommand;
import org.ohsonline.registry.StructureViews;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for sites, workshops, posts and their hazards. Callers check the employer's scope first. */
@Repository
class StructureStore {

	private final JdbcClient jdbc;

	private final HazardFactors hazards;

	StructureStore(JdbcClient jdbc, HazardFactors hazards) {
		this.jdbc = jdbc;
		this.hazards = hazards;
	}

	long insertSite(long employerId, String name, String address, String industryCode) {
		return this.jdbc.sql("insert into registry.site (employer_id, name, address, industry_code)"
				+ " values (:e, :n, :a, :i) returning id")
			.param("e", employerId)
			.param("n", name)
			.param("a", address)
			.param("i", industryCode)
			.query(Long.class)
			.single();
	}

	long insertWorkshop(long siteId, String name) {
		return this.jdbc.sql("insert into registry.workshop (site_id, name) values (:s, :n) returning id")
			.param("s", siteId)
			.param("n", name)
			.query(Long.class)
			.single();
	}

	long insertPost(long employerId, long workshopId, PostCommand command) {
		long id = this.jdbc.sql("""
				insert into registry.post (employer_id, workshop_id, name, hours_per_day, days_per_week, exposed_headcount)
				values (:e, :w, :n, :h, :d, :c) returning id""")
			.param("e", employerId)
			.param("w", workshopId)
			.param("n", command.name().trim())
			.param("h", command.hoursPerDay())
			.param("d", command.daysPerWeek())
			.param("c", command.exposedHeadcount())
			.query(Long.class)
			.single();
		for (String code : command.hazardCodes()) {
			this.jdbc.sql("insert into registry.post_hazard (post_id, hazard_code) values (:p, :h)")
				.param("p", id)
				.param("h", code)
				.update();
		}
		return id;
	}

	Optional<Long> employerOfSite(long siteId) {
		return this.jdbc.sql("select employer_id from registry.site where id = :id").param("id", siteId).query(Long.class).optional();
	}

	Optional<Long> employerOfWorkshop(long workshopId) {
		return this.jdbc.sql("select s.employer_id from registry.workshop w join registry.site s on s.id = w.site_id where w.id = :id")
			.param("id", workshopId)
			.query(Long.class)
			.optional();
	}

	Optional<Long> employerOfPost(long postId) {
		return this.jdbc.sql("select employer_id from registry.post where id = :id").param("id", postId).query(Long.class).optional();
	}

	List<String> hazardCodesOf(long postId) {
		return this.jdbc.sql("select hazard_code from registry.post_hazard where post_id = :p order by hazard_code")
			.param("p", postId)
			.query(String.class)
			.list();
	}

	StructureViews.Post post(long postId) {
		return this.jdbc.sql("select id, name, hours_per_day, days_per_week, exposed_headcount from registry.post where id = :id")
			.param("id", postId)
			.query((rs, n) -> new StructureViews.Post(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3),
					rs.getBigDecimal(4), rs.getInt(5), hazardsOf(rs.getLong(1))))
			.single();
	}

	/** The whole structure of one employer in three queries. */
	List<StructureViews.Site> sites(long employerId) {
		record SiteRow(long id, String name, String address, String industry) {
		}
		record WorkshopRow(long id, long siteId, String name) {
		}
		record PostRow(long id, long workshopId, String name, BigDecimal hours, BigDecimal days, int headcount) {
		}
		List<SiteRow> sites = this.jdbc.sql("select id, name, address, industry_code from registry.site where employer_id = :e order by id")
			.param("e", employerId)
			.query((rs, n) -> new SiteRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
		List<WorkshopRow> workshops = this.jdbc.sql("""
				select w.id, w.site_id, w.name from registry.workshop w join registry.site s on s.id = w.site_id
				where s.employer_id = :e order by w.id""")
			.param("e", employerId)
			.query((rs, n) -> new WorkshopRow(rs.getLong(1), rs.getLong(2), rs.getString(3)))
			.list();
		List<PostRow> posts = this.jdbc.sql("""
				select id, workshop_id, name, hours_per_day, days_per_week, exposed_headcount
				from registry.post where employer_id = :e order by id""")
			.param("e", employerId)
			.query((rs, n) -> new PostRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBigDecimal(4),
					rs.getBigDecimal(5), rs.getInt(6)))
			.list();
		Map<Long, List<StructureViews.Hazard>> hazards = new LinkedHashMap<>();
		this.jdbc.sql("""
				select h.post_id, h.hazard_code from registry.post_hazard h join registry.post p on p.id = h.post_id
				where p.employer_id = :e order by h.post_id, h.hazard_code""")
			.param("e", employerId)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.list()
			.forEach(e -> hazards.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(hazard(e.getValue())));
		List<StructureViews.Site> result = new ArrayList<>();
		for (SiteRow site : sites) {
			List<StructureViews.Workshop> siteWorkshops = new ArrayList<>();
			for (WorkshopRow workshop : workshops) {
				if (workshop.siteId() != site.id()) {
					continue;
				}
				List<StructureViews.Post> workshopPosts = posts.stream()
					.filter(p -> p.workshopId() == workshop.id())
					.map(p -> new StructureViews.Post(p.id(), p.name(), p.hours(), p.days(), p.headcount(),
							hazards.getOrDefault(p.id(), List.of())))
					.toList();
				siteWorkshops.add(new StructureViews.Workshop(workshop.id(), workshop.name(), workshopPosts));
			}
			result.add(new StructureViews.Site(site.id(), site.name(), site.address(), site.industry(), siteWorkshops));
		}
		return result;
	}

	private List<StructureViews.Hazard> hazardsOf(long postId) {
		return hazardCodesOf(postId).stream().map(this::hazard).toList();
	}

	private StructureViews.Hazard hazard(String code) {
		return new StructureViews.Hazard(code, this.hazards.findFactor(code).map(HazardFactor::name).orElse(code));
	}

}
