package org.ohsonline.monitoring.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What the simulator says a device measured at an instant: a function of the seed, the device's code
 * and the instant alone, so the same device gets the same values whatever the start, the interval of
 * the rounds or a restart in between. The shape of a working week at a post:
 * <ul>
 * <li>Monday to Saturday, 08:00–18:00 China time, a level of the device's own (drawn from its code):
 * noise 76–84 dB(A); a concentration 15–60 % of the limit it is held against (PC-TWA, else MAC),
 * lognormal around it, never above 90 % of what a single reading may reach (MAC, PC-STEL or 5 ×
 * PC-TWA);</li>
 * <li>outside those hours background: 55 dB(A), 3 % of the limit;</li>
 * <li>now and then, in a working hour, an <em>episode</em> — a fault, a spill, a door left open —
 * that exceeds: 16–25 minutes at 1.3–1.7 × the MAC or PC-STEL, or 1.15–1.45 × 5 × PC-TWA, or 30–45
 * minutes at 100–103 dB(A) (which lifts the rolling L_EX,8h above 85). {@code exceedancesPerDay} is
 * the expected number per device and working day (0.4: about two a week), so alerts are raised at a
 * low, steady rate.</li>
 * </ul>
 * The figures are invented for a demo and for commissioning, not a model of any real workplace.
 */
final class SimulatedReadings {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final int FIRST_HOUR = 8;

	private static final int WORKING_HOURS = 10;

	private final long seed;

	private final double perWorkingHour;

	SimulatedReadings(long seed, double exceedancesPerDay) {
		this.seed = seed;
		this.perWorkingHour = Math.max(0, exceedancesPerDay) / WORKING_HOURS;
	}

	/**
	 * A device as the simulator sees it.
	 * @param limits the limits its readings are held against (for noise, {@code pcTwa} is the L_EX,8h limit)
	 */
	record Device(String code, boolean noise, int samplingSeconds, double rangeMin, double rangeMax,
			Limits.Resolved limits) {
	}

	record Reading(Instant at, double value) {
	}

	/** A stretch of exceeding readings, from (inclusive) to (exclusive). */
	record Episode(Instant from, Instant to) {

		boolean covers(Instant at) {
			return !at.isBefore(this.from) && at.isBefore(this.to);
		}

	}

	/** The limit a device's level is a share of: PC-TWA, else MAC, else PC-STEL. */
	static double reference(Limits.Resolved limits) {
		if (limits.pcTwa() != null) {
			return limits.pcTwa();
		}
		return limits.mac() != null ? limits.mac() : limits.pcStel();
	}

	/** The episodes of a device that overlap [from, to). */
	List<Episode> episodes(Device device, Instant from, Instant to) {
		List<Episode> episodes = new ArrayList<>();
		long firstHour = Math.floorDiv(from.getEpochSecond(), 3600) - 1;
		long lastHour = Math.floorDiv(to.getEpochSecond(), 3600);
		for (long hour = firstHour; hour <= lastHour; hour++) {
			Instant start = Instant.ofEpochSecond(hour * 3600);
			if (!working(start)) {
				continue;
			}
			SplittableRandom random = random(device.code(), hour, 1);
			if (random.nextDouble() >= this.perWorkingHour) {
				continue;
			}
			int minutes = device.noise() ? 30 + random.nextInt(16) : 16 + random.nextInt(10);
			Instant begins = start.plusSeconds(60L * random.nextInt(40));
			Episode episode = new Episode(begins, begins.plusSeconds(60L * minutes));
			if (episode.to().isAfter(from) && episode.from().isBefore(to)) {
				episodes.add(episode);
			}
		}
		return episodes;
	}

	/**
	 * The readings due after {@code from} up to and including {@code to}, at the device's sampling
	 * interval, in batches: a batch ends at each full hour and where an episode ends, so that the
	 * evaluation that follows every batch sees each episode whole in its short-term window.
	 */
	List<List<Reading>> batches(Device device, Instant from, Instant to) {
		List<Episode> episodes = episodes(device, from, to);
		List<List<Reading>> batches = new ArrayList<>();
		List<Reading> batch = new ArrayList<>();
		long step = device.samplingSeconds();
		long first = Math.floorDiv(from.getEpochSecond(), step) * step + step;
		for (long second = first; second <= to.getEpochSecond(); second += step) {
			Instant at = Instant.ofEpochSecond(second);
			Episode during = null;
			for (Episode e : episodes) {
				if (e.covers(at)) {
					during = e;
				}
			}
			batch.add(new Reading(at, value(device, at, during != null)));
			Instant next = at.plusSeconds(step);
			boolean hourEnds = Math.floorDiv(next.getEpochSecond(), 3600) != Math.floorDiv(second, 3600);
			boolean episodeEnds = during != null && !during.covers(next);
			if (hourEnds || episodeEnds) {
				batches.add(batch);
				batch = new ArrayList<>();
			}
		}
		if (!batch.isEmpty()) {
			batches.add(batch);
		}
		return batches;
	}

	private double value(Device device, Instant at, boolean episode) {
		SplittableRandom random = random(device.code(), at.getEpochSecond(), 2);
		double u = unit(device.code());
		double value;
		if (device.noise()) {
			value = episode ? 100 + 3 * random.nextDouble()
					: working(at) ? 76 + 8 * u + 2 * gaussian(random) : 55 + 1.5 * gaussian(random);
			value = Math.round(value * 10) / 10.0;
		}
		else {
			Limits.Resolved limits = device.limits();
			double reference = reference(limits);
			double single = limits.mac() != null ? limits.mac()
					: limits.pcStel() != null ? limits.pcStel() : 5 * limits.pcTwa();
			if (episode) {
				value = single * (limits.mac() != null || limits.pcStel() != null ? 1.3 + 0.4 * random.nextDouble()
						: 1.15 + 0.3 * random.nextDouble());
			}
			else {
				double level = working(at) ? reference * (0.15 + 0.45 * u) : reference * 0.03;
				value = Math.min(0.9 * single, level * Math.exp(0.3 * gaussian(random)));
			}
			value = round3(value);
		}
		return Math.max(device.rangeMin(), Math.min(device.rangeMax(), value));
	}

	/** Monday to Saturday, 08:00 to 18:00 China time. */
	static boolean working(Instant at) {
		ZonedDateTime local = at.atZone(CHINA);
		return local.getDayOfWeek() != DayOfWeek.SUNDAY && local.getHour() >= FIRST_HOUR
				&& local.getHour() < FIRST_HOUR + WORKING_HOURS;
	}

	/** The device's own draw in [0, 1): where its level sits. */
	private double unit(String code) {
		return random(code, 0, 3).nextDouble();
	}

	private SplittableRandom random(String code, long at, int stream) {
		return new SplittableRandom(mix(mix(this.seed * 31 + stream) ^ mix(code.hashCode()) ^ mix(at * 0x9E3779B97F4A7C15L)));
	}

	/** SplitMix64's finaliser: nearby inputs give unrelated outputs. */
	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	private static double gaussian(SplittableRandom random) {
		// Box–Muller: SplittableRandom has no nextGaussian on Java 17.
		double u1 = 1 - random.nextDouble();
		double u2 = random.nextDouble();
		return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
	}

	private static double round3(double value) {
		if (value == 0) {
			return 0;
		}
		double scale = Math.pow(10, 2 - Math.floor(Math.log10(Math.abs(value))));
		return Math.round(value * scale) / scale;
	}

}
