package org.ohsonline;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

class MissingProductionSettingsFailureAnalyzer extends AbstractFailureAnalyzer<MissingProductionSettingsException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingProductionSettingsException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Set " + String.join(", ", cause.missing()) + " (see README.md, 'Production'), "
						+ "or start without --spring.profiles.active=prod to run the standalone demo.",
				cause);
	}

}
