package org.ohsonline.monitoring.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.monitoring.DeviceView;
import org.ohsonline.monitoring.Devices;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the live pages show: the light of each post (the worst level of its devices, red while an
 * alert is open), counts by light, and a device's series for charts — always within the scope.
 */
@Component
public class LiveQueries {

	/** At most this many posts are listed on a live page, the worst first. */
	public static final int POST_LIMIT = 200;

	private final JdbcClient jdbc;

	private final Devices devices;

	private final ReadingStore readings;

	private final Clock clock;

	LiveQueries(JdbcClient jdbc, Devices devices, ReadingStore readings, Clock clock) {
		this.jdbc = jdbc;
		this.devices = devices;
		this.readings = readings;
		this.clock = clock;
	}

	/** A post and its light: {@code RED}, {@code AMBER}, {@code GREEN} or {@code GREY} (no reading or all offline). */
	public record PostLight(long employerId, String employerName, String regionCode, long postId, String postName,
			String light, int devices, int offline, int openAlerts, String factors) {
	}

	public record Lights(Map<String, Integer> counts, List<PostLight> posts) {
	}

	@Transactional(readOnly = true)
	public Lights lights(Actor actor, String region, Long employerId) {
		actor.require(MonitoringPermissions.READING_READ);
		Optional<String> narrowed = ScopeFilter.narrowRegion(actor, region);
		if (narrowed.isEmpty()) {
			return new Lights(Map.of(), List.of());
		}
		ScopeFilter scope = ScopeFilter.of(actor);
		Map<String, Object> parameters = new HashMap<>(scope.parameters());
		parameters.put("region", narrowed.get());
		parameters.put("employer", employerId);
		List<PostLight> posts = this.jdbc.sql("""
				with post as (
				  select d.employer_id, min(d.employer_name) employer_name, min(d.region_code) region_code, d.post_id,
				         min(d.post_name) post_name, count(*) devices,
				         count(*) filter (where s.offline_since is not null) offline,
				         count(*) filter (where s.device_id is null) silent,
				         max(case s.level when 'EXCEEDED' then 3 when 'ACTION' then 2 when 'BELOW' then 1 else 0 end)
				           filter (where s.offline_since is null) worst,
				         string_agg(distinct d.hazard_name, '、') factors,
				         (select count(*) from monitoring.alert a where a.post_id = d.post_id
				            and a.status in ('RAISED', 'ACKNOWLEDGED', 'VERIFYING')) open_alerts
				  from monitoring.device d left join monitoring.device_state s on s.device_id = d.id
				  where d.status = 'ACTIVE' and """ + DeviceStore.SCOPE + """
				    and d.region_code like :region || '%'
				    and (cast(:employer as bigint) is null or d.employer_id = cast(:employer as bigint))
				  group by d.employer_id, d.post_id)
				select *, case when open_alerts > 0 or worst = 3 then 'RED' when worst = 2 then 'AMBER'
				               when worst = 1 then 'GREEN' else 'GREY' end light
				from post
				order by (open_alerts > 0 or worst = 3) desc, worst desc nulls last, employer_name, post_name
				limit :limit""")
			.params(parameters)
			.param("limit", POST_LIMIT)
			.query((rs, n) -> new PostLight(rs.getLong("employer_id"), rs.getString("employer_name"),
					rs.getString("region_code"), rs.getLong("post_id"), rs.getString("post_name"), rs.getString("light"),
					rs.getInt("devices"), rs.getInt("offline"), rs.getInt("open_alerts"), rs.getString("factors")))
			.list();
		Map<String, Integer> counts = new HashMap<>(Map.of("RED", 0, "AMBER", 0, "GREEN", 0, "GREY", 0));
		posts.forEach(p -> counts.merge(p.light(), 1, Integer::sum));
		return new Lights(counts, posts);
	}

	/** One point of a chart: the mean, lowest and highest reading of a minute or an hour. */
	public record Point(Instant at, double mean, double minimum, double maximum) {
	}

	/** A device's series over the last {@code hours} (minutes up to 24 h, hours beyond). */
	@Transactional(readOnly = true)
	public List<Point> series(Actor actor, long deviceId, int hours) {
		actor.require(MonitoringPermissions.READING_READ);
		DeviceView device = this.devices.find(actor, deviceId);
		if (device == null) {
			throw new NotFoundException("device", deviceId);
		}
		Instant to = Instant.now(this.clock).truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
		return this.readings.series(deviceId, hours > 24, to.minus(hours, ChronoUnit.HOURS), to)
			.stream()
			.map(p -> new Point(p.at(), p.mean(), p.minimum(), p.maximum()))
			.toList();
	}

}
