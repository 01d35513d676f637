package org.ohsonline.risk;

import org.ohsonline.shared.Actor;

/**
 * The public light (扫码查询): a poster PDF with a QR code of the public page that shows, without login
 * and without personal data, the employer's light, class words, the day it was assessed and what the
 * light means. The poster of a class no longer in force is withdrawn the moment the class changes.
 */
public interface PublicLights {

	/**
	 * The poster of the class in force for an employer in scope, issued on first request and kept until
	 * the class changes (the same code is printed again meanwhile).
	 */
	byte[] poster(Actor actor, long employerId);

	/** The verification code of the poster in force, if one was issued. */
	java.util.Optional<String> posterCode(Actor actor, long employerId);

}
