package org.ohsonline.shared.exchange;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** DocumentIds as the header prescribes: 机构编码-业务类别代码-yyyyMMddHHmmssSSS-5 位随机码 (交换规范 2021, 第一章 五). */
public final class DocumentIds {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final SecureRandom RANDOM = new SecureRandom();

	private DocumentIds() {
	}

	public static String next(ExchangeSettings settings, BusinessType type, Clock clock) {
		return settings.documentOrg() + "-" + type.name() + "-" + LocalDateTime.now(clock.withZone(ZONE)).format(STAMP)
				+ "-" + String.format(Locale.ROOT, "%05d", RANDOM.nextInt(100_000));
	}

}
