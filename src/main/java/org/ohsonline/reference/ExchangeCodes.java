package org.ohsonline.reference;

import java.util.Optional;

/**
 * The codes the national data exchange assigns to organisations (catalog {@code exchange-org-codes}: the 9-digit
 * 地区/机构代码 of an exam institution, a testing agency or the platform's operator, keyed by its unified social
 * credit code), as administrators load them.
 */
public interface ExchangeCodes {

	/** The organisation's ORG_CODE in the version in force, if one was loaded for it. */
	Optional<String> orgCode(String creditCode);

}
