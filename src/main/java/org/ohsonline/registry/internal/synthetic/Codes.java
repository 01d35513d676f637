package org.ohsonline.registry.internal.synthetic;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.ohsonline.shared.CreditCode;
import org.ohsonline.shared.IdNumber;

/**
 * Unique codes for one run. Credit codes: {@code 91} + county + a 9-character organisation part
 * whose first character marks the run and whose other eight are a seed-keyed permutation of a
 * counter (unique within the run, distinct across runs) + check character. Identity numbers:
 * county of birth + birth date + a sequence from the run's block of 100 (odd = male, even =
 * female, GB 11643) + check character; a full day moves the person to the next day.
 */
final class Codes {

	/** One mark per run; at most this many runs go into one register. */
	static final String RUN_MARKS = "MNPQRTUWXY";

	static final LocalDate FIRST_BIRTH = LocalDate.of(1960, 1, 1);

	static final LocalDate LAST_BIRTH = LocalDate.of(2006, 12, 31);

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	/** 31^8: the counter space of the organisation part after the run mark. */
	private static final long SPACE = 852_891_037_441L;

	/** Coprime to 31, so {@code x -> (a·x + b) mod 31^8} is a bijection. */
	private static final long MULTIPLIER = 387_420_489L;

	private static final int DAYS = (int) ChronoUnit.DAYS.between(FIRST_BIRTH, LAST_BIRTH) + 1;

	private final char mark;

	private final long offset;

	private final int run;

	private final java.util.Map<String, Integer> prefixes = new java.util.HashMap<>();

	/** Next free slot per (prefix, day, gender): male slots give 1,3,…,99, female 2,4,…,98. */
	private final byte[] used;

	private long employers;

	Codes(long seed, int run, List<String> prefixes) {
		if (run < 0 || run >= RUN_MARKS.length()) {
			throw new IllegalStateException("At most " + RUN_MARKS.length() + " synthetic runs fit in one register");
		}
		this.run = run;
		this.mark = RUN_MARKS.charAt(run);
		this.offset = Math.floorMod(new java.util.SplittableRandom(seed ^ 0x5EED_C0DEL).nextLong(), SPACE);
		prefixes.forEach(p -> this.prefixes.putIfAbsent(p, this.prefixes.size()));
		this.used = new byte[prefixes.size() * DAYS * 2];
	}

	String creditCode(String county) {
		long value = Math.floorMod(MULTIPLIER * this.employers++ + this.offset, SPACE);
		char[] part = new char[8];
		for (int i = 7; i >= 0; i--) {
			part[i] = ALPHABET.charAt((int) (value % 31));
			value /= 31;
		}
		String first17 = "91" + county + this.mark + new String(part);
		return first17 + CreditCode.checkCharacter(first17);
	}

	/** An identity number for someone born on or near the day in the county, or null if it is full. */
	String idNumber(String county, LocalDate birth, boolean male) {
		Integer prefix = this.prefixes.get(county);
		if (prefix == null) {
			throw new IllegalArgumentException("Not a county of the province: " + county);
		}
		int day = (int) ChronoUnit.DAYS.between(FIRST_BIRTH, birth);
		for (int tries = 0; tries < DAYS; tries++) {
			int d = (day + tries) % DAYS;
			int slot = (prefix * DAYS + d) * 2 + (male ? 1 : 0);
			int k = this.used[slot];
			if (k < (male ? 50 : 49)) {
				this.used[slot] = (byte) (k + 1);
				int sequence = this.run * 100 + (male ? 2 * k + 1 : 2 * k + 2);
				String first17 = county + FIRST_BIRTH.plusDays(d).toString().replace("-", "")
						+ String.format("%03d", sequence);
				return first17 + IdNumber.checkCharacter(first17);
			}
		}
		throw new IllegalStateException("No identity numbers left for county " + county);
	}

	static LocalDate birthDate(String idNumber) {
		return LocalDate.of(Integer.parseInt(idNumber.substring(6, 10)), Integer.parseInt(idNumber.substring(10, 12)),
				Integer.parseInt(idNumber.substring(12, 14)));
	}

	static boolean male(String idNumber) {
		return (idNumber.charAt(16) - '0') % 2 == 1;
	}

}
