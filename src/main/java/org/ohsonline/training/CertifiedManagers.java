package org.ohsonline.training;

import java.util.function.Consumer;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

/**
 * The registry of certified occupational-health managers (职业健康管理员) by region: everyone holding a
 * manager's certificate valid today, once (their latest), in the reader's scope — the first part of the
 * managers' network.
 */
public interface CertifiedManagers {

	/** Certified managers of a region inside the scope ({@code null}: the whole scope), by name or employer. */
	Page<CertifiedManager> search(Actor actor, String region, String q, PageQuery page);

	/** Every row of {@link #search}, for the export. */
	void forEach(Actor actor, String region, String q, Consumer<CertifiedManager> consumer);

}
