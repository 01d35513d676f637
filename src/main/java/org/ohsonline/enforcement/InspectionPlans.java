package org.ohsonline.enforcement;

import java.util.List;
import java.util.function.Consumer;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

/**
 * Random inspection plans (双随机、一公开) in the caller's jurisdiction. A plan is drafted with its scope,
 * period and random-arm share; {@link #commit} freezes the employers (with their classes), the inspector pool
 * and the exclusions into an inputs file and publishes its SHA-256 and that of a secret seed; {@link #draw}
 * draws with the seed and reveals it. Each step is audited. Outside the scope a plan does not exist
 * ({@link org.ohsonline.shared.NotFoundException}); bad input is refused with field errors and changes nothing.
 */
public interface InspectionPlans {

	Page<PlanView> search(Actor actor, PlanFilter filter, PageQuery page);

	/** Every plan {@link #search} would page through (exports). */
	void forEach(Actor actor, PlanFilter filter, Consumer<PlanView> consumer);

	PlanView find(Actor actor, long id);

	PlanView create(Actor actor, PlanCommand command);

	/** Freezes the inputs and publishes the commitment; only a draft. */
	PlanView commit(Actor actor, long id);

	/** Draws with the committed seed and reveals it; only a committed plan. */
	PlanView draw(Actor actor, long id);

	/** The lines drawn, in their order (empty before the draw). */
	Page<DrawLine> lines(Actor actor, long id, PageQuery page);

	/** Every line drawn (exports). */
	void forEachLine(Actor actor, long id, Consumer<DrawLine> consumer);

	/** The inspector pool a commit would freeze now (a draft) or froze (committed), by id. */
	List<org.ohsonline.iam.StaffMember> pool(Actor actor, long id);

	/** Declared conflicts of interest of the plan's region. */
	List<Conflict> conflicts(Actor actor, long id);

	/** Declares that an inspector of the plan's pool must never be drawn for an employer in the plan's region. */
	Conflict declareConflict(Actor actor, long planId, Long inspectorId, Long employerId, String reason);

	/** The draws drawn for the actor as an inspector, newest first. */
	Page<DrawLine> assignedTo(Actor actor, PageQuery page);

}
