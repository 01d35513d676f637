package org.ohsonline.promotion;

import java.util.List;
import java.util.function.Consumer;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

/** Industry model enterprises (样板企业): marked by a supervisor in scope with what they do well, shown per industry. */
public interface ModelEnterprises {

	Page<ModelEnterpriseView> search(Actor actor, String region, String industry, PageQuery page);

	void forEach(Actor actor, String region, String industry, Consumer<ModelEnterpriseView> consumer);

	/** Marks an employer in the actor's jurisdiction for a year; what it does well is required. */
	ModelEnterpriseView mark(Actor actor, long employerId, int year, String strengths);

	/** Withdraws a mark, with a reason. */
	ModelEnterpriseView withdraw(Actor actor, long id, String reason);

	/** The current marks for the public portal, by industry (no personal data). */
	List<ModelEnterpriseView> published(String industryPrefix);

}
