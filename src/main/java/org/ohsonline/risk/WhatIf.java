package org.ohsonline.risk;

import java.util.List;

/**
 * What the employer could change and the class it would then get ("close these 2 exceedances → 乙"),
 * computed with the same rules; listed only where the class would be lower.
 */
public record WhatIf(String messageKey, List<String> arguments, RiskClass riskClass, Light light) {

	public WhatIf {
		arguments = List.copyOf(arguments);
	}

}
