package org.ohsonline.portal;

import java.util.Map;
import java.util.Optional;

/**
 * What a module adds to the public verification page of a document it issued (the employer's light on a
 * poster's page), as a bean: a Thymeleaf template with a {@code panel} fragment and its model. The page
 * shows the panel below the document's own facts; it must hold no personal data.
 */
public interface VerificationPanel {

	/** The panel for a verified code, if the code is one of this module's documents. */
	Optional<Panel> panel(Verification verification);

	record Panel(String template, Map<String, Object> model) {

		public Panel {
			model = Map.copyOf(model);
		}

	}

}
